"""Attributing a place in the text (an event's trigger, a number) to its chain of sources.

:class:`Attributor` reads every cue of a document once, in order, so that later short forms
and references resolve to earlier full names: "the Post" -> "Washington Post", "the source
added" -> the source the paragraph already named. A statement inside a quotation whose own
sentence names no one takes the cue of the sentence that closes (or opens) the quotation.
The document's outlet, when known, is the outermost link of every chain; a statement that no
cue covers is the outlet's own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from faultlines.attribution.cues import Cue, find_cues
from faultlines.attribution.names import SourceName, canonical, proper
from faultlines.lang.en.attribution import ANAPHORIC_HEADS
from faultlines.records import Attribution

__all__ = ["Attributor"]

_QUOTATION = re.compile(r"“[^“”]{1,4000}”|\"[^\"\n]{1,4000}\"")
_LOOKBACK = 4  # sentences a "he said" or "the source added" may reach back to find its source


@dataclass(frozen=True, slots=True)
class _Resolved:
    cue: Cue
    names: tuple[str, ...]  # canonical names, outer to inner
    start: int
    end: int


class Attributor:
    """Chains of sources for positions in one parsed document."""

    def __init__(self, doc: Any, *, outlet: str | None = None, outlet_span: tuple[int, int] | None = None) -> None:
        self.doc = doc
        self.outlet = outlet.strip() if outlet and outlet.strip() else None
        self.outlet_span = outlet_span
        self.sentences = list(doc.sents)
        self._starts = [s.start_char for s in self.sentences]
        self._cues = self._resolve_all()
        self._quotes = [m.span() for m in _QUOTATION.finditer(doc.text)]

    def at(self, offset: int) -> tuple[Attribution, ...]:
        """The attribution of the statement at character ``offset`` (one chain, or the outlet's)."""
        covering = self._covering(offset)
        if not covering:
            return self._outlet_only()
        covering.sort(key=_outer_first)
        names: list[str] = [self.outlet] if self.outlet else []
        for resolved in covering:
            for name in resolved.names:
                if not names or names[-1].lower() != name.lower():
                    names.append(name)
        innermost = covering[-1].cue
        first = covering[0]
        own = names[1:] if self.outlet and len(names) > 1 else names
        return (
            Attribution(
                source=own[0],
                chain=tuple(names),
                start=first.start,
                end=first.end,
                verb=innermost.verb,
                hedged=any(r.cue.stance in ("hedged", "denied") for r in covering),
            ),
        )

    def _outlet_only(self) -> tuple[Attribution, ...]:
        if not self.outlet:
            return ()
        start, end = self.outlet_span if self.outlet_span else (None, None)
        return (Attribution(source=self.outlet, chain=(self.outlet,), start=start, end=end),)

    def _sentence_index(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)

    def _covering(self, offset: int) -> list[_Resolved]:
        if not self.sentences:
            return []
        index = self._sentence_index(offset)
        token = self._token_at(offset)
        found = [r for r in self._cues.get(index, []) if token is not None and token.i in r.cue.scope]
        if found:
            return found
        for q_start, q_end in self._quotes:
            if q_start <= offset < q_end:
                for other in (self._sentence_index(q_end), self._sentence_index(q_start)):
                    if other != index and self._cues.get(other):
                        return [min(self._cues[other], key=lambda r: r.cue.depth)]
        return []

    def _token_at(self, offset: int) -> Any:
        sentence = self.sentences[self._sentence_index(offset)]
        for token in sentence:
            if token.idx <= offset < token.idx + len(token.text_with_ws):
                return token
        return None

    def _resolve_all(self) -> dict[int, list[_Resolved]]:
        """Every cue in document order, its names made canonical and its references resolved."""
        known: list[str] = [self.outlet] if self.outlet else []
        recent: list[tuple[int, tuple[str, ...]]] = []  # (sentence index, names) of named sources
        resolved: dict[int, list[_Resolved]] = {}
        for index, sentence in enumerate(self.sentences):
            for cue in find_cues(sentence):
                names = self._names(cue.sources, known, recent, index)
                resolved.setdefault(index, []).append(_Resolved(cue, names, cue.sources[0].start, cue.sources[0].end))
                for source, name in zip(cue.sources, names[-len(cue.sources) :], strict=True):
                    if (source.named or proper(name)) and name not in known:
                        known.append(name)
                recent.append((index, names))
        return resolved

    def _names(
        self, sources: tuple[SourceName, ...], known: list[str], recent: list[tuple[int, tuple[str, ...]]], index: int
    ) -> tuple[str, ...]:
        """Canonical names for a cue's sources; a leading "he" or "the source" takes over the chain
        of the source named shortly before it."""
        names = tuple(canonical(s.name, known) if s.named or proper(s.name) else s.name for s in sources)
        if not _refers_back(sources[0].name):
            return names
        for seen_at, earlier in reversed(recent):
            if index - seen_at > _LOOKBACK:
                break
            if earlier and not _refers_back(earlier[-1]):
                return (*earlier, *names[1:])
        return names


def _outer_first(resolved: _Resolved) -> tuple[int, int]:
    """Shallower cues are outer; "according to X" is outer to the verb it hangs on ("according to
    NBC, the database showed ...": NBC reports what the database showed)."""
    according = resolved.cue.verb == "according to"
    return resolved.cue.depth - (1 if according else 0), 0 if according else 1


def _refers_back(name: str) -> bool:
    words = name.lower().split()
    if not words:
        return False
    if name.lower() in ("he", "she"):
        return True
    return len(words) <= 4 and words[0] in ("the", "this") and words[-1] in ANAPHORIC_HEADS
