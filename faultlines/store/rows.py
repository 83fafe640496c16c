"""Records -> table rows, in the column order of :mod:`faultlines.store.schema`."""

from __future__ import annotations

import datetime
import hashlib
import json
import math
from typing import Any

from faultlines.contract import attribution_json, event_json, held_back_json, span_json
from faultlines.records import DocumentResult, Event, Failure


def placeholders(count: int) -> str:
    return "(" + ", ".join("?" * count) + ")"


def failure_id(failure: Failure) -> str:
    key = f"{failure.source}|{failure.stage}|{failure.code}"
    return hashlib.sha1(key.encode()).hexdigest()


def document_row(result: DocumentResult, run_id: str | None) -> list[Any]:
    meta = result.meta
    assert meta is not None and result.text is not None
    return [
        meta.doc_id,
        meta.source,
        meta.text_hash,
        meta.title,
        meta.outlet,
        meta.author,
        meta.url,
        meta.published,
        meta.published_from,
        meta.language,
        meta.chars,
        meta.input_format,
        result.text,
        json.dumps([span_json(s) for s in result.boilerplate]),
        result.pipeline_version,
        run_id,
        _now(),
        json.dumps([held_back_json(h) for h in result.held_back]),
    ]


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def event_row(doc_id: str, event: Event) -> list[Any]:
    a1, a2, place, date, dead = event.actor1, event.actor2, event.place, event.date, event.fatalities
    return [
        event.event_id,
        doc_id,
        event.event_type,
        event.sub_event_type,
        event.kind,
        event.modality,
        event.intra_group,
        a1.name if a1 else None,
        a1.actor_id if a1 else None,
        a1.faction if a1 else None,
        a1.inter if a1 else None,
        a2.name if a2 else None,
        a2.actor_id if a2 else None,
        a2.faction if a2 else None,
        a2.inter if a2 else None,
        place.name or place.text if place else None,
        place.lat if place else None,
        place.lon if place else None,
        place.country_code if place else None,
        place.admin1 if place else None,
        place.precision if place else None,
        date.start if date else None,
        date.end if date else None,
        date.precision if date else None,
        date.text if date else None,
        dead.best,
        dead.low,
        dead.high,
        event.confidence,
        json.dumps(event_json(event)),
    ]


def extraction_rows(result: DocumentResult) -> dict[str, list[list[Any]]]:
    """Rows of every per-document table (and the shared actors table) for one result."""
    assert result.meta is not None
    doc_id = result.meta.doc_id
    return {
        "entities": [[doc_id, e.start, e.end, e.text, e.label, e.actor_id] for e in result.entities],
        "actors": [[a.actor_id, a.name, a.inter, a.country] for a in result.actors],
        "document_actors": [
            [doc_id, a.actor_id, json.dumps(list(a.aliases_seen)), json.dumps(list(a.factions))] for a in result.actors
        ],
        "places": [
            [
                doc_id,
                p.start,
                p.end,
                p.text,
                p.geonameid,
                p.name,
                p.lat,
                p.lon,
                p.country_code,
                p.admin1,
                p.feature_code,
                p.precision,
                p.score,
            ]
            for p in result.places
        ],
        "events": [event_row(doc_id, e) for e in result.events],
        "event_evidence": [[e.event_id, doc_id, s.start, s.end, s.text] for e in result.events for s in e.evidence],
        "claims": [
            [
                c.claim_id,
                doc_id,
                c.start,
                c.end,
                c.text,
                c.quantity.value if c.quantity else None,
                c.quantity.low if c.quantity else None,
                c.quantity.high if c.quantity else None,
                c.quantity.unit if c.quantity else None,
                c.quantity.what if c.quantity else None,
                json.dumps([attribution_json(a) for a in c.attribution]),
                c.quantity.approximate if c.quantity else None,  # m005: the last column
            ]
            for c in result.claims
        ],
    }


# The integer types of the schema and the values they hold; a Python int has no bound.
_INTEGER_RANGES = {
    "TINYINT": 2**7,
    "SMALLINT": 2**15,
    "INTEGER": 2**31,
    "BIGINT": 2**63,
    "HUGEINT": 2**127,
}
_DOUBLE_MAX = 1.7976931348623157e308


def out_of_range(value: Any, kind: str) -> bool:
    """Whether ``value`` cannot be stored in a column of type ``kind`` (a number a report gave,
    such as 99999999999999999999999 dead, read faithfully but beyond the column)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    bound = _INTEGER_RANGES.get(kind)
    if bound is not None:
        return not (math.isfinite(value) and -bound <= value < bound)
    return kind == "DOUBLE" and isinstance(value, int) and abs(value) > _DOUBLE_MAX


def fit_row(row: list[Any], columns: list[tuple[str, str]]) -> tuple[list[Any], list[tuple[str, Any]]]:
    """``row`` with every value its column cannot hold set to None, and the (column, value)
    pairs so emptied: the caller flags them, and the JSON record keeps the value as read."""
    emptied = [(name, value) for value, (name, kind) in zip(row, columns, strict=True) if out_of_range(value, kind)]
    if not emptied:
        return row, []
    return [None if out_of_range(v, kind) else v for v, (_, kind) in zip(row, columns, strict=True)], emptied
