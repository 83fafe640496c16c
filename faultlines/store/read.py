"""The read service: what the CLI, the web pages, the API and the exports read from the store.

One set of functions, so that every reader shows the same values: reviewed values replace the
extracted ones (:mod:`faultlines.store.review`), and every actor carries its ACLED ``inter``
code, also when a reviewer typed its name (:mod:`faultlines.store.actor_types`). All SQL stays
in :mod:`faultlines.store`.

Example::

    rows = events(store, EventFilter(kind="infighting"))
    rows = events(store, publishable(EventFilter()), ReviewFilter(include_rejected=False))
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import duckdb

from faultlines.store.actor_types import inter_of
from faultlines.store.database import Store
from faultlines.store.queries import EVENT_COLUMNS, SORTABLE, EventFilter, get_document
from faultlines.store.queries import counts as counts
from faultlines.store.queries import list_failures as failures
from faultlines.store.review import REVIEW_COLUMNS, ReviewFilter, overlaid_events_sql
from faultlines.store.summaries import actor_detail as actor
from faultlines.store.summaries import document_actors as document_actors
from faultlines.store.summaries import list_actors as actors
from faultlines.store.summaries import list_documents as documents
from faultlines.store.summaries import list_places as places
from faultlines.store.summaries import monthly_counts as monthly_counts

__all__ = [
    "PUBLISHABLE",
    "actor",
    "actors",
    "count_events",
    "counts",
    "document",
    "document_actors",
    "documents",
    "event",
    "events",
    "failures",
    "monthly_counts",
    "places",
    "publishable",
]

# What a user would publish: events reported as having happened (ACLED codes alleged events too).
PUBLISHABLE = ("asserted", "alleged")
DOCUMENT_COLUMNS = ("outlet", "title", "source", "published", "ingested_at")


def publishable(selection: EventFilter) -> EventFilter:
    """The selection, limited to :data:`PUBLISHABLE` modalities unless it names modalities itself."""
    if selection.modality or selection.modalities:
        return selection
    return replace(selection, modalities=PUBLISHABLE)


def _where(selection: EventFilter | None, review: ReviewFilter | None) -> tuple[str, list[Any]]:
    where, values = (selection or EventFilter()).where()
    clauses, extra = (review or ReviewFilter()).clauses()
    if clauses:
        where = (where + " AND " if where else " WHERE ") + " AND ".join(clauses)
    return where, values + extra


def _select(where: str) -> str:
    columns = [f"e.{c}" for c in (*EVENT_COLUMNS, "record", *REVIEW_COLUMNS)]
    columns += [f"d.{c}" for c in DOCUMENT_COLUMNS]
    # The extracted actors, to tell a name a reviewer changed from the one the extraction typed.
    columns += ["x.actor1 AS extracted_actor1", "x.actor2 AS extracted_actor2"]
    return (
        f"SELECT {', '.join(columns)} FROM ({overlaid_events_sql()}) e "
        f"JOIN documents d USING (doc_id) JOIN events x ON x.event_id = e.event_id{where}"
    )


def events(
    store: Store,
    selection: EventFilter | None = None,
    review: ReviewFilter | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    order_by: str = "date_start",
    descending: bool = False,
) -> list[dict[str, Any]]:
    """Events with reviewed values, as flat dicts: the event columns, the contract ``record``,
    the review columns and the document's outlet, title, source, published and ingested_at."""
    if order_by not in SORTABLE and order_by not in REVIEW_COLUMNS:
        order_by = "date_start"
    where, values = _where(selection, review)
    sql = _select(where) + f" ORDER BY e.{order_by} {'DESC' if descending else 'ASC'} NULLS LAST, e.event_id"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    with store.reader() as con:
        found = _dicts(con.execute(sql, values))
        _type_actors(con, found)
    return found


def count_events(store: Store, selection: EventFilter | None = None, review: ReviewFilter | None = None) -> int:
    where, values = _where(selection, review)
    with store.reader() as con:
        row = con.execute(f"SELECT count(*) FROM ({overlaid_events_sql()}) e{where}", values).fetchone()
    return int(row[0]) if row else 0


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event as :func:`events` gives it, or None."""
    with store.reader() as con:
        found = _dicts(con.execute(_select(" WHERE e.event_id = ?"), [event_id]))
        _type_actors(con, found)
    return found[0] if found else None


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A document (``doc_id`` may be abbreviated) with everything found in it; its ``events``
    are the contract records with reviewed values."""
    found = get_document(store, doc_id)
    if found is None:
        return None
    rows = events(store, EventFilter(doc_id=found["doc_id"]), order_by="event_id")
    found["events"] = [row["record"] for row in rows]
    return found


def _type_actors(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    """Parse each record and give every actor its inter code (in the columns and the record alike)
    and its home country (``actor1_country``, from the actor list)."""
    if not rows:
        return
    table = con.execute("SELECT actor_id, name, inter, country FROM actors").fetchall()
    known = {actor_id: inter for actor_id, _, inter, _ in table}
    home = {actor_id: country for actor_id, _, _, country in table}
    by_name = {" ".join(name.lower().split()): inter for _, name, inter, _ in table if inter is not None}
    for row in rows:
        record = json.loads(row["record"]) if isinstance(row["record"], str) else row["record"]
        for n in ("1", "2"):
            name, extracted = row[f"actor{n}"], row.pop(f"extracted_actor{n}")
            inter = row[f"inter{n}"] if name and name == extracted and row[f"inter{n}"] is not None else None
            if inter is None:
                inter = inter_of(name, row[f"actor{n}_id"], known, by_name)
            row[f"inter{n}"] = inter
            row[f"actor{n}_country"] = home.get(row[f"actor{n}_id"] or "")
            if record.get(f"actor{n}"):
                record[f"actor{n}"] = record[f"actor{n}"] | {"inter": inter}
        row["record"] = record


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
