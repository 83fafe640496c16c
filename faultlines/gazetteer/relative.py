"""Relative place expressions around a toponym: "20 km east of Raqqa", "the Aleppo countryside",
"Idlib province", "eastern Syria", "near Manbij".

They change which place is meant (a division rather than its namesake town), where its point
lies (20 km east), and how precise it is (ACLED 2: near a town, in a district or region).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTIONS = {
    "north": 0.0,
    "northern": 0.0,
    "northeast": 45.0,
    "north-east": 45.0,
    "northeastern": 45.0,
    "north-eastern": 45.0,
    "east": 90.0,
    "eastern": 90.0,
    "southeast": 135.0,
    "south-east": 135.0,
    "southeastern": 135.0,
    "south-eastern": 135.0,
    "south": 180.0,
    "southern": 180.0,
    "southwest": 225.0,
    "south-west": 225.0,
    "southwestern": 225.0,
    "south-western": 225.0,
    "west": 270.0,
    "western": 270.0,
    "northwest": 315.0,
    "north-west": 315.0,
    "northwestern": 315.0,
    "north-western": 315.0,
}
_DIR = "|".join(sorted((re.escape(d) for d in _DIRECTIONS), key=len, reverse=True))
_UNIT_KM = {
    "km": 1.0,
    "kms": 1.0,
    "kilometers": 1.0,
    "kilometres": 1.0,
    "kilometer": 1.0,
    "kilometre": 1.0,
    "miles": 1.609,
    "mile": 1.609,
    "mi": 1.609,
}
_UNIT = "|".join(sorted(_UNIT_KM, key=len, reverse=True))
_PLACE_NOUN = r"(?:(?:the\s+)?(?:town|city|village|capital|province|governorate|region|district|area)\s+of\s+)?"

_OFFSET = re.compile(
    rf"(?P<num>\d+(?:[.,]\d+)?)[\s-]*(?P<unit>{_UNIT})\b(?:\s*\([^)]{{0,20}}\))?\s+"
    rf"(?:to\s+the\s+)?(?P<dir>{_DIR})\s+of\s+{_PLACE_NOUN}$",
    re.I,
)
_AREA_OF = re.compile(
    rf"(?:(?P<dir>{_DIR})\s+)?(?P<noun>countryside|outskirts|suburbs|environs|vicinity|periphery|"
    rf"countryside|province|governorate|state|region|district|county|area|rural\s+areas|desert)\s+"
    rf"(?:of|around)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.I,
)
_NEAR = re.compile(r"\b(?P<noun>near|nearby|outside|around|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$", re.I)
_DIRECTION = re.compile(rf"\b(?P<dir>{_DIR}|central)\s+(?:part\s+of\s+)?$", re.I)
_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:(?P<dir>" + _DIR + r")\s+)?(?P<noun>countryside|province|governorate|region|district|"
    r"suburbs|outskirts|area|county|state|oblast|prefecture|rural\s+areas)\b",
    re.I,
)
_DIVISIONS = frozenset(["province", "governorate", "state", "region", "district", "county", "oblast", "prefecture"])


@dataclass(frozen=True, slots=True)
class Modifier:
    """How the words around a toponym qualify it.

    ``kind``: "offset" (20 km east of), "division" (X province), "area" (countryside, outskirts,
    near), "direction" (eastern X). ``start``/``end`` cover the whole expression; the toponym's
    own span stays the place's span.
    """

    kind: str
    start: int
    end: int
    km: float | None = None
    bearing: float | None = None
    rural: bool = False  # "countryside", "rural areas": the division around a town, not the town


def modifier_at(text: str, start: int, end: int) -> Modifier | None:
    """The relative expression around ``text[start:end]``, if any."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 40]
    if m := _OFFSET.search(before):
        km = float(m["num"].replace(",", ".")) * _UNIT_KM[m["unit"].lower()]
        return Modifier("offset", start - len(before) + m.start(), end, km=km, bearing=_bearing(m["dir"]))
    if m := _AREA_OF.search(before):
        return _noun_modifier(m["noun"], start - len(before) + m.start(), end, m["dir"])
    if m := _AFTER.match(after):
        return _noun_modifier(m["noun"], start, end + m.end(), m["dir"])
    if m := _NEAR.search(before):
        return Modifier("area", start - len(before) + m.start("noun"), end)
    if m := _DIRECTION.search(before):
        return Modifier("direction", start - len(before) + m.start("dir"), end, bearing=_bearing(m["dir"]))
    return None


def _noun_modifier(noun: str, start: int, end: int, direction: str | None) -> Modifier:
    noun = noun.lower()
    kind = "division" if noun in _DIVISIONS else "area"
    rural = noun.startswith(("countryside", "rural", "desert"))
    return Modifier(kind, start, end, bearing=_bearing(direction), rural=rural)


def _bearing(word: str | None) -> float | None:
    return _DIRECTIONS.get(word.lower()) if word else None


def split_direction(name: str) -> tuple[float | None, str]:
    """ "Northern Syria" -> (0.0, "Syria"), "North London" -> (0.0, "London"); a name without a
    leading direction is returned as is. Callers try the whole name first ("North Carolina")."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in _DIRECTIONS:
        return _DIRECTIONS[first.lower()], rest
    return None, name
