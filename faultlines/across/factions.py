"""Which faction labels of an event slot are real factions.

The events stage fills ``actor1_faction`` with whatever qualifies the actor's mention, which is
sometimes a faction ("foreign fighters") and sometimes a description ("14 of its own members").
A label counts as a faction only when the actors stage named it as a faction of that actor in
some stored document (``document_actors.factions``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from faultlines.store.database import Store


def known_factions(store: Store) -> dict[str, set[str]]:
    """actor id -> the faction labels (lower-case) named for it in any document."""
    found: dict[str, set[str]] = defaultdict(set)
    with store.reader() as con:
        for actor_id, factions in con.execute("SELECT actor_id, factions FROM document_actors").fetchall():
            found[actor_id].update(f.strip().lower() for f in json.loads(factions or "[]") if f)
    return dict(found)


def clean_factions(events: list[dict[str, Any]], factions: dict[str, set[str]]) -> list[dict[str, Any]]:
    """The events with each slot's faction kept only when it is a known faction of that actor."""
    cleaned = []
    for event in events:
        event = dict(event)
        for slot in ("actor1", "actor2"):
            label = (event.get(f"{slot}_faction") or "").strip().lower()
            event[f"{slot}_faction"] = label if label in factions.get(event.get(f"{slot}_id") or "", set()) else None
        cleaned.append(event)
    return cleaned
