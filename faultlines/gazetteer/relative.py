"""Relative place expressions around a toponym: "20 km east of Raqqa", "the Aleppo countryside",
"Idlib province", "eastern Syria", "near Manbij".

They change which place is meant (a division rather than its namesake town), where its point
lies (20 km east), and how precise it is (ACLED 2: near a town, in a district or region).
"""

from __future__ import annotations

from dataclasses import dataclass

from faultlines.lang.en.gazetteer import (
    AREA_OF_BEFORE,
    COMPASS_BEARINGS,
    DIRECTION_BEFORE,
    DIVISION_AFTER,
    DIVISION_NOUNS,
    NEAR_BEFORE,
    OFFSET_BEFORE,
    UNIT_KM,
)


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
    if m := OFFSET_BEFORE.search(before):
        km = float(m["num"].replace(",", ".")) * UNIT_KM[m["unit"].lower()]
        return Modifier("offset", start - len(before) + m.start(), end, km=km, bearing=_bearing(m["dir"]))
    if m := AREA_OF_BEFORE.search(before):
        return _noun_modifier(m["noun"], start - len(before) + m.start(), end, m["dir"])
    if m := DIVISION_AFTER.match(after):
        return _noun_modifier(m["noun"], start, end + m.end(), m["dir"])
    if m := NEAR_BEFORE.search(before):
        return Modifier("area", start - len(before) + m.start("noun"), end)
    if m := DIRECTION_BEFORE.search(before):
        return Modifier("direction", start - len(before) + m.start("dir"), end, bearing=_bearing(m["dir"]))
    return None


def _noun_modifier(noun: str, start: int, end: int, direction: str | None) -> Modifier:
    noun = noun.lower()
    kind = "division" if noun in DIVISION_NOUNS else "area"
    rural = noun.startswith(("countryside", "rural", "desert"))
    return Modifier(kind, start, end, bearing=_bearing(direction), rural=rural)


def _bearing(word: str | None) -> float | None:
    return COMPASS_BEARINGS.get(word.lower()) if word else None


def split_direction(name: str) -> tuple[float | None, str]:
    """ "Northern Syria" -> (0.0, "Syria"), "North London" -> (0.0, "London"); a name without a
    leading direction is returned as is. Callers try the whole name first ("North Carolina")."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in COMPASS_BEARINGS:
        return COMPASS_BEARINGS[first.lower()], rest
    return None, name
