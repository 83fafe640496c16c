"""Checks of the actor knowledge base: what would make linking wrong or silently ambiguous.

A name shared by two actors is allowed only when every actor that has it lists it under
`ambiguous` (the linker then chooses by the countries of the document).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from faultlines.actors.normalise import normalise

if TYPE_CHECKING:
    from faultlines.actors.kb import ActorKB


def problems(kb: ActorKB) -> list[str]:
    return [*_relations(kb), *_shared_names(kb), *_shared_nominals(kb), *_states(kb), *_cycles(kb)]


def _relations(kb: ActorKB) -> list[str]:
    found = []
    for entry in kb:
        for relation in ("parent", "successor_of", "splinter_of"):
            target = getattr(entry, relation)
            if target and target not in kb:
                found.append(f"actor {entry.actor_id}: {relation} '{target}' is not an actor id")
        names = {normalise(a) for a in (*entry.aliases, *entry.acronyms)}
        for name in entry.ambiguous:
            if normalise(name) not in names:
                found.append(f"actor {entry.actor_id}: ambiguous name '{name}' is not one of its aliases or acronyms")
    for person in kb.people.values():
        if person.actor_id not in kb:
            found.append(f"person {person.person_id}: actor '{person.actor_id}' is not an actor id")
    return found


def _shared_names(kb: ActorKB) -> list[str]:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in kb:
        for name in (*entry.aliases, *entry.acronyms):
            owners[normalise(name)].add(entry.actor_id)
    found = []
    for key, ids in sorted(owners.items()):
        if len(ids) < 2:
            continue
        unmarked = sorted(i for i in ids if key not in {normalise(a) for a in kb.actors[i].ambiguous})
        if unmarked:
            found.append(
                f"name '{key}' belongs to {', '.join(sorted(ids))}: "
                f"list it under 'ambiguous' of {', '.join(unmarked)} or keep it on one actor"
            )
    return found


def _shared_nominals(kb: ActorKB) -> list[str]:
    """A description such as "the coalition" may mean different actors in different countries."""
    seen: dict[tuple[str, str], str] = {}
    found = []
    for entry in kb:
        for nominal in entry.nominals:
            for country in entry.all_countries or ("",):
                key = (normalise(nominal), country)
                if key in seen and seen[key] != entry.actor_id:
                    found.append(
                        f"nominal '{nominal}' means both {seen[key]} and {entry.actor_id} in {country or 'any country'}"
                    )
                seen.setdefault(key, entry.actor_id)
    return found


def _states(kb: ActorKB) -> list[str]:
    first: dict[str, str] = {}
    found = []
    for entry in kb:
        if entry.state_of and first.setdefault(entry.state_of, entry.actor_id) != entry.actor_id:
            found.append(f"state_of {entry.state_of} is claimed by {first[entry.state_of]} and {entry.actor_id}")
    return found


def _cycles(kb: ActorKB) -> list[str]:
    found = []
    for entry in kb:
        seen = {entry.actor_id}
        parent = entry.parent
        while parent and parent in kb:
            if parent in seen:
                found.append(f"actor {entry.actor_id}: its parents form a cycle through '{parent}'")
                break
            seen.add(parent)
            parent = kb.actors[parent].parent
    return found
