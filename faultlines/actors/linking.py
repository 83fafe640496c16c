"""Linking a name found in the text to an actor of the knowledge base.

In order: the ruler's own id (the name was matched as a KB pattern), an exact normalised alias,
an exact acronym, the longest capitalised part of the name that is an alias ("ISIL" in "ISIL
tactical units", "SDF" in "U.S.-backed SDF"), then a fuzzy match for organisation names
(rapidfuzz ratio >= `fuzzy_cutoff` on normalised names of 6+ characters, so a typo or an unusual
transliteration still links but "Syrian Democratic Council" does not become the SDF).
A name shared by several actors goes to the one whose countries the document is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from faultlines.actors.entries import ActorEntry
from faultlines.actors.kb import ActorKB
from faultlines.actors.normalise import normalise
from faultlines.actors.patterns import ACTOR_PREFIX

FUZZY_LABELS = frozenset({"ORG", "NORP", "ARMED_GROUP"})
FUZZY_MIN_CHARS = 6
_CAPITALISED = re.compile(r"^[A-Z0-9]")


@dataclass(frozen=True, slots=True)
class Link:
    """An actor a stretch of text names, and how the linker knows (for explanations)."""

    actor_id: str
    how: str  # "ruler", "alias", "acronym", "part", "fuzzy"
    score: float = 100.0
    start: int = 0  # the linked part, in tokens of the span given (end exclusive)
    end: int = 0


class Linker:
    def __init__(self, kb: ActorKB, *, fuzzy_cutoff: float = 90.0) -> None:
        self.kb = kb
        self.fuzzy_cutoff = fuzzy_cutoff
        self._keys = [k for k in kb.name_keys() if len(k) >= FUZZY_MIN_CHARS]

    def choose(self, entries: Sequence[ActorEntry], countries: Sequence[str]) -> ActorEntry | None:
        """Among actors sharing a name: the one active where the document is, else a transnational one."""
        if len(entries) <= 1:
            return entries[0] if entries else None
        for code in countries:
            for entry in entries:
                if code in entry.all_countries:
                    return entry
        transnational = [e for e in entries if not e.country]
        return transnational[0] if transnational else entries[0]

    def link_text(self, text: str, label: str, countries: Sequence[str]) -> Link | None:
        """The actor a whole name means (no partial matches)."""
        entry = self.choose(self.kb.lookup(text), countries)
        if entry is not None:
            return Link(entry.actor_id, "alias")
        if label not in FUZZY_LABELS:
            return None
        key = normalise(text)
        if len(key) < FUZZY_MIN_CHARS:
            return None
        found = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff)
        if found is None:
            return None
        entry = self.choose([self.kb.actors[i] for i in self.kb.name_keys()[found[0]]], countries)
        return Link(entry.actor_id, "fuzzy", float(found[1])) if entry else None

    def link_tokens(self, words: Sequence[str], label: str, ent_id: str, countries: Sequence[str]) -> Link | None:
        """The actor a span of tokens names: the ruler id, the whole span, else its longest named part."""
        if ent_id.startswith(ACTOR_PREFIX) and ent_id[len(ACTOR_PREFIX) :] in self.kb:
            return Link(ent_id[len(ACTOR_PREFIX) :], "ruler", end=len(words))
        whole = self.link_text(_join(words), label, countries)
        if whole is not None:
            return Link(whole.actor_id, whole.how, whole.score, 0, len(words))
        for size in range(len(words) - 1, 0, -1):
            for start in range(0, len(words) - size + 1):
                part = words[start : start + size]
                if not (_CAPITALISED.match(part[0]) and _CAPITALISED.match(part[-1])):
                    continue
                entry = self.choose(self.kb.lookup(_join(part)), countries)
                if entry is not None:
                    return Link(entry.actor_id, "part", 100.0, start, start + size)
        return None


def _join(words: Sequence[str]) -> str:
    return " ".join(words)
