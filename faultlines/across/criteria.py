"""One function per de-duplication criterion: how well two mentions agree on it.

Each returns ``(score, reason)``: a score in [0, 1], None when one side does not know the
value, or :data:`BLOCK` when the values rule out one incident (an air strike and a protest;
towns 140 km apart; 2 dead against 100).
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz

from faultlines.across.names import shared_names
from faultlines.across.records import Mention
from faultlines.gazetteer.geo import distance_km

BLOCK = -1.0
Score = tuple[float | None, str]

# ACLED event types that may describe one incident differently (an air strike on a market is
# "Explosions/Remote violence" in one report and "Violence against civilians" in another).
FAMILY = {
    "Battles": "battle",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstration",
    "Riots": "demonstration",
    "Strategic developments": "strategic",
}
# Kinds that one incident may be reported as (a clash one outlet calls infighting, an attack
# another calls an air strike, a shooting one side calls an attack and the other an exchange of
# fire). Two known kinds with no family in common are two incidents.
KIND_FAMILIES = (
    frozenset({"infighting", "armed_clash"}),
    frozenset({"armed_clash", "attack"}),
    frozenset({"attack", "execution", "execution_of_members", "assassination_of_member", "mob_violence"}),
    frozenset({"attack", "air_strike", "shelling", "bombing", "suicide_bombing", "grenade_attack", "chemical_attack"}),
    frozenset({"territory_taken", "territory_lost", "withdrawal"}),
    frozenset({"defection", "desertion", "group_change", "refusal_of_orders", "internal_dispute"}),
    frozenset({"internal_dispute", "infighting"}),
    frozenset({"protest", "riot", "mob_violence"}),
    frozenset({"arrest", "abduction"}),
    frozenset({"agreement", "negotiation"}),
)
# Modalities that can describe the same incident: what happened (or was tried), what was intended.
MODALITY_GROUP = {"asserted": "happened", "alleged": "happened", "attempted_failed": "happened",
                  "planned": "intended", "called_off": "intended"}  # fmt: skip
# Distance (km) within which two places can be one incident's, by the coarser place's precision.
_PLACE_TOLERANCE_KM = {1: 30.0, 2: 100.0}
_SAME_NAME = 85.0  # rapidfuzz ratio of two normalised place names taken as spellings of one name


def family_of(mention: Mention) -> str:
    return FAMILY.get(mention.event_type or "", mention.event_type or "unknown")


def modality_group(mention: Mention) -> str:
    return MODALITY_GROUP.get(mention.modality, mention.modality)


def type_score(a: Mention, b: Mention) -> Score:
    if modality_group(a) != modality_group(b):
        return BLOCK, f"modalities {a.modality} and {b.modality} cannot be one incident"
    if a.intra_group != b.intra_group and a.kind and b.kind:
        return BLOCK, "one event is inside a group, the other between groups"
    if a.kind and b.kind:
        if a.kind == b.kind:
            return 1.0, f"same kind ({a.kind})"
        if any({a.kind, b.kind} <= family for family in KIND_FAMILIES):
            return 0.7, f"kinds {a.kind} and {b.kind} can describe one incident"
        return BLOCK, f"kinds {a.kind} and {b.kind} are different incidents"
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        return 0.85, f"same sub-event type ({a.sub_event_type})"
    if a.event_type and a.event_type == b.event_type:
        return 0.6, f"same event type ({a.event_type})"
    if family_of(a) == family_of(b):
        return 0.5, f"compatible types ({a.event_type} / {b.event_type})"
    return BLOCK, f"types {a.event_type} and {b.event_type} differ"


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def date_score(a: Mention, b: Mention) -> Score:
    if not a.date_start or not b.date_start:
        return None, "a date is unknown"
    a0, a1 = _day(a.date_start), _day(a.date_end or a.date_start)
    b0, b1 = _day(b.date_start), _day(b.date_end or b.date_start)
    gap = max(0, (b0 - a1).days, (a0 - b1).days)
    exact = a0 == a1 and b0 == b1
    tolerance = 1 if exact else 2
    if gap > tolerance:
        return BLOCK, f"dates {a0}..{a1} and {b0}..{b1} are {gap} days apart"
    if exact and gap == 0:
        return 1.0, f"same day ({a0})"
    if gap:
        return 0.7, f"dates within {gap} day(s) ({a0}, {b0})"
    width = max((a1 - a0).days, (b1 - b0).days)
    return max(0.3, 1.0 - width / 30), f"date ranges overlap (widest {width + 1} days)"


def place_score(a: Mention, b: Mention) -> Score:
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 1.0, f"same place ({a.location})"
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return BLOCK, f"different countries ({a.country_code}, {b.country_code})"
    coarser = max(a.geo_precision or 3, b.geo_precision or 3) if a.geo_precision and b.geo_precision else None
    if a.lat is not None and b.lat is not None and b.lon is not None and a.lon is not None and coarser:
        if coarser >= 3:
            return 0.4, f"{a.location} and {b.location} are in one region or country"
        km = distance_km(a.lat, a.lon, b.lat, b.lon)
        tolerance = _PLACE_TOLERANCE_KM[coarser]
        if km > tolerance:
            return BLOCK, f"{a.location} and {b.location} are {km:.0f} km apart"
        return 1.0 - 0.5 * km / tolerance, f"{a.location} and {b.location} are {km:.0f} km apart"
    if a.location and b.location:
        return _name_score(a, b)
    return None, "a place is unknown"


def _name_score(a: Mention, b: Mention) -> Score:
    """Places known by name only (not geocoded): equal or near-equal names, else precise places differ."""
    assert a.location is not None and b.location is not None
    similarity = fuzz.ratio(_norm(a.location), _norm(b.location))
    if similarity >= _SAME_NAME:
        return 0.9, f"same place name ({a.location} / {b.location})"
    if (a.geo_precision or 3) <= 2 and (b.geo_precision or 3) <= 2:
        return BLOCK, f"different places ({a.location}, {b.location})"
    if a.country_code and a.country_code == b.country_code:
        return 0.3, f"{a.location} and {b.location} are in one country"
    return None, "places not comparable"


def actor_score(a: Mention, b: Mention) -> Score:
    ours, theirs = a.actor_ids, b.actor_ids
    if not ours or not theirs:
        return None, "actors unknown on one side"
    shared = ours & theirs
    if not shared:
        return 0.0, f"no actor in common ({', '.join(sorted(ours))} / {', '.join(sorted(theirs))})"
    return len(shared) / len(ours | theirs), f"actors in common: {', '.join(sorted(shared))}"


def fatality_score(a: Mention, b: Mention) -> Score:
    fa, fb = _deaths(a), _deaths(b)
    if fa is None or fb is None:
        return None, "a toll is unknown"
    if fa == fb:
        return 1.0, f"same toll ({fa})"
    low, high = sorted((fa, fb))
    if high - low <= 3 or low >= high / 3:
        return 0.7, f"tolls {fa} and {fb} are compatible"
    return BLOCK, f"tolls {fa} and {fb} are too far apart"


def victim_score(a: Mention, b: Mention) -> Score:
    if not a.victims or not b.victims:
        return None, "no named victim on one side"
    shared = shared_names(a.victims, b.victims)
    if shared:
        return 1.0, f"named victim in common: {', '.join(shared)}"
    return BLOCK, f"different named victims ({', '.join(a.victims)} / {', '.join(b.victims)})"


def people_score(a: Mention, b: Mention) -> Score:
    """People named in both events' evidence; different names prove nothing (bystanders differ)."""
    shared = shared_names(a.people, b.people)
    if shared:
        return 1.0, f"person named in both: {', '.join(shared)}"
    return None, "no person named in both"


def _deaths(mention: Mention) -> int | None:
    return mention.fatalities if mention.fatalities is not None else mention.fatalities_low


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower().removeprefix("al-").removeprefix("al "))
