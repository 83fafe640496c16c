"""The frame table the trigger finder indexes: the words of each frame, split once per process.

The words themselves are data, in :mod:`faultlines.lang.en.events` (``FRAME_WORDS``); a *frame*
is what a trigger means before its context is read ("capture" of a town vs of a man, "attack"
with a grenade vs with guns), and :mod:`faultlines.events.classify` turns a frame plus its
participants into an ACLED sub-event type and a Faultlines kind.
"""

from __future__ import annotations

from typing import Final

from faultlines.events.categories import Frame
from faultlines.lang.en.events import FRAME_WORDS

__all__ = ["FRAMES"]


def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """Phrases are separated by ';', words inside a phrase by spaces."""
    return tuple(tuple(p.split()) for p in text.split(";") if p.strip())


# frame -> (verb lemmas, noun lemmas, multiword phrases as lowercase lemma tuples)
FRAMES: Final[dict[Frame, tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]]] = {
    frame: (frozenset(verbs.split()), frozenset(nouns.split()), _phrases(phrases))
    for frame, (verbs, nouns, phrases) in FRAME_WORDS.items()
}
