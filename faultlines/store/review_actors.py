"""An actor typed in a review, resolved: the knowledge base's actor it names, or a new actor.

A reviewer types a name ("Daesh") or an id ("isis"). A name the knowledge base knows becomes
that actor, with its id, ACLED name and inter code; a name it does not know becomes a new actor
of the store (id ``user_<name>``, inter code unknown: null, never guessed). A name that fits
several actors is refused with their ids, so the reviewer can pick one. Either way the actor
gets a row in the store's ``actors`` table, so its page and its inter code follow.

Example::

    resolved = resolve_actor(con, kb, name="Daesh", actor_id=None)
    resolved.actor_id, resolved.name, resolved.inter   # ('isis', 'Islamic State', 2)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from faultlines.actors.normalise import normalise
from faultlines.store.review_rules import ReviewError

if TYPE_CHECKING:
    import duckdb

    from faultlines.actors.kb import ActorKB

NEW_PREFIX = "user_"


@dataclass(frozen=True)
class ResolvedActor:
    actor_id: str
    name: str
    inter: int | None


def resolve_actor(
    con: duckdb.DuckDBPyConnection, kb: ActorKB, *, name: str | None, actor_id: str | None
) -> ResolvedActor | None:
    """The actor a review names (None when both are blank); adds it to ``actors`` if missing."""
    if actor_id:
        found = _by_id(con, kb, actor_id)
        if found is None:
            raise ReviewError(f"no actor with id {actor_id[:60]!r}: leave the id blank to resolve the name")
    elif name:
        found = _by_name(con, kb, name) or _new_actor(con, name)
    else:
        return None
    con.execute("INSERT OR IGNORE INTO actors VALUES (?, ?, ?, NULL)", [found.actor_id, found.name, found.inter])
    return found


def default_kb() -> ActorKB:
    """The bundled knowledge base with the analyst's file over it (cached per process)."""
    from faultlines.actors.kb import ActorKB
    from faultlines.config import Settings

    return ActorKB.load(Settings())


def _by_id(con: duckdb.DuckDBPyConnection, kb: ActorKB, actor_id: str) -> ResolvedActor | None:
    entry = kb.get(actor_id)
    if entry is not None:
        return ResolvedActor(entry.actor_id, entry.name, entry.inter)
    row = con.execute("SELECT actor_id, name, inter FROM actors WHERE actor_id = ?", [actor_id]).fetchone()
    return ResolvedActor(*row) if row else None


def _by_name(con: duckdb.DuckDBPyConnection, kb: ActorKB, name: str) -> ResolvedActor | None:
    entries = kb.lookup(name)
    if len(entries) > 1:
        ids = ", ".join(e.actor_id for e in entries)
        raise ReviewError(f"{name[:60]!r} names several actors ({ids}): give the actor's id")
    if entries:
        return ResolvedActor(entries[0].actor_id, entries[0].name, entries[0].inter)
    rows: list[Any] = con.execute(
        "SELECT actor_id, name, inter FROM actors WHERE lower(name) = lower(?) ORDER BY actor_id", [name]
    ).fetchall()
    return ResolvedActor(*rows[0]) if rows else None


def _new_actor(con: duckdb.DuckDBPyConnection, name: str) -> ResolvedActor:
    slug = re.sub(r"[^a-z0-9]+", "_", normalise(name)).strip("_")[:60]
    # A name of no letters or digits (or one whose slug another name took) gets a hash suffix.
    actor_id = NEW_PREFIX + (slug or "actor")
    taken = con.execute("SELECT name FROM actors WHERE actor_id = ?", [actor_id]).fetchone()
    if not slug or (taken and taken[0].lower() != name.lower()):
        actor_id += "_" + hashlib.sha256(name.encode()).hexdigest()[:8]
    return ResolvedActor(actor_id, name.strip(), None)
