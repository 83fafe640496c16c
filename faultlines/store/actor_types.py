"""ACLED actor-type (``inter``) codes for actors the extraction did not type.

An event's actor may carry no inter code: a reviewer typed a name, or the extraction kept a
description it could not link. Such a name gets the code of the stored actor of that name, or
of the ACLED generic actor it names ("Civilians (Syria)" 7, "Unidentified Armed Group (Iraq)" 3,
"Protesters (Syria)" 6, "Rioters (Iraq)" 5, "Military Forces of Syria" 1) or describes ("villagers"
7, "gunmen" 3); otherwise it stays
unknown (None), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from faultlines.actors.generic import GENERIC_CLASSES
from faultlines.lang.en.actors import GENERIC_HEADS

# "Civilians ({})" -> "civilians": a name is generic when it starts with the pattern's words.
_GENERIC_PREFIXES = tuple(
    (re.compile(rf"^{re.escape(pattern.split('{}')[0].rstrip(' (').lower())}\b"), inter)
    for pattern, inter in GENERIC_CLASSES.values()
)


def generic_inter(name: str) -> int | None:
    """The inter code of an ACLED generic actor name ("Civilians (Syria)") or of a plain
    description of one ("residents", "gunmen"), case-insensitively; None otherwise."""
    folded = " ".join(name.lower().split())
    for prefix, inter in _GENERIC_PREFIXES:
        if prefix.match(folded):
            return inter
    head = GENERIC_HEADS.get(folded.split()[-1]) if folded else None
    return GENERIC_CLASSES[head][1] if head else None


def inter_of(
    name: str | None, actor_id: str | None, known: Mapping[str, int | None], by_name: Mapping[str, int]
) -> int | None:
    """The inter code of an event actor: its linked actor's, the stored actor of that name's, or
    the generic actor's it names. ``known`` maps actor ids, ``by_name`` lower-cased names."""
    if not name:
        return None
    if actor_id and known.get(actor_id) is not None:
        return known[actor_id]
    folded = " ".join(name.lower().split())
    if folded in by_name:
        return by_name[folded]
    return generic_inter(name)
