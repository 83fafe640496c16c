"""What the store holds about the new actors (``new:`` ids: organisations the actor list did not
know when their documents were ingested), for `faultlines actors candidates`.

Reads every mention of each one with the text around it, the names it was called by, the events
it takes part in (reviewed values, rejected events left out) and, for the whole corpus, the
outlets and the place names, which tell an outlet's credit or a town from a group. The reading
of all this is :mod:`faultlines.actors.candidates`; only the SQL is here.

Example::

    seen, corpus = new_actor_evidence(Store("demo.duckdb"))
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from faultlines.actors.candidates import WINDOW, Corpus, Part, Seen, event_parts, sighting
from faultlines.actors.context import NEW_PREFIX
from faultlines.store.database import Store
from faultlines.store.summaries import LIVE

_LIKE = NEW_PREFIX + "%"


def count_documents(store: Store) -> int:
    with store.reader() as con:
        row = con.execute("SELECT count(*) FROM documents").fetchone()
    return int(row[0]) if row else 0


def new_actor_evidence(store: Store) -> tuple[list[Seen], Corpus]:
    """Every new actor of the store with its mentions, names and events; and the corpus's
    outlets and place names."""
    with store.reader() as con:
        names = dict(con.execute("SELECT actor_id, name FROM actors WHERE actor_id LIKE ?", [_LIKE]).fetchall())
        aliases: dict[str, list[str]] = defaultdict(list)
        docs: dict[str, list[str]] = defaultdict(list)
        for doc_id, actor_id, seen_as in con.execute(
            "SELECT doc_id, actor_id, aliases_seen FROM document_actors WHERE actor_id LIKE ? ORDER BY doc_id",
            [_LIKE],
        ).fetchall():
            docs[actor_id].append(doc_id)
            aliases[actor_id].extend(a for a in json.loads(seen_as or "[]") if a not in aliases[actor_id])
        # each mention with the text around it (DuckDB counts characters as Python does), not
        # whole documents: a large store holds new actors in most of its documents
        mentions = con.execute(
            f"""SELECT e.doc_id, e.actor_id, e.start, e."end", e.text, greatest(e.start - {WINDOW}, 0) AS offset,
                       substring(d.text, greatest(e.start - {WINDOW}, 0) + 1,
                                 e."end" + {WINDOW} - greatest(e.start - {WINDOW}, 0)) AS around
                FROM entities e JOIN documents d USING (doc_id)
                WHERE e.actor_id LIKE ? ORDER BY e.doc_id, e.start""",
            [_LIKE],
        ).fetchall()
        doc_ids = sorted({d for found in docs.values() for d in found})
        parts = _parts(con)
        place_rows = _rows(con, "SELECT doc_id, text, country_code FROM places WHERE doc_id IN ({})", doc_ids)
        outlets = [
            row[0] for row in con.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL").fetchall()
        ]
    sightings = defaultdict(list)
    for doc_id, actor_id, start, end, text, offset, around in mentions:
        sightings[actor_id].append(sighting(doc_id, start, end, text, (offset, around)))
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    for doc_id, _, country in place_rows:
        if country:
            countries[doc_id][country] += 1
    seen = [
        Seen(
            actor_id=actor_id,
            name=name,
            aliases=tuple(aliases[actor_id]),
            doc_ids=tuple(docs[actor_id]),
            sightings=tuple(sightings[actor_id]),
            parts=tuple(p for p in parts if p.actor_id == actor_id),
            place_countries=_most_common(countries, docs[actor_id]),
        )
        for actor_id, name in names.items()
        if docs[actor_id]  # an actor row whose documents were all re-ingested without it
    ]
    return seen, Corpus.of(outlets=outlets, places=[text for _, text, _ in place_rows])


def _parts(con: Any) -> list[Part]:
    """Each event a new actor takes part in, as actor1, actor2 or an associated actor."""
    rows = con.execute(
        f"SELECT event_id, doc_id, actor1_id, actor2_id, country_code, record FROM {LIVE} "
        "WHERE actor1_id LIKE ? OR actor2_id LIKE ? OR CAST(record AS VARCHAR) LIKE ?",
        [_LIKE, _LIKE, f'%"{_LIKE}'],
    ).fetchall()
    out = []
    for event_id, doc_id, actor1, actor2, country, record in rows:
        event = json.loads(record) if isinstance(record, str) else (record or {})
        out += event_parts(event, event_id, doc_id, country, actor1, actor2)
    return out


def _most_common(countries: dict[str, Counter[str]], doc_ids: list[str]) -> tuple[str, ...]:
    total: Counter[str] = Counter()
    for doc_id in doc_ids:
        total.update(countries.get(doc_id, Counter()))
    return tuple(c for c, _ in total.most_common())


def _rows(con: Any, sql: str, doc_ids: list[str]) -> list[tuple[Any, ...]]:
    if not doc_ids:
        return []
    return con.execute(sql.format(", ".join("?" * len(doc_ids))), doc_ids).fetchall()
