"""Where the reports of one canonical event disagree: fatality figures, who did it, whether it
succeeded, where and when. Each contradiction lists every side (value, source, document and
evidence span) and the canonical value with the rule that chose it (see
:mod:`faultlines.across.canonical`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from faultlines.across.canonical import RULES
from faultlines.across.records import CanonicalEvent, Contradiction, Mention, Side
from faultlines.gazetteer.geo import distance_km

_FAR_KM = 15.0  # two precise places further apart than this are a disagreement about where


def event_contradictions(canonical: CanonicalEvent, mentions: tuple[Mention, ...]) -> list[Contradiction]:
    """The contradictions among the reports of one canonical event (none for a single report)."""
    if len(mentions) < 2:
        return []
    found = []
    for field, (value_of, disagree, rule) in _FIELDS.items():
        sides = [m for m in mentions if value_of(m) is not None]
        if any(disagree(x, y) for x in sides for y in sides if x.event_id < y.event_id):
            found.append(
                Contradiction(
                    contradiction_id=contradiction_id(canonical.canonical_id, field),
                    subject="event",
                    subject_id=canonical.canonical_id,
                    field=field,
                    sides=tuple(side_of(m, value_of(m)) for m in sides),
                    canonical_value=_canonical_value(canonical, field),
                    rule=rule,
                )
            )
    return found


def contradiction_id(subject_id: str, field: str) -> str:
    return "cx-" + hashlib.sha1(f"{subject_id}:{field}".encode()).hexdigest()[:20]


def side_of(mention: Mention, value: Any) -> Side:
    evidence = mention.evidence[0] if mention.evidence else None
    return Side(value, mention.doc_id, mention.source, mention.outlet, mention.event_id, evidence)


def _fatalities(m: Mention) -> int | None:
    return m.fatalities


def _perpetrator(m: Mention) -> str | None:
    return m.actor1_id


def _modality(m: Mention) -> str | None:
    return m.modality if m.modality in ("asserted", "attempted_failed") else None


def _place(m: Mention) -> str | None:
    return m.location if m.geo_precision == 1 and m.lat is not None else None


def _date(m: Mention) -> str | None:
    return m.date_start if m.time_precision == 1 and m.date_start == m.date_end else None


def _perpetrators_differ(x: Mention, y: Mention) -> bool:
    return x.actor1_id != y.actor1_id and x.actor1_id not in y.actor_ids and y.actor1_id not in x.actor_ids


def _places_differ(x: Mention, y: Mention) -> bool:
    if x.geonameid is not None and x.geonameid == y.geonameid:
        return False
    assert x.lat is not None and x.lon is not None and y.lat is not None and y.lon is not None
    return distance_km(x.lat, x.lon, y.lat, y.lon) > _FAR_KM


def _differ(value_of: Callable[[Mention], Any]) -> Callable[[Mention, Mention], bool]:
    return lambda x, y: value_of(x) != value_of(y)


_FIELDS: dict[str, tuple[Callable[[Mention], Any], Callable[[Mention, Mention], bool], str]] = {
    "fatalities": (_fatalities, _differ(_fatalities), RULES["fatalities"]),
    "perpetrator": (_perpetrator, _perpetrators_differ, RULES["actors"]),
    "modality": (_modality, _differ(_modality), RULES["modality"]),
    "place": (_place, _places_differ, RULES["place"]),
    "date": (_date, _differ(_date), RULES["date"]),
}


def _canonical_value(canonical: CanonicalEvent, field: str) -> Any:
    v = canonical.values
    return {
        "fatalities": {"best": v.get("fatalities"), "low": v.get("fatalities_low"), "high": v.get("fatalities_high")},
        "perpetrator": v.get("actor1_id") or v.get("actor1"),
        "modality": v.get("modality"),
        "place": v.get("location"),
        "date": v.get("date_start"),
    }[field]
