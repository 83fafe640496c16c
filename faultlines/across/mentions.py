"""Stored events read back as :class:`~faultlines.across.records.Mention` records.

The people of a mention are the full names inside its evidence, less the event's quoted
sources (who said so is not who took part).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from faultlines.across.names import person_name, same_person
from faultlines.across.records import Evidence, Mention
from faultlines.store.database import Store

_SQL = """
SELECT e.event_id, e.doc_id, e.event_type, e.sub_event_type, e.kind, e.modality, e.intra_group,
       e.actor1_id, e.actor1, e.actor1_faction, e.actor2_id, e.actor2, e.actor2_faction,
       e.location, e.latitude, e.longitude, e.country_code, e.admin1, e.geo_precision,
       CAST(e.date_start AS VARCHAR), CAST(e.date_end AS VARCHAR), e.time_precision,
       e.fatalities, e.fatalities_low, e.fatalities_high, e.confidence, e.record,
       d.outlet, CAST(d.published AS VARCHAR)
FROM events e JOIN documents d USING (doc_id)
"""


def load_mentions(store: Store, *, doc_ids: Sequence[str] | None = None) -> list[Mention]:
    """Every stored event (or those of ``doc_ids``), sorted by event id, with the people named
    in its evidence (PERSON entities inside an evidence span)."""
    sql, values = _SQL, []
    if doc_ids is not None:
        sql += " WHERE e.doc_id IN (SELECT unnest(?))"
        values.append(list(doc_ids))
    with store.reader() as con:
        rows = con.execute(sql + " ORDER BY e.event_id", values).fetchall()
        persons: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for doc_id, start, end, text in con.execute(
            "SELECT doc_id, start, \"end\", text FROM entities WHERE label = 'PERSON' ORDER BY doc_id, start"
        ).fetchall():
            persons[doc_id].append((start, end, text or ""))
    mentions = [mention_from_row(row) for row in rows]
    return [replace(m, people=participants(m, people_in(m.evidence, persons.get(m.doc_id, [])))) for m in mentions]


def participants(mention: Mention, people: tuple[str, ...]) -> tuple[str, ...]:
    """``people`` less those quoted as the event's source: a spokesman or an official speaks
    about many incidents, so their name says nothing about which one this is."""
    sources = [name for s in mention.sources if (name := person_name(s))]
    return tuple(p for p in people if not any(same_person(p, s) for s in sources))


def people_in(evidence: Sequence[Evidence], persons: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
    """The full names among ``persons`` (start, end, text) that lie inside an evidence span."""
    inside = (text for start, end, text in persons if any(e.start <= start and end <= e.end for e in evidence))
    return _unique(person_name(text) for text in inside)


def mention_from_row(row: Sequence[Any]) -> Mention:
    (event_id, doc_id, event_type, sub_event_type, kind, modality, intra_group, a1_id, a1, a1_faction,
     a2_id, a2, a2_faction, location, lat, lon, country, admin1, geo_precision, date_start, date_end,
     time_precision, fatalities, low, high, confidence, record, outlet, published) = row  # fmt: skip
    record = json.loads(record) if isinstance(record, str) else (record or {})
    return Mention(
        event_id=event_id, doc_id=doc_id, event_type=event_type, sub_event_type=sub_event_type,
        kind=kind, modality=modality or "asserted", intra_group=bool(intra_group),
        actor1_id=a1_id, actor1=a1, actor1_faction=a1_faction,
        actor2_id=a2_id, actor2=a2, actor2_faction=a2_faction,
        location=location, geonameid=(record.get("place") or {}).get("geonameid"), lat=lat, lon=lon,
        country_code=country, admin1=admin1, geo_precision=geo_precision,
        date_start=date_start, date_end=date_end or date_start, time_precision=time_precision,
        fatalities=fatalities, fatalities_low=low, fatalities_high=high,
        victims=victim_names(record), sources=sources_of(record), outlet=outlet, published=published,
        confidence=float(confidence if confidence is not None else 0.5),
        evidence=tuple(Evidence(doc_id, s["start"], s["end"], s["text"]) for s in record.get("evidence") or []),
    )  # fmt: skip


def victim_names(record: dict[str, Any]) -> tuple[str, ...]:
    """The proper names among an event record's victim arguments."""
    spans = (record.get("arguments") or {}).get("victim") or []
    return _unique(person_name(s.get("text") or "") for s in spans)


def sources_of(record: dict[str, Any]) -> tuple[str, ...]:
    """The named source of each attribution (who said so), in order."""
    return _unique((a.get("source") or "").strip() or None for a in record.get("attribution") or [])


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))
