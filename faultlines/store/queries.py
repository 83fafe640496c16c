"""The event filter and the readers of what was extracted, before review.

What users see (the CLI, the web app, the API, the exports) goes through :mod:`faultlines.store.read`,
which overlays reviewed values; :func:`list_events` here gives the extracted values as stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from faultlines.errors import UsageError
from faultlines.store.database import Store

EVENT_COLUMNS = (
    "event_id",
    "doc_id",
    "event_type",
    "sub_event_type",
    "kind",
    "modality",
    "intra_group",
    "actor1",
    "actor1_id",
    "actor1_faction",
    "inter1",
    "actor2",
    "actor2_id",
    "actor2_faction",
    "inter2",
    "location",
    "latitude",
    "longitude",
    "country_code",
    "admin1",
    "geo_precision",
    "date_start",
    "date_end",
    "time_precision",
    "date_text",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "confidence",
)
SORTABLE = set(EVENT_COLUMNS)


@dataclass(frozen=True)
class EventFilter:
    """Which events to list. Every field is optional; text fields match case-insensitively."""

    event_type: str | None = None
    sub_event_type: str | None = None
    kind: str | None = None
    modality: str | None = None
    actor: str | None = None  # matches actor1/actor2 names, ids or factions
    place: str | None = None
    country: str | None = None
    intra_group: bool | None = None
    since: str | None = None
    until: str | None = None
    doc_id: str | None = None
    # Any of these modalities (exports default to what a user would publish: see store.read).
    modalities: tuple[str, ...] = ()
    dated: bool | None = None  # True: only events with a date; False: only undated ones

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        values: list[Any] = []
        for column in ("event_type", "sub_event_type", "kind", "modality", "doc_id"):
            value = getattr(self, column)
            if value:
                clauses.append(f"lower(e.{column}) = lower(?)")
                values.append(value)
        if self.modalities:
            clauses.append(f"e.modality IN ({', '.join('?' * len(self.modalities))})")
            values.extend(self.modalities)
        if self.country:
            clauses.append("lower(e.country_code) = lower(?)")
            values.append(self.country)
        if self.actor:
            like = f"%{self.actor.lower()}%"
            clauses.append(
                "(lower(coalesce(e.actor1,'') || '|' || coalesce(e.actor1_id,'') || '|' "
                "|| coalesce(e.actor1_faction,'') || '|' || coalesce(e.actor2,'') || '|' "
                "|| coalesce(e.actor2_id,'') || '|' || coalesce(e.actor2_faction,'')) LIKE ?)"
            )
            values.append(like)
        if self.place:
            clauses.append("lower(coalesce(e.location, '') || '|' || coalesce(e.admin1, '')) LIKE ?")
            values.append(f"%{self.place.lower()}%")
        if self.intra_group is not None:
            clauses.append("e.intra_group = ?")
            values.append(self.intra_group)
        if self.dated is not None:
            clauses.append(f"e.date_start IS {'NOT ' if self.dated else ''}NULL")
        if self.since:
            clauses.append("e.date_end >= CAST(? AS DATE)")
            values.append(self.since)
        if self.until:
            clauses.append("e.date_start <= CAST(? AS DATE)")
            values.append(self.until)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", values


def list_events(
    store: Store,
    selection: EventFilter = EventFilter(),
    *,
    limit: int | None = None,
    offset: int = 0,
    order_by: str = "date_start",
    descending: bool = False,
) -> list[dict[str, Any]]:
    """Extracted events (reviews not applied) as flat dicts: the EVENT_COLUMNS plus the
    document's outlet/title/source and the record. Users read :func:`faultlines.store.read.events`."""
    if order_by not in SORTABLE:
        order_by = "date_start"
    where, values = selection.where()
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)}, d.outlet, d.title, d.source, d.published, e.record "
        f"FROM events e JOIN documents d USING (doc_id){where} "
        f"ORDER BY e.{order_by} {direction} NULLS LAST, e.event_id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    with store.reader() as con:
        cursor = con.execute(sql, values)
        names = [d[0] for d in cursor.description]
        found = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in found:
        row["record"] = json.loads(row["record"])
    return found


def count_events(store: Store, selection: EventFilter = EventFilter()) -> int:
    where, values = selection.where()
    with store.reader() as con:
        row = con.execute(f"SELECT count(*) FROM events e{where}", values).fetchone()
    return int(row[0]) if row else 0


def list_failures(store: Store, *, code: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT source, code, message, stage, doc_id, last_seen FROM failures"
    values: list[Any] = []
    if code:
        sql += " WHERE code = ?"
        values.append(code)
    sql += " ORDER BY last_seen DESC, source"
    with store.reader() as con:
        cursor = con.execute(sql, values)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def get_document(store: Store, doc_id: str, *, exact: bool = False) -> dict[str, Any] | None:
    """A document with everything found in it, or None. ``exact`` (the web app and API): the
    id only, never a prefix or a LIKE pattern (``_`` and ``%`` would match any document)."""
    with store.reader() as con:
        key = doc_id if exact else _document_id(con, doc_id)
        cursor = con.execute(
            "SELECT doc_id, source, title, outlet, author, url, published, language, chars, text, held_back "
            "FROM documents WHERE doc_id = ?",
            [key],
        )
        names = [d[0] for d in cursor.description]
        row = cursor.fetchone()
        if row is None:
            return None
        document = dict(zip(names, row, strict=True))
        document["held_back"] = json.loads(document["held_back"] or "[]")
        document["entities"] = _rows(
            con, 'SELECT start, "end", text, label, actor_id FROM entities WHERE doc_id = ? ORDER BY start', key
        )
        document["places"] = _rows(
            con,
            'SELECT start, "end", text, name, country_code, precision, lat, lon FROM places '
            "WHERE doc_id = ? ORDER BY start",
            key,
        )
        document["events"] = [
            json.loads(r["record"]) for r in _rows(con, "SELECT record FROM events WHERE doc_id = ?", key)
        ]
        document["claims"] = _rows(
            con,
            'SELECT start, "end", text, value, unit, what, approximate, attribution FROM claims '
            "WHERE doc_id = ? ORDER BY start",
            key,
        )
        document["failures"] = _rows(con, "SELECT code, message, stage FROM failures WHERE doc_id = ?", key)
    return document


def _document_id(con: Any, doc_id: str) -> str:
    """The stored id ``doc_id`` names: itself, or the one id that starts with it (the short ids a
    table shows); a start that several ids share is refused, never guessed."""
    if con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone() or not doc_id:
        return doc_id
    sql = "SELECT doc_id FROM documents WHERE starts_with(doc_id, ?) ORDER BY doc_id LIMIT 3"
    found = [r[0] for r in con.execute(sql, [doc_id]).fetchall()]
    if len(found) > 1:
        raise UsageError(f"{doc_id!r} starts several document ids ({', '.join(found)}, ...): give more of the id")
    return found[0] if found else doc_id


def _rows(con: Any, sql: str, key: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql, [key])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def counts(store: Store) -> dict[str, int]:
    with store.reader() as con:
        return {
            table: int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
            for table in ("documents", "events", "places", "claims", "failures", "duplicates")
        }
