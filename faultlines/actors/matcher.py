"""A fast matcher for the knowledge base's names, used in place of spaCy's entity ruler.

The KB's ruler patterns are token patterns (optional hyphens, Arabic article variants,
apostrophe variants, case rules). Given to spaCy's Matcher, their REGEX and IN predicates are
tested at every token and doubled the parse time. Here each pattern becomes a key of normalised
words (hyphens skipped, articles as "al", apostrophes dropped, lower case) in a dict; a
document is scanned once, looking up the key of each token n-gram that a name can start with (up
to the longest such name), and a hit is then checked against the pattern's own case rules. Same
matches, a dict lookup per n-gram.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from faultlines.actors.normalise import APOSTROPHES, ARTICLES

HYPHENS = frozenset({"-", "‐", "‑", "–"})
_DROP = str.maketrans("", "", APOSTROPHES)

Check = Callable[[str], bool]


@lru_cache(maxsize=65536)
def word_key(text: str) -> str:
    """The normalised form of one token: no accents or apostrophes, lower case, one article."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_DROP).casefold()
    return "al" if plain in ARTICLES else plain


@dataclass(frozen=True, slots=True)
class NamePattern:
    label: str
    pattern_id: str
    checks: tuple[Check, ...]  # one per non-hyphen token


def _check(spec: dict[str, Any]) -> Check:
    """The case rule of one token spec of the KB's patterns."""
    orth = spec.get("ORTH")
    if isinstance(orth, str):
        return lambda text: text == orth
    if isinstance(orth, dict) and "IN" in orth:
        allowed = frozenset(orth["IN"])
        return lambda text: text in allowed
    return lambda text: True  # LOWER rules: any case, the key already matched


def _key_word(spec: dict[str, Any]) -> str:
    orth, lower = spec.get("ORTH"), spec.get("LOWER")
    if isinstance(orth, str):
        return word_key(orth)
    if isinstance(orth, dict):
        return word_key(orth["IN"][0])
    if isinstance(lower, str):
        return word_key(lower)
    if isinstance(lower, dict) and "IN" in lower:
        return "al"  # the article variants
    if isinstance(lower, dict) and "REGEX" in lower:
        body = lower["REGEX"].strip("^$")
        return word_key(body.replace("[" + _escaped_apostrophes() + "]?", "").replace("\\", ""))
    raise ValueError(f"unsupported name pattern token {spec!r}")


@lru_cache(maxsize=1)
def _escaped_apostrophes() -> str:
    import re

    return re.escape(APOSTROPHES)


def _is_optional_hyphen(spec: dict[str, Any]) -> bool:
    orth = spec.get("ORTH")
    return spec.get("OP") == "?" and isinstance(orth, dict) and set(orth.get("IN", ())) <= HYPHENS


class NameMatcher:
    """Finds KB names in a Doc and adds them to doc.ents (longest span wins on overlap)."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], list[NamePattern]] = {}
        self.longest = 0
        self.longest_from: dict[str, int] = {}  # first word -> longest key starting with it

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        for pattern in patterns:
            tokens = [t for t in pattern["pattern"] if not _is_optional_hyphen(t)]
            if not tokens:
                continue
            key = tuple(_key_word(t) for t in tokens)
            entry = NamePattern(pattern["label"], pattern.get("id", ""), tuple(_check(t) for t in tokens))
            self.index.setdefault(key, []).append(entry)
            self.longest = max(self.longest, len(key))
            self.longest_from[key[0]] = max(self.longest_from.get(key[0], 0), len(key))

    def __call__(self, doc: Doc) -> Doc:
        found = self.matches(doc)
        if found:
            doc.ents = filter_spans([*found, *doc.ents])
        return doc

    def matches(self, doc: Doc) -> list[Span]:
        words = [(t.i, t.text) for t in doc if t.text not in HYPHENS and not t.is_space]
        keys = [word_key(text) for _, text in words]
        spans = []
        for first in range(len(words)):
            longest = self.longest_from.get(keys[first], 0)  # 0 for most words: no name starts there
            for size in range(min(longest, len(words) - first), 0, -1):
                entries = self.index.get(tuple(keys[first : first + size]))
                if not entries:
                    continue
                texts = [text for _, text in words[first : first + size]]
                hit = next((e for e in entries if all(c(t) for c, t in zip(e.checks, texts, strict=True))), None)
                if hit is not None:
                    start, end = words[first][0], words[first + size - 1][0] + 1
                    spans.append(Span(doc, start, end, label=hit.label, span_id=hit.pattern_id))
                    break
        return spans


@Language.factory("faultlines_names")
def make_name_matcher(nlp: Language, name: str) -> NameMatcher:
    return NameMatcher()
