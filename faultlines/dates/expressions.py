"""Finding date expressions in text with precompiled patterns (English ones in
:mod:`faultlines.lang.en.dates`; no dateparser here: it is slow,
so it only ever sees the candidates found by these patterns).

Each pattern has a group ``x``, the expression itself: prepositions before it ("on", "in",
"over") are matched as cues but kept out of the span, so "in September" gives "September" and
"over the past few weeks" gives "the past few weeks". Month and weekday names must be
capitalised ("May" the month, not the verb); a month with no day or year needs a cue before
it ("in May", "late May") so that "Theresa May" is not a date.

Kinds, in the order that wins when two matches cover the same characters:

=========== ===================================== ===================================
kind        examples                              anchored on
=========== ===================================== ===================================
day         July 18, 2014; Tuesday, Jan. 27; 3rd  nothing when the year is given
            of March
numeric     2014-07-18, 7/18/2014                 nothing
month       September 2014, late May, in March    the publication date without a year
year        in 2014, late 2015                    nothing
ago         two days ago, a few weeks ago         the publication date
weekday     last Tuesday evening, early Friday    the publication date
period      the past few weeks, recent months     the publication date
deictic     yesterday, earlier this month, late   the publication date
            last year
anaphoric   the previous day, two days later      the date of the expression before it
=========== ===================================== ===================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from faultlines.lang.en.dates import DATE_PATTERNS

__all__ = ["KINDS", "DateExpression", "find_date_expressions"]


KINDS = tuple(DATE_PATTERNS)
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
_MAX_CHARS = 2_000_000  # a longer text is cut: the patterns stay linear, but memory does not


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date expression found in text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str
    kind: str


def find_date_expressions(text: str) -> list[DateExpression]:
    """Every date expression in ``text``, left to right, without overlaps (the longest match,
    then the earlier kind in :data:`KINDS`, wins). Never raises."""
    if not isinstance(text, str) or not text:
        return []
    return list(_find(text[:_MAX_CHARS]))


@lru_cache(maxsize=16)
def _find(text: str) -> tuple[DateExpression, ...]:
    """Cached: the dates and claims stages both read the same document's expressions."""
    found = []
    for kind, pattern in DATE_PATTERNS.items():
        for match in pattern.finditer(text):
            start, end = match.span("x")
            if end > start and _plausible(kind, match):
                found.append((start, -(end - start), _RANK[kind], end, kind))
    chosen: list[DateExpression] = []
    taken_until = -1
    for start, _, _, end, kind in sorted(found):
        if start >= taken_until:
            chosen.append(DateExpression(start, end, text[start:end], kind))
            taken_until = end
        elif chosen and start < chosen[-1].end and end - start > chosen[-1].end - chosen[-1].start:
            chosen[-1] = DateExpression(start, end, text[start:end], kind)
            taken_until = end
    return tuple(chosen)


def _plausible(kind: str, match: re.Match[str]) -> bool:
    """Rules a pattern cannot say: bare months and years need a cue word or an edge word."""
    if kind == "month":
        return bool(match.group("y") or match.group("edge") or match.start("x") > match.start())
    if kind == "year":
        return bool(match.group("cue") or match.group("edge"))
    if kind == "period":
        # "last week" is a calendar week (deictic); a period needs "the", a number or a plural.
        x = match.group("x").lower()
        if not match.group("n") and not x.endswith("s") and match.group("dir").lower() in ("next", "previous"):
            return False  # "the next day", "the previous week" are anaphoric
        return x.startswith("the ") or bool(match.group("n")) or x.endswith("s") or "past" in x or "recent" in x
    return True
