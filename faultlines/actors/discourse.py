"""Factions told around an event: the sides of infighting the text names in a nearby sentence.

"Reports of infighting among the group's militants have surfaced. ... The skirmishes have taken
place between its foreign militants and their Syrian counterparts": the event's own sentence names
no faction, the text around it does. The actors stage leaves its mentions on the spaCy ``Doc``
(:func:`remember_mentions`) so that the events stage, which reads sides from the ``Doc``, can find
the faction mentions of one actor nearest to an event (:func:`nearby_factions`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from faultlines.analysis import ActorMention
from faultlines.lang.en.actors import LEADER_ROLES

MENTIONS_KEY = "faultlines.actor_mentions"
_INDEX_KEY = "faultlines.faction_index"  # the faction mentions by actor and sentence, built once
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
    return [str(m.faction) for m in nearby_faction_mentions(doc, actor_id, start, end, exclude=exclude)]


def nearby_faction_mentions(
    doc: Any, actor_id: str, start: int, end: int, *, exclude: Sequence[str] = ()
) -> list[ActorMention]:
    """As :func:`nearby_factions`, the mentions that tell each label (the first, nearest one): the
    words an event's page shows as the faction's evidence."""
    index = _index(doc)
    if index is None or not index.by_actor.get(actor_id):
        return []
    starts = index.starts()
    first, last = bisect_right(starts, start) - 1, bisect_right(starts, max(start, end - 1)) - 1
    sentences, mentions = index.placed(actor_id)
    # Only the mentions up to WINDOW sentences away can be taken: read just those.
    near = mentions[bisect_left(sentences, first - WINDOW) : bisect_right(sentences, last + WINDOW)]

    def distance(at: int) -> int:
        return 0 if first <= at <= last else min(abs(at - first), abs(at - last))

    found: dict[str, ActorMention] = {}
    for at, m in sorted(near, key=lambda pair: (distance(pair[0]), pair[1].start)):
        if distance(at) <= WINDOW and m.faction not in found and m.faction not in exclude:
            found[str(m.faction)] = m
    return list(found.values())


class _FactionIndex:
    """The faction mentions of each actor, and the sentence each is in, read once per document
    (a scan of every mention and of ``doc.sents`` for each event grew with the square of a long
    report's length)."""

    def __init__(self, doc: Any, mentions: tuple[ActorMention, ...]) -> None:
        self.doc = doc
        self.mentions = mentions  # what it was built from: remembered mentions replaced, built again
        self.by_actor: dict[str, list[ActorMention]] = defaultdict(list)
        for m in mentions:
            if m.how == "faction" and m.faction and m.faction not in RANK_LABELS:
                self.by_actor[m.actor_id].append(m)
        self._starts: list[int] | None = None
        self._placed: dict[str, tuple[list[int], list[tuple[int, ActorMention]]]] = {}

    def starts(self) -> list[int]:
        """Where each sentence starts (characters); spaCy rebuilds ``doc.sents`` on each access."""
        if self._starts is None:
            self._starts = [s.start_char for s in self.doc.sents]
        return self._starts

    def placed(self, actor_id: str) -> tuple[list[int], list[tuple[int, ActorMention]]]:
        """The actor's faction mentions with their sentence numbers, in sentence order."""
        if actor_id not in self._placed:
            starts = self.starts()
            pairs = sorted(
                ((bisect_right(starts, m.start) - 1, m) for m in self.by_actor.get(actor_id, ())), key=lambda p: p[0]
            )
            self._placed[actor_id] = ([at for at, _ in pairs], pairs)
        return self._placed[actor_id]


def _index(doc: Any) -> _FactionIndex | None:
    data = getattr(doc, "user_data", None)
    if data is None:
        return None
    mentions = data.get(MENTIONS_KEY, ())
    index = data.get(_INDEX_KEY)
    if index is None or index.mentions is not mentions:
        index = data[_INDEX_KEY] = _FactionIndex(doc, mentions)
    return index
