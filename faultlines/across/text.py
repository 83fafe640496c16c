"""Words, sentences and TF-IDF vectors for comparing documents and choosing summary sentences."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence

Vector = dict[str, float]

_WORD = re.compile(r"[A-Za-z][A-Za-z\-']+")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])|\n")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Capt|Sgt|St|Rev|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|U\.S|U\.N)\.$"
)


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words`` (for word lists written as text)."""
    return frozenset(words.split())


STOPWORDS = word_set(
    "a about above after again against all also am an and any are as at be because been before being "
    "below between both but by can could did do does doing down during each few for from further had has "
    "have having he her here hers herself him himself his how i if in into is it its itself just me more "
    "most my no nor not now of off on once only or other our ours out over own same she should so some "
    "such than that the their theirs them then there these they this those through to too under until up "
    "very was we were what when where which while who whom why will with would you your said says say "
    "told according one two three last week year years month months day days people since new like still "
    "including around near many much may might must per reported report reports "
)


def words(text: str) -> list[str]:
    """Content words: lower-case, three letters or more, no stop words."""
    return [
        w for w in (m.group().lower().strip("-'") for m in _WORD.finditer(text)) if len(w) > 2 and w not in STOPWORDS
    ]


def sentences(text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, leaving out those inside a ``skip`` span."""
    start = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.end() if match else len(text)
        if match and _ABBREVIATION.search(text, max(0, end - 6), end):
            continue
        left, right = _trim(text, start, end)
        if right > left and not any(s <= left and right <= e for s, e in skip):
            yield left, right
        start = end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def idf(documents: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each term."""
    frequency: Counter[str] = Counter()
    n = 0
    for terms in documents:
        frequency.update(set(terms))
        n += 1
    return {term: math.log((1 + n) / (1 + df)) + 1.0 for term, df in frequency.items()}


def tfidf(terms: Iterable[str], weights: Mapping[str, float]) -> Vector:
    """A unit-length TF-IDF vector (sub-linear term frequency)."""
    counts = Counter(terms)
    vector = {t: (1 + math.log(c)) * weights.get(t, 1.0) for t, c in counts.items()}
    return normalise(vector)


def normalise(vector: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def centroid(vectors: Iterable[Vector]) -> Vector:
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    return normalise(dict(total))
