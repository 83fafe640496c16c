"""The working state of the actor stage on one document: the mentions found so far, which tokens
they cover, and the salience of each actor at a point of the text.

Mentions never overlap: "ISIS foreign fighters" is a name mention ("ISIS") and a faction
mention ("foreign fighters"), so a reader never counts one stretch of text twice.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from faultlines.actors.entries import ActorEntry
from faultlines.actors.kb import ActorKB
from faultlines.analysis import ActorMention

NEW_PREFIX = "new:"
RECENCY = 0.7  # the weight of a mention halves about every two sentences
# How many sentences back salience reads. A mention that far back weighs 0.7 ** 200 (1e-31), far
# under the six decimals the scores are compared on; a report shorter than this reads them all.
# Without a bound each look-up read every mention so far: a long report's time grew with its square.
LOOKBACK = 200
# Mentions that establish an actor as the topic; references only repeat it.
SALIENT_HOWS = ("name", "person", "reference")
_TRAILING = frozenset(".,;:!?\"'“”‘’ \t\n\xa0")


@dataclass(frozen=True, slots=True)
class NewActor:
    """An organisation the knowledge base does not know, kept as an actor of its own."""

    actor_id: str
    name: str
    armed: bool


@dataclass
class DocContext:
    doc: Any  # spacy.tokens.Doc
    text: str
    kb: ActorKB
    countries: tuple[str, ...] = ()
    new_actors: dict[str, NewActor] = field(default_factory=dict)
    found: list[tuple[int, int, ActorMention]] = field(default_factory=list)  # (first token, end token, mention)
    _taken: set[int] = field(default_factory=set)
    _sent_of: list[int] = field(default_factory=list)
    _chunk_roots: list[Any] | None = None
    tokens: list[Any] = field(default_factory=list)  # doc[i] builds a new Token at each call: read these
    # spaCy rebuilds doc.sents on every access: the sentences, read once
    sents: list[Any] = field(default_factory=list)
    # token -> the mention covering it; last token -> the mention ending there (lookups that a
    # scan of `found` made grow with the square of the document's length)
    _covering: dict[int, tuple[int, int, ActorMention]] = field(default_factory=dict)
    _ending: dict[int, tuple[int, int, ActorMention]] = field(default_factory=dict)
    # sentence -> the places in `found` of the mentions that start in it
    _found_in: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    # a description's first token -> the first tokens of the factions whose parent it gave
    # ("foreign members of the group"): revised together when references are read in order
    parent_given_by: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    # the first tokens of factions whose parent was only the salient group when factions were read
    parent_by_salience: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.tokens = list(self.doc)
        self.sents = list(self.doc.sents)
        sent_of = [0] * len(self.doc)
        for number, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = number
        self._sent_of = sent_of

    # ------------------------------------------------------------------ adding
    def free(self, start: int, end: int) -> bool:
        return not any(i in self._taken for i in range(start, end))

    def add(
        self, start: int, end: int, actor_id: str, how: str, *, faction: str | None = None, role: str | None = None
    ) -> ActorMention | None:
        """Record a mention of tokens [start, end) unless one of its tokens is already taken."""
        if start >= end or not self.free(start, end):
            return None
        first, last = self.doc[start], self.doc[end - 1]
        begin, stop = first.idx, last.idx + len(last.text)
        while begin < stop and not self.text[begin].isalnum():  # "\xa0military", "rebels."
            begin += 1
        while stop > begin and self.text[stop - 1] in _TRAILING:
            stop -= 1
        if begin == stop:
            return None
        mention = ActorMention(begin, stop, self.text[begin:stop], actor_id, how, faction, role)
        entry = (start, end, mention)
        self._found_in[self.sentence(start)].append(len(self.found))
        self.found.append(entry)
        self._taken.update(range(start, end))
        self._covering.update(dict.fromkeys(range(start, end), entry))
        self._ending[end - 1] = entry
        return mention

    def reassign(self, token: int, actor_id: str) -> None:
        """Give the mention starting at token ``token`` another actor (its tokens stay taken)."""
        entry = self._covering.get(token)
        if entry is None or entry[0] != token:
            return
        start, end, mention = entry
        revised = (start, end, dataclasses.replace(mention, actor_id=actor_id))
        self.found[self.found.index(entry)] = revised
        self._covering.update(dict.fromkeys(range(start, end), revised))
        self._ending[end - 1] = revised

    def mention_at(self, token: int) -> ActorMention | None:
        """The mention covering token ``token``, if any (mentions never overlap)."""
        entry = self._covering.get(token)
        return entry[2] if entry is not None else None

    def covering_at(self, token: int) -> tuple[int, int, ActorMention] | None:
        """The mention covering token ``token`` with its tokens, if any."""
        return self._covering.get(token)

    def ending_at(self, token: int) -> tuple[int, int, ActorMention] | None:
        """The mention whose last token is ``token``, if any."""
        return self._ending.get(token)

    def mentions(self) -> tuple[ActorMention, ...]:
        return tuple(m for _, _, m in sorted(self.found, key=lambda f: f[0]))

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, ActorMention]]:
        return [f for f in self.found if f[0] < end and f[1] > start]

    # ------------------------------------------------------------------ reading
    def chunk_roots(self) -> list[Any]:
        """The head tokens of spaCy's noun chunks, computed once per document."""
        if self._chunk_roots is None:
            self._chunk_roots = [chunk.root for chunk in self.doc.noun_chunks]
            self._roots_by_sentence: dict[int, list[Any]] = defaultdict(list)
            for root in self._chunk_roots:
                self._roots_by_sentence[self.sentence(root.i)].append(root)
        return self._chunk_roots

    def chunk_roots_in(self, sentence: int) -> list[Any]:
        """The noun-chunk heads of one sentence."""
        self.chunk_roots()
        return self._roots_by_sentence.get(sentence, [])

    def sentence(self, token: int) -> int:
        return self._sent_of[token]

    def entry(self, actor_id: str) -> ActorEntry | None:
        return self.kb.get(actor_id)

    def is_group(self, actor_id: str) -> bool:
        """Something "the group" can mean: a non-state armed group, or an armed-looking new one."""
        entry = self.kb.get(actor_id)
        if entry is not None:
            return entry.non_state
        new = self.new_actors.get(actor_id)
        return bool(new and new.armed)

    def is_armed(self, actor_id: str) -> bool:
        """Any armed actor: state forces included."""
        entry = self.kb.get(actor_id)
        return entry.armed if entry is not None else self.is_group(actor_id)

    def is_organisation(self, actor_id: str) -> bool:
        return actor_id in self.kb or actor_id in self.new_actors

    def salient(self, token: int, accept: Callable[[str], bool], *, ahead: bool = True) -> str | None:
        """The actor most present before `token` (recent and frequent mentions weigh most).

        With nothing before it, the first acceptable actor named later in the same or the next
        sentence (a headline's "the group" often comes before the group's name).
        """
        here = self.sentence(token)
        scores: dict[str, float] = defaultdict(float)
        last_seen: dict[str, int] = {}
        for start, _, mention in self._found_from(here - LOOKBACK, here):
            if start >= token or mention.how not in SALIENT_HOWS or not accept(mention.actor_id):
                continue
            scores[mention.actor_id] += RECENCY ** (here - self.sentence(start))
            last_seen[mention.actor_id] = max(last_seen.get(mention.actor_id, -1), start)
        if scores:
            return max(scores, key=lambda a: (round(scores[a], 6), last_seen[a]))
        if not ahead:
            return None
        later = [
            (s, m.actor_id)
            for s, _, m in self._found_from(here, here + 1)
            if s > token and self.sentence(s) <= here + 1 and m.how in SALIENT_HOWS and accept(m.actor_id)
        ]
        return min(later)[1] if later else None

    def found_before(self, token: int) -> list[tuple[int, int, ActorMention]]:
        """The mentions that start before token ``token``, within LOOKBACK sentences, in the order
        they were found."""
        here = self.sentence(token)
        return [f for f in self._found_from(here - LOOKBACK, here) if f[0] < token]

    def _found_from(self, first: int, last: int) -> list[tuple[int, int, ActorMention]]:
        """The mentions starting in sentences ``first``..``last``, in the order they were found."""
        places = sorted(p for n in range(max(first, 0), last + 1) for p in self._found_in.get(n, ()))
        return [self.found[p] for p in places]
