"""Writing the cross-document tables: only the rows that changed, in the caller's transaction.

Each record (canonical event, story, contradiction) is stored with its JSON ``record``; a record
whose JSON is unchanged keeps its rows, so a run that changes one incident rewrites that
incident's rows only. Child rows (members of a canonical event, documents of a story) follow
their parent: written when it changes, deleted with it.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

import duckdb

from faultlines.across.records import CanonicalEvent, Contradiction, Story
from faultlines.across.serialise import canonical_json, contradiction_json, story_json

_CANONICAL_COLUMNS = (
    "event_type", "sub_event_type", "kind", "modality", "intra_group", "actor1", "actor1_id", "actor1_faction",
    "actor2", "actor2_id", "actor2_faction", "location", "lat", "lon", "country_code", "admin1", "geo_precision",
    "date_start", "date_end", "time_precision", "fatalities", "fatalities_low", "fatalities_high",
)  # fmt: skip
TABLES = ("canonical_events", "canonical_members", "stories", "story_documents", "contradictions")


def sync_canonicals(
    con: duckdb.DuckDBPyConnection, old_ids: Collection[str], canonicals: Sequence[CanonicalEvent]
) -> int:
    """Make the canonical events ``old_ids`` (those recomputed) into ``canonicals``; rows changed."""
    rows = {c.canonical_id: _canonical_row(c) for c in canonicals}
    changed = _changed(con, "canonical_events", "canonical_id", old_ids, rows)
    _delete(con, "canonical_members", "canonical_id", changed)
    _insert(con, "canonical_events", [rows[k] for k in sorted(changed) if k in rows])
    _insert(
        con, "canonical_members",
        [[m.event_id, c.canonical_id, m.doc_id, m.score, m.reason] for c in canonicals if c.canonical_id in changed
         for m in c.members],
    )  # fmt: skip
    return len(changed)


def sync_stories(con: duckdb.DuckDBPyConnection, stories: Sequence[Story]) -> int:
    """Make the stories table into ``stories`` (always recomputed as a whole); rows changed."""
    rows = {s.story_id: _story_row(s) for s in stories}
    old_ids = [row[0] for row in con.execute("SELECT story_id FROM stories").fetchall()]
    changed = _changed(con, "stories", "story_id", old_ids, rows)
    _delete(con, "story_documents", "story_id", changed)
    _insert(con, "stories", [rows[k] for k in sorted(changed) if k in rows])
    _insert(con, "story_documents", [[d, s.story_id] for s in stories if s.story_id in changed for d in s.doc_ids])
    return len(changed)


def sync_contradictions(
    con: duckdb.DuckDBPyConnection, old_ids: Collection[str], contradictions: Sequence[Contradiction]
) -> int:
    """Make the contradictions ``old_ids`` (those recomputed) into ``contradictions``; rows changed."""
    rows = {c.contradiction_id: _contradiction_row(c) for c in contradictions}
    changed = _changed(con, "contradictions", "contradiction_id", old_ids, rows)
    _insert(con, "contradictions", [rows[k] for k in sorted(changed) if k in rows])
    return len(changed)


def set_state(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO across_state VALUES (?, ?)", [key, value])


def _changed(
    con: duckdb.DuckDBPyConnection, table: str, key: str, old_ids: Collection[str], rows: dict[str, list[Any]]
) -> set[str]:
    """Ids whose row is new, gone or different (by its JSON record); their old rows are deleted."""
    ids = sorted(set(old_ids) | set(rows))
    stored = dict(con.execute(f"SELECT {key}, record FROM {table} WHERE {key} IN (SELECT unnest(?))", [ids]).fetchall())
    changed = {i for i in ids if i not in rows or stored.get(i) != rows[i][-1]}
    _delete(con, table, key, changed & stored.keys())
    return changed


def _delete(con: duckdb.DuckDBPyConnection, table: str, key: str, ids: Collection[str]) -> None:
    if ids:
        con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [sorted(ids)])


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]]) -> None:
    """One statement binding one typed list per column (``executemany`` costs a statement a row)."""
    if not rows:
        return
    types = [
        t
        for _, t in con.execute(
            f"SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = '{table}' ORDER BY column_index"
        ).fetchall()
    ]
    unnested = ", ".join(f"unnest(?::{t}[])" for t in types)
    con.execute(f"INSERT INTO {table} SELECT {unnested}", [list(column) for column in zip(*rows, strict=True)])


def _canonical_row(event: CanonicalEvent) -> list[Any]:
    values = [event.values.get(column) for column in _CANONICAL_COLUMNS]
    record = canonical_json(event)
    return [event.canonical_id, *values, len(event.members), event.reports, _dumps(record)]


def _story_row(story: Story) -> list[Any]:
    return [story.story_id, story.title, story.period_start, story.period_end, len(story.doc_ids),
            _dumps(story_json(story))]  # fmt: skip


def _contradiction_row(c: Contradiction) -> list[Any]:
    return [c.contradiction_id, c.subject, c.subject_id, c.field, _dumps(c.canonical_value), c.rule,
            _dumps(contradiction_json(c))]  # fmt: skip


def _dumps(value: Any) -> str:
    return json.dumps(value, default=str, sort_keys=True)
