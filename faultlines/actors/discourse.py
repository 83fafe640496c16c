"""Factions told around an event: the sides of infighting the text names in a nearby sentence.

"Reports of infighting among the group's militants have surfaced. ... The skirmishes have taken
place between its foreign militants and their Syrian counterparts": the event's own sentence names
no faction, the text around it does. The actors stage leaves its mentions on the spaCy ``Doc``
(:func:`remember_mentions`) so that the events stage, which reads sides from the ``Doc``, can find
the faction mentions of one actor nearest to an event (:func:`nearby_factions`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from faultlines.analysis import ActorMention
from faultlines.lang.en.actors import LEADER_ROLES

MENTIONS_KEY = "faultlines.actor_mentions"
WINDOW = 3  # sentences either side: a report tells who fought within a few sentences
LEADERSHIP = "leadership"
# Labels that say where a member stands, not which side of a split he is on.
RANK_LABELS = frozenset({"commanders", "officials"})


def remember_mentions(doc: Any, mentions: Sequence[ActorMention]) -> None:
    if doc is not None:
        doc.user_data[MENTIONS_KEY] = tuple(mentions)


def document_mentions(doc: Any) -> tuple[ActorMention, ...]:
    return tuple(getattr(doc, "user_data", {}).get(MENTIONS_KEY, ()))


def person_faction(mention: ActorMention | None) -> str | None:
    """A group's leader stands for its leadership ("failed to overthrow Baghdadi")."""
    if mention is not None and mention.how == "person" and (mention.role or "").lower() in LEADER_ROLES:
        return LEADERSHIP
    return None


def nearby_factions(doc: Any, actor_id: str, start: int, end: int, *, exclude: Sequence[str] = ()) -> list[str]:
    """The faction labels of ``actor_id`` told nearest the characters ``start``..``end`` (the same
    sentences first, then one sentence away and so on up to :data:`WINDOW`), each label once."""
    mentions = [
        m
        for m in document_mentions(doc)
        if m.actor_id == actor_id and m.how == "faction" and m.faction and m.faction not in RANK_LABELS
    ]
    if not mentions:
        return []
    starts = [s.start_char for s in doc.sents]
    first, last = bisect_right(starts, start) - 1, bisect_right(starts, max(start, end - 1)) - 1

    def distance(m: ActorMention) -> int:
        at = bisect_right(starts, m.start) - 1
        return 0 if first <= at <= last else min(abs(at - first), abs(at - last))

    labels: list[str] = []
    for m in sorted(mentions, key=lambda m: (distance(m), m.start)):
        if distance(m) <= WINDOW and m.faction not in labels and m.faction not in exclude:
            labels.append(str(m.faction))
    return labels
