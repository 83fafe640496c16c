"""Writing the cross-document tables: replaced as a whole in one transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
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


def replace_all(
    con: duckdb.DuckDBPyConnection,
    canonicals: Sequence[CanonicalEvent],
    stories: Sequence[Story],
    contradictions: Sequence[Contradiction],
) -> None:
    """Replace every cross-document row (inside the caller's transaction)."""
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
    _insert(con, "canonical_events", [_canonical_row(c) for c in canonicals])
    _insert(
        con, "canonical_members",
        [[m.event_id, c.canonical_id, m.doc_id, m.score, m.reason] for c in canonicals for m in c.members],
    )  # fmt: skip
    _insert(con, "stories", [_story_row(s) for s in stories])
    _insert(con, "story_documents", [[d, s.story_id] for s in stories for d in s.doc_ids])
    _insert(con, "contradictions", [_contradiction_row(c) for c in contradictions])


def set_state(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO across_state VALUES (?, ?)", [key, value])


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]]) -> None:
    if rows:
        con.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)


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
