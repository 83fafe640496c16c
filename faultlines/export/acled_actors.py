"""ACLED's actor columns: names, ``inter`` codes, ``interaction`` and ``civilian_targeting``.

ACLED's rules, as its codebook states them:

- Every event has an actor 1. Battles have two sides; violence against civilians has civilians
  as actor 2. Where the report does not name a side, ACLED writes its generic actor:
  "Unidentified Armed Group (Syria)" (inter 3) for an unnamed armed side, "Civilians (Syria)"
  (7) for the victims of violence against civilians, "Protesters (Iraq)" (6) and "Rioters (Iraq)"
  (5) for unnamed demonstrators. Strategic developments without a named actor stay empty.
- ACLED names actors, it does not describe them: an armed side the report only describes
  ("fighters", "two groups", an unlinked lower-case description typed as a rebel group or
  militia) is written as "Unidentified Armed Group (Syria)" (3); the description goes to ``tags``.
- A state's forces acting outside their country are external forces there: inter 8, not 1
  ("Military Forces of Turkey" in Syria).
- ``inter2`` is 0 when an event has no actor 2.
- ``interaction`` joins both inter codes, the lower first (12: state forces and rebels); an
  event with one actor gets ten times its code (60: protesters alone).
- ``civilian_targeting`` is "Civilian targeting" when civilians are the target: every event of
  violence against civilians, and any other event but a battle whose actor 2 or victims are civilians.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from faultlines.actors.acled_sides import UNNAMED_ACTOR1, UNNAMED_ACTOR2
from faultlines.actors.generic import GENERIC_CLASSES
from faultlines.lang.en.actors import GENERIC_HEADS

CIVILIANS = 7
STATE_FORCES, EXTERNAL_FORCES = 1, 8
ARMED_GROUPS = frozenset({2, 3, 4})  # rebels, political and identity militias
# Bare generic names that ACLED writes with the country: "Civilians" -> "Civilians (Syria)".
_BARE = {pattern.split(" (")[0].lower(): pattern for pattern, _ in GENERIC_CLASSES.values() if "({})" in pattern}


@dataclass
class ActorColumns:
    actor1: str = ""
    inter1: int | None = None
    assoc_actor_1: str = ""
    actor2: str = ""
    inter2: int | None = None
    assoc_actor_2: str = ""
    unnamed: list[str] = field(default_factory=list)  # "actor1"/"actor2" filled with a generic actor
    described: dict[str, str] = field(default_factory=dict)  # side -> the description it replaced

    def interaction(self) -> str:
        return interaction(self.inter1, self.inter2 if self.actor2 else None, has_actor2=bool(self.actor2))


def interaction(inter1: int | None, inter2: int | None, *, has_actor2: bool | None = None) -> str:
    """ACLED's two-digit interaction code: the lower inter code first; 10 x inter1 when alone.
    Empty when a code is unknown."""
    alone = inter2 is None if has_actor2 is None else not has_actor2
    if inter1 is None:
        return ""
    if alone:
        return str(inter1 * 10)
    if inter2 is None:
        return ""
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def actor_columns(row: Mapping[str, Any], country: str | None) -> ActorColumns:
    """The actor columns of an event row (from :func:`faultlines.store.read.events`)."""
    record = row["record"]
    columns = ActorColumns(
        actor1=_name(row["actor1"], row["actor1_faction"], country),
        inter1=_inter_here(row, "1"),
        actor2=_name(row["actor2"], row["actor2_faction"], country),
        inter2=_inter_here(row, "2"),
    )
    for n in ("1", "2"):
        name = row[f"actor{n}"]
        if _described_armed_group(name, row[f"actor{n}_id"], row[f"inter{n}"]):
            generic, inter = _generic("unidentified", country)
            faction = row[f"actor{n}_faction"]
            setattr(columns, f"actor{n}", generic + (f" ({faction})" if faction else ""))
            setattr(columns, f"inter{n}", inter)
            columns.described[f"actor{n}"] = name
    event_type = row["event_type"]
    if not columns.actor1 and event_type in UNNAMED_ACTOR1:
        columns.actor1, columns.inter1 = _generic(UNNAMED_ACTOR1[event_type], country)
        columns.unnamed.append("actor1")
    if not columns.actor2 and event_type in UNNAMED_ACTOR2:
        columns.actor2, columns.inter2 = _generic(UNNAMED_ACTOR2[event_type], country)
        columns.unnamed.append("actor2")
    columns.assoc_actor_1 = _associated(record.get("assoc_actor_1"), columns.actor1, row["actor1"], country)
    columns.assoc_actor_2 = _associated(record.get("assoc_actor_2"), columns.actor2, row["actor2"], country)
    return columns


def civilian_targeting(row: Mapping[str, Any], columns: ActorColumns) -> str:
    if row["event_type"] == "Battles":
        return ""
    victims = (row["record"].get("arguments") or {}).get("victim") or []
    targeted = (
        row["event_type"] == "Violence against civilians"
        or columns.inter2 == CIVILIANS
        or any(_names_civilians(span.get("text") or "") for span in victims)
    )
    return "Civilian targeting" if targeted else ""


def _inter_here(row: Mapping[str, Any], n: str) -> int | None:
    """The actor's inter code in this event: state forces abroad are external forces (8)."""
    inter, home, here = row[f"inter{n}"], row.get(f"actor{n}_country"), row.get("country_code")
    if inter == STATE_FORCES and home and here and home.upper() != here.upper():
        return EXTERNAL_FORCES
    return inter  # type: ignore[no-any-return]


def _described_armed_group(name: str | None, actor_id: str | None, inter: int | None) -> bool:
    """An armed side the report describes rather than names: unlinked, lower-case ("fighters")."""
    return bool(name) and actor_id is None and inter in ARMED_GROUPS and not name[:1].isupper()  # type: ignore[index]


def _names_civilians(text: str) -> bool:
    return any(GENERIC_HEADS.get(word.strip(".,;:()\"'")) == "civilians" for word in text.lower().split())


def _name(name: str | None, faction: str | None, country: str | None) -> str:
    if not name:
        return ""
    pattern = _BARE.get(name.strip().lower())
    if pattern and country:
        name = pattern.format(country)
    return name + (f" ({faction})" if faction else "")


def _generic(cls: str, country: str | None) -> tuple[str, int]:
    pattern, inter = GENERIC_CLASSES[cls]
    return (pattern.format(country) if country else pattern.split(" (")[0]), inter


def _associated(actors: list[dict[str, Any]] | None, shown: str, main: str | None, country: str | None) -> str:
    """Associated actors, each once, without the main actor itself."""
    names: list[str] = []
    for actor in actors or []:
        name = _name(actor.get("name"), actor.get("faction"), country)
        if name and name not in names and name != shown and actor.get("name") != main:
            names.append(name)
    return "; ".join(names)
