"""The actor knowledge base: the bundled YAML file, the analyst's user file merged over it, and
the lookup tables the linker needs, built once per process.

Example::

    kb = ActorKB.load(settings)
    kb.get("isis").name            # 'Islamic State'
    kb.lookup("Ahrar ash-Sham")    # (ActorEntry(actor_id='ahrar_al_sham', ...),)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from faultlines.actors.entries import (
    ActorEntry,
    EntryError,
    PersonEntry,
    actor_from_mapping,
    merge_mapping,
    person_from_mapping,
)
from faultlines.actors.normalise import compact, normalise
from faultlines.config import Settings
from faultlines.errors import ResourceError

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "actors.yaml"
USER_FILE_NAME = "actors.user.yaml"

_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is 10x faster


def user_file(settings: Settings) -> Path:
    """Where the analyst's actors live: Settings.user_actors, else <data_dir>/actors.user.yaml."""
    return Path(settings.user_actors) if settings.user_actors else Path(settings.data_dir) / USER_FILE_NAME


def read_file(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The `actors` and `people` lists of one actor file (an empty file has none)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise ResourceError("E502", {"path": path, "detail": e}) from e
    if not isinstance(data, dict) or not all(isinstance(data.get(k) or [], list) for k in ("actors", "people")):
        raise ResourceError("E502", {"path": path, "detail": "expected a mapping with 'actors' and 'people' lists"})
    return {"actors": data.get("actors") or [], "people": data.get("people") or []}


def _merged(files: Iterable[dict[str, list[dict[str, Any]]]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    actors: dict[str, dict[str, Any]] = {}
    people: dict[str, dict[str, Any]] = {}
    for data in files:
        for table, rows in ((actors, data["actors"]), (people, data["people"])):
            for row in rows:
                key = str(row.get("id", ""))
                table[key] = merge_mapping(table[key], row) if key in table else dict(row)
    live = [a for a in actors.values() if not a.get("disabled")]
    return live, [p for p in people.values() if not p.get("disabled")]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per process
class ActorKB:
    """Actors and people by id, and the name indexes the linker reads."""

    actors: Mapping[str, ActorEntry]
    people: Mapping[str, PersonEntry] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    _names: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _acronyms: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _people_names: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _nominals: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _self_names: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _states: dict[str, str] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ building
    @classmethod
    def load(cls, settings: Settings) -> ActorKB:
        """The bundled knowledge base with the user file (if there is one) merged over it."""
        paths = [BUNDLED]
        extra = user_file(settings)
        if settings.user_actors or extra.exists():
            if not extra.exists():
                raise ResourceError("E502", {"path": extra, "detail": "file not found (Settings.user_actors)"})
            paths.append(extra)
        return _load_cached(tuple((str(p), p.stat().st_mtime_ns) for p in paths))

    @classmethod
    def from_mappings(
        cls,
        actors: Iterable[Mapping[str, Any]],
        people: Iterable[Mapping[str, Any]] = (),
        *,
        sources: tuple[str, ...] = (),
    ) -> ActorKB:
        try:
            entries = [actor_from_mapping(a) for a in actors]
            persons = [person_from_mapping(p) for p in people]
        except EntryError as e:
            raise ResourceError("E502", {"path": ", ".join(sources) or "actor data", "detail": e}) from e
        return cls(
            actors={e.actor_id: e for e in entries},
            people={p.person_id: p for p in persons},
            sources=sources,
            _names=_index((normalise(a), e.actor_id) for e in entries for a in (e.name, *e.aliases)),
            _acronyms=_index((a, e.actor_id) for e in entries for a in e.acronyms),
            _people_names=_index((normalise(a), p.person_id) for p in persons for a in (p.name, *p.aliases)),
            _nominals=_index((normalise(n), e.actor_id) for e in entries for n in e.nominals),
            _self_names=_index((normalise(n), e.actor_id) for e in entries for n in e.self_names),
            _states={e.state_of: e.actor_id for e in entries if e.state_of},
        )

    # ------------------------------------------------------------------ reading
    def get(self, actor_id: str) -> ActorEntry | None:
        return self.actors.get(actor_id)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self.actors.values())

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def lookup(self, name: str) -> tuple[ActorEntry, ...]:
        """Actors one of whose names is `name` (normalised), else whose acronym it is (exact case)."""
        ids = self._names.get(normalise(name)) or self._acronyms.get(name.strip()) or ()
        if not ids and "." in name:  # "U.N." written with dots
            ids = self._acronyms.get(compact(name).upper(), ())
        return tuple(self.actors[i] for i in ids)

    def lookup_acronym(self, token: str) -> tuple[ActorEntry, ...]:
        return tuple(self.actors[i] for i in self._acronyms.get(token, ()))

    def lookup_nominal(self, phrase: str) -> tuple[ActorEntry, ...]:
        return tuple(self.actors[i] for i in self._nominals.get(normalise(phrase), ()))

    def nominal_keys(self) -> Iterable[str]:
        """The normalised descriptions of `lookup_nominal`."""
        return self._nominals.keys()

    def lookup_self_name(self, phrase: str) -> tuple[ActorEntry, ...]:
        """Actors that call themselves (or their state) `phrase`: "the Caliphate"."""
        return tuple(self.actors[i] for i in self._self_names.get(normalise(phrase), ()))

    def lookup_person(self, name: str) -> tuple[PersonEntry, ...]:
        return tuple(self.people[i] for i in self._people_names.get(normalise(name), ()))

    def state_forces(self, country: str) -> ActorEntry | None:
        """The main state forces of a country ("the army" in a report about it), if known."""
        actor_id = self._states.get(country)
        return self.actors[actor_id] if actor_id else None

    def name_keys(self) -> dict[str, tuple[str, ...]]:
        """Normalised name -> actor ids (for fuzzy matching)."""
        return self._names

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """Entity-ruler patterns for every actor and person name (see faultlines.actors.patterns)."""
        from faultlines.actors.patterns import ruler_patterns

        return ruler_patterns(self)

    def validate(self) -> list[str]:
        """What is wrong with the data: problems an analyst must fix, one line each."""
        from faultlines.actors.validate import problems

        return problems(self)


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = defaultdict(list)
    for key, actor_id in pairs:
        if key and actor_id not in table[key]:
            table[key].append(actor_id)
    return {k: tuple(v) for k, v in table.items()}


_CACHE: dict[tuple[tuple[str, int], ...], ActorKB] = {}


def _load_cached(key: tuple[tuple[str, int], ...]) -> ActorKB:
    """One parse per process and file version: stages and workers share it."""
    if key not in _CACHE:
        files = [read_file(Path(path)) for path, _ in key]
        actors, people = _merged(files)
        _CACHE[key] = ActorKB.from_mappings(actors, people, sources=tuple(p for p, _ in key))
    return _CACHE[key]
