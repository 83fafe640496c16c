"""The records of the actor knowledge base and how they are read from YAML mappings.

An :class:`ActorEntry` is what the knowledge base knows about one armed group, force or
organisation; a :class:`PersonEntry` is a named person tied to one of them. Both are built from
the mappings of ``faultlines/data/actors.yaml`` (the fields are described at the top of that file)
or of the analyst's user file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

ARMED_LABEL = "ARMED_GROUP"
ORG_LABEL = "ORG"
KINDS = ("armed", "org", "media")
_ID_RE = re.compile(r"^[a-z0-9_]+$")
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


class EntryError(ValueError):
    """One entry of an actor file is malformed; the message says which field and why."""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    actor_id: str
    name: str
    inter: int | None = None
    kind: str = "armed"
    country: str | None = None
    countries: tuple[str, ...] = ()
    state_of: str | None = None
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    nominals: tuple[str, ...] = ()
    self_names: tuple[str, ...] = ()
    parent: str | None = None
    successor_of: str | None = None
    splinter_of: str | None = None
    qid: str | None = None
    active: tuple[int | None, int | None] = (None, None)
    notes: str | None = None

    @property
    def label(self) -> str:
        """The entity label its names get: ARMED_GROUP for forces and armed groups, else ORG."""
        return ARMED_LABEL if self.kind == "armed" else ORG_LABEL

    @property
    def armed(self) -> bool:
        return self.kind == "armed"

    @property
    def non_state(self) -> bool:
        """An armed group that is not a state's forces (what "the militants" can mean)."""
        return self.armed and self.inter in (2, 3, 4)

    @property
    def all_countries(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(([self.country] if self.country else []) + list(self.countries)))

    def to_dict(self) -> dict[str, Any]:
        """The YAML mapping of this entry, without empty fields (what `actors add` writes)."""
        out: dict[str, Any] = {"id": self.actor_id}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "actor_id" or value in (None, (), (None, None)):
                continue
            if f.name == "kind" and value == "armed":
                continue
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True, slots=True)
class PersonEntry:
    person_id: str
    name: str
    actor_id: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    active: tuple[int | None, int | None] = (None, None)


def _strings(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key) or ()
    if isinstance(value, str):
        value = (value,)
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise EntryError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _optional(raw: Mapping[str, Any], key: str, where: str, pattern: re.Pattern[str] | None = None) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    value = str(value).strip()
    if pattern is not None and not pattern.match(value):
        raise EntryError(f"{where}: '{key}' {value!r} is not valid (expected {pattern.pattern})")
    return value


def _years(raw: Mapping[str, Any], where: str) -> tuple[int | None, int | None]:
    value = raw.get("active")
    if value is None:
        return (None, None)
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise EntryError(f"{where}: 'active' must be [first_year, last_year] (null for unknown)")
    if not all(v is None or isinstance(v, int) for v in value):
        raise EntryError(f"{where}: 'active' years must be whole numbers or null")
    return (value[0], value[1])


def _inter(raw: Mapping[str, Any], where: str) -> int | None:
    value = raw.get("inter")
    if value is None:
        return None
    if not isinstance(value, int) or not 1 <= value <= 8:
        raise EntryError(f"{where}: 'inter' must be an ACLED actor type 1-8, not {value!r}")
    return value


def actor_from_mapping(raw: Mapping[str, Any]) -> ActorEntry:
    actor_id = str(raw.get("id", "")).strip()
    if not _ID_RE.match(actor_id):
        raise EntryError(f"actor {actor_id or '?'}: 'id' must be lowercase letters, digits and _")
    where = f"actor {actor_id}"
    name = str(raw.get("name") or "").strip()
    if not name:
        raise EntryError(f"{where}: 'name' is missing")
    inter = _inter(raw, where)
    kind = str(raw.get("kind") or ("armed" if inter is not None else "org"))
    if kind not in KINDS:
        raise EntryError(f"{where}: 'kind' must be one of {', '.join(KINDS)}")
    countries = _strings(raw, "countries", where)
    if not all(_COUNTRY_RE.match(c) for c in countries):
        raise EntryError(f"{where}: 'countries' must be ISO 3166 alpha-2 codes such as SY")
    return ActorEntry(
        actor_id=actor_id,
        name=name,
        inter=inter,
        kind=kind,
        country=_optional(raw, "country", where, _COUNTRY_RE),
        countries=countries,
        state_of=_optional(raw, "state_of", where, _COUNTRY_RE),
        aliases=_strings(raw, "aliases", where),
        acronyms=_strings(raw, "acronyms", where),
        ambiguous=_strings(raw, "ambiguous", where),
        nominals=_strings(raw, "nominals", where),
        self_names=_strings(raw, "self_names", where),
        parent=_optional(raw, "parent", where, _ID_RE),
        successor_of=_optional(raw, "successor_of", where, _ID_RE),
        splinter_of=_optional(raw, "splinter_of", where, _ID_RE),
        qid=_optional(raw, "qid", where, _QID_RE),
        active=_years(raw, where),
        notes=_optional(raw, "notes", where),
    )


def person_from_mapping(raw: Mapping[str, Any]) -> PersonEntry:
    person_id = str(raw.get("id", "")).strip()
    if not _ID_RE.match(person_id):
        raise EntryError(f"person {person_id or '?'}: 'id' must be lowercase letters, digits and _")
    where = f"person {person_id}"
    name = str(raw.get("name") or "").strip()
    actor_id = str(raw.get("actor") or "").strip()
    if not name or not actor_id:
        raise EntryError(f"{where}: 'name' and 'actor' are required")
    return PersonEntry(
        person_id=person_id,
        name=name,
        actor_id=actor_id,
        role=_optional(raw, "role", where),
        aliases=_strings(raw, "aliases", where),
        qid=_optional(raw, "qid", where, _QID_RE),
        active=_years(raw, where),
    )


def merge_mapping(base: Mapping[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    """A user entry over a bundled one: scalars replace, name lists are joined (duplicates dropped)."""
    merged = dict(base)
    for key, value in update.items():
        if key in ("aliases", "acronyms", "ambiguous", "nominals", "self_names", "countries") and key in base:
            merged[key] = list(dict.fromkeys([*(base.get(key) or []), *(value or [])]))
        else:
            merged[key] = value
    return merged
