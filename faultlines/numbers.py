"""Reading counts out of news text: "8,500", "twenty-three", "at least 100", "dozens", "half that".

Two entry points::

    parse_count("at least 100 people")   # Count(value=100, low=100, ...)
    find_counts("Dozens were killed and 8,500 fled.")   # [(0, 6, Count(12...)), (24, 29, Count(8500...))]

Error policy: both are lenient by default (``errors="ignore"``): text with no count gives ``None``
(or an empty list) and nothing raises, whatever the input. ``parse_count(..., errors="raise")``
raises :class:`CountError` instead of returning ``None``, for callers that expect a number.

Conservative choices (after ACLED's codebook, which codes the lowest credible figure):

- vague plurals: "dozens" = 12, "hundreds" = 100, "thousands" = 1,000, "tens of thousands" =
  10,000; "several", "many", "a number of", "numerous" = 10 (ACLED's default for "several"/"many"/
  plural reports); "a few" / "a handful" = 3; "a couple" = 2. They are flagged ``vague``.
- a vague multiplier takes its smallest plural reading: "several hundred" = 200, "a few dozen" = 24.
- "at least N", "more than N", "over N", "N or more", "N+": ``value`` N and ``low`` N (never N+1).
- "up to N", "as many as N", "at most N", "nearly N", "almost N": ``value`` N and ``high`` N,
  ``approximate`` (ACLED keeps the reported figure; the bound says it is a ceiling).
- "fewer than N", "less than N", "under N": ``high`` N and no ``value`` (there is no floor).
- ranges "between N and M", "N to M", "N-M", "N or M": ``value`` N (the low end), ``low`` N, ``high`` M.
- "about", "around", "roughly", "some", "an estimated", "circa", "more or less", "or so",
  "40-odd", "two dozen": ``approximate`` (as are the vague words and the ceilings above).
- relative amounts ("half that", "twice as many"): ``value`` None, ``relative`` True, and a ``note``.
- injuries, money and percentages are counts too ("13 percent": ``unit`` "percent"; "$800":
  ``unit`` "USD"); whether a count is a death toll is for the caller to decide from context.
- a bare four-digit number between 1800 and 2100 after "in", "since", a month name ... is a year,
  and numbers stuck to letters ("F-16", "18th") are not counts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from faultlines.errors import FaultlinesError
from faultlines.lang.en.numbers import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    FRACTIONS,
    MONTH_WORDS,
    MULTIPLIERS,
    PLURAL_SCALES,
    QUALIFIERS,
    RELATIVE_PHRASES,
    SCALE_WORDS,
    UNIT_WORDS,
    VAGUE_COUNTS,
    YEAR_CUES,
    ZERO_PHRASES,
)

__all__ = ["Count", "CountError", "find_counts", "parse_count"]

ErrorPolicy = Literal["ignore", "raise"]


class CountError(FaultlinesError, ValueError):
    """Text that should hold a count does not (raised only with ``errors="raise"``)."""


@dataclass(frozen=True, slots=True)
class Count:
    """A count read from text. ``value`` is the best (conservative) estimate, None when unknown."""

    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    text: str = ""
    vague: bool = False
    relative: bool = False
    unit: str | None = None
    note: str | None = None


_TOKEN = re.compile(r"[0-9]+(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|[A-Za-z]+|[$€£%+\-–—:]|\S")
_MAX_CHARS = 100_000  # longer inputs are cut: a count is never that long


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int
    digit: bool


@dataclass(frozen=True, slots=True)
class _Num:
    value: float
    vague: bool = False
    fraction: bool = False
    approx: bool = False  # a round multiple ("two dozen")


def _tokenize(text: str) -> list[_Tok]:
    tokens = []
    for m in _TOKEN.finditer(text[:_MAX_CHARS]):
        word = m.group()
        tokens.append(_Tok(word, word.lower(), m.start(), m.end(), "0" <= word[0] <= "9"))
    return tokens


def _words(toks: list[_Tok], i: int, phrase: tuple[str, ...]) -> bool:
    return len(phrase) <= len(toks) - i and all(toks[i + k].low == w for k, w in enumerate(phrase))


def _longest(toks: list[_Tok], i: int, table: Mapping[tuple[str, ...], object]) -> tuple[str, ...] | None:
    """The longest phrase of ``table`` that starts at token ``i`` (tables are indexed by first word)."""
    if i >= len(toks):
        return None
    for phrase in _by_first_word(table).get(toks[i].low, ()):
        if _words(toks, i, phrase):
            return phrase
    return None


_INDEXES: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _by_first_word(table: Mapping[tuple[str, ...], object]) -> dict[str, list[tuple[str, ...]]]:
    index = _INDEXES.get(id(table))
    if index is None:
        index = {}
        for phrase in sorted(table, key=len, reverse=True):
            index.setdefault(phrase[0], []).append(phrase)
        _INDEXES[id(table)] = index
    return index


def _digits(toks: list[_Tok], i: int, text: str) -> tuple[_Num, int] | None:
    tok = toks[i]
    if not tok.digit or _stuck_to_word(tok, text):
        return None
    value = float(tok.text.replace(",", ""))
    j = i + 1
    if j < len(toks) and toks[j].low in SCALE_WORDS:
        value *= SCALE_WORDS[toks[j].low]
        j += 1
    elif j < len(toks) and toks[j].low == "dozen":
        return _Num(value * 12, approx=True), j + 1
    return _Num(value), j


def _stuck_to_word(tok: _Tok, text: str) -> bool:
    """Digits glued to letters are names, ordinals or times ("F-16", "18th", "M4", "10:30")."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    before2 = text[tok.start - 2] if tok.start > 1 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    after2 = text[tok.end + 1] if tok.end + 1 < len(text) else " "
    if before.isalpha() or after.isalpha() or before in ":/" or (after in ":/" and after2.isdigit()):
        return True
    return before == "-" and before2.isalpha()


def _word_number(toks: list[_Tok], i: int) -> tuple[_Num, int] | None:
    """ "twenty-three", "one hundred and five", "two thousand", "a hundred" (a/an count as one)."""
    total, current, j, seen = 0.0, 0.0, i, False
    while j < len(toks):
        w = toks[j].low
        if w in UNIT_WORDS:
            current += UNIT_WORDS[w]
        elif w in SCALE_WORDS and (seen or w != "hundred" or j == i):
            current = max(current, 1) * SCALE_WORDS[w]
            if w != "hundred":
                total, current = total + current, 0.0
        elif w in ("a", "an") and j == i and j + 1 < len(toks) and toks[j + 1].low in SCALE_WORDS:
            current = 1
        elif seen and w in ("-", "and") and j + 1 < len(toks) and toks[j + 1].low in UNIT_WORDS:
            j += 1
            continue
        else:
            break
        seen, j = True, j + 1
    if not seen or (j == i + 1 and toks[i].low in ("a", "an")):
        return None
    if j < len(toks) and toks[j].low == "dozen":  # "two dozen": 24, a round figure
        return _Num((total + current) * 12, approx=True), j + 1
    return _Num(total + current), j


def _vague(toks: list[_Tok], i: int) -> tuple[_Num, int] | None:
    multiplier = _longest(toks, i, MULTIPLIERS)
    if multiplier:
        j = i + len(multiplier)
        if j < len(toks) and (toks[j].low in SCALE_WORDS or toks[j].low in ("dozen", "dozens")):
            scale = 12 if toks[j].low.startswith("dozen") else SCALE_WORDS[toks[j].low]
            return _Num(float(MULTIPLIERS[multiplier] * scale), vague=True), j + 1
    if i < len(toks) and toks[i].low in PLURAL_SCALES:
        value, j = PLURAL_SCALES[toks[i].low], i + 1
        # "tens of thousands", "hundreds of thousands"
        if _words(toks, j, ("of",)) and j + 1 < len(toks) and toks[j + 1].low in ("thousands", "millions"):
            value, j = value * PLURAL_SCALES[toks[j + 1].low], j + 2
        return _Num(float(value), vague=True), j
    if _words(toks, i, ("tens", "of")) and i + 2 < len(toks) and toks[i + 2].low in ("thousands", "millions"):
        return _Num(10.0 * PLURAL_SCALES[toks[i + 2].low], vague=True), i + 3
    phrase = _longest(toks, i, VAGUE_COUNTS)
    if phrase:
        return _Num(float(VAGUE_COUNTS[phrase]), vague=True), i + len(phrase)
    return None


def _fraction(toks: list[_Tok], i: int) -> tuple[_Num, int] | None:
    """ "half", "a third", "two thirds", "one-third"."""
    if i < len(toks) and toks[i].low == "half":
        return _Num(0.5, fraction=True), i + 1
    head = toks[i].low if i < len(toks) else ""
    count = 1 if head in ("a", "one") else UNIT_WORDS.get(head)
    j = i + 1 + (1 if _words(toks, i + 1, ("-",)) else 0)
    if count and j < len(toks) and toks[j].low in FRACTIONS and toks[j].low != "half":
        return _Num(count * FRACTIONS[toks[j].low], fraction=True), j + 1
    return None


def _core(toks: list[_Tok], i: int, text: str) -> tuple[_Num, int, str | None] | None:
    """A number, with a currency sign before it if there is one."""
    unit = None
    if i < len(toks) and toks[i].text in CURRENCY_SIGNS:
        unit, i = CURRENCY_SIGNS[toks[i].text], i + 1
    if i >= len(toks):
        return None
    found = _digits(toks, i, text) or _fraction(toks, i) or _vague(toks, i) or _word_number(toks, i)
    if found is None:
        return None
    num, j = found
    if num.fraction:
        unit = unit or "fraction"
    return num, j, unit


def _scan(toks: list[_Tok], i: int, text: str) -> tuple[Count, int] | None:
    """The count that starts at token ``i``, and the index after it."""
    relative = _longest(toks, i, RELATIVE_PHRASES)
    if relative:
        end = toks[i + len(relative) - 1].end
        return Count(None, text=text[toks[i].start : end], relative=True, note=RELATIVE_PHRASES[relative]), i + len(
            relative
        )
    if _longest(toks, i, ZERO_PHRASES):
        n = 2 if toks[i].low == "no" else 1
        return Count(0.0, text=text[toks[i].start : toks[i + n - 1].end]), i + n
    qualifier = _longest(toks, i, QUALIFIERS)
    j = i + len(qualifier) if qualifier else i
    relative = _longest(toks, j, RELATIVE_PHRASES) if qualifier and QUALIFIERS[qualifier] == "approx" else None
    if relative:  # "roughly half that"
        k = j + len(relative)
        note = RELATIVE_PHRASES[relative]
        return Count(None, approximate=True, text=text[toks[i].start : toks[k - 1].end], relative=True, note=note), k
    core = _core(toks, j, text)
    if core is None:
        return None
    num, k, unit = core
    effect = QUALIFIERS[qualifier] if qualifier else None
    second, k = _range_end(toks, k, text, between=effect == "between")
    return _build(toks, i, k, text, num, second, effect, unit)


def _range_end(toks: list[_Tok], k: int, text: str, *, between: bool) -> tuple[_Num | None, int]:
    joiners = ("and", "to", "-", "–") if between else ("to", "-", "–", "or")
    if k < len(toks) and toks[k].low in joiners:
        if toks[k].low == "or" and _words(toks, k + 1, ("more",)):
            return None, k
        core = _core(toks, k + 1, text)
        if core is not None and not core[0].vague:
            return core[0], core[1]
    return None, k


def _build(
    toks: list[_Tok], i: int, k: int, text: str, num: _Num, second: _Num | None, effect: str | None, unit: str | None
) -> tuple[Count, int]:
    value: float | None = float(num.value)
    low = high = None
    approximate = num.vague or num.approx or effect in ("approx", "ceiling")
    if second is not None and second.value >= num.value:
        low, high = value, float(second.value)
    elif effect == "low":
        low = value
    elif effect == "ceiling":
        high = value
    elif effect == "below":
        value, high = None, value
    k, low, approximate, unit = _suffixes(toks, k, low, approximate, unit, num.value)
    count = Count(value, low, high, approximate, text[toks[i].start : toks[k - 1].end], vague=num.vague, unit=unit)
    return count, k


def _suffixes(
    toks: list[_Tok], k: int, low: float | None, approximate: bool, unit: str | None, value: float
) -> tuple[int, float | None, bool, str | None]:
    """ "or more", "+", "-plus", "or so", "%", "percent", "dollars" after a number."""
    if _words(toks, k, ("or", "more")):
        low, k = value, k + 2
    elif (k < len(toks) and toks[k].low == "+") or _words(toks, k, ("-", "plus")):
        low, k = value, k + (1 if toks[k].low == "+" else 2)
    elif _words(toks, k, ("or", "so")) or _words(toks, k, ("-", "odd")):
        approximate, k = True, k + 2
    if k < len(toks) and toks[k].low in ("%", "percent"):
        unit, k = "percent", k + 1
    elif _words(toks, k, ("per", "cent")):
        unit, k = "percent", k + 2
    elif k < len(toks) and toks[k].low in CURRENCY_WORDS:
        unit, k = CURRENCY_WORDS[toks[k].low], k + 1
    return k, low, approximate, unit


def _is_year_or_day(toks: list[_Tok], i: int, count: Count) -> bool:
    """A bare 4-digit 1800-2100 after a year cue or a month, or a day number beside a month."""
    tok = toks[i]
    if not tok.digit or count.value is None or "," in tok.text or count.low or count.high:
        return False
    prev = toks[i - 1].low if i > 0 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if len(tok.text) == 4 and 1800 <= count.value <= 2100:
        return prev in YEAR_CUES or prev in MONTH_WORDS or prev == "," or not nxt.isalpha() or nxt in MONTH_WORDS
    return count.value <= 31 and (prev in MONTH_WORDS or nxt in MONTH_WORDS)


def find_counts(text: str) -> list[tuple[int, int, Count]]:
    """Every count in ``text``, left to right, as ``(start, end, Count)`` with ``text[start:end] ==
    count.text``. Years and day numbers of dates are skipped. Never raises."""
    if not isinstance(text, str) or not text:
        return []
    toks = _tokenize(text)
    found: list[tuple[int, int, Count]] = []
    i = 0
    while i < len(toks):
        scanned = _scan(toks, i, text)
        if scanned is None or _is_year_or_day(toks, i, scanned[0]):
            i += 1
            continue
        count, j = scanned
        found.append((toks[i].start, toks[j - 1].end, count))
        i = j
    return found


def parse_count(text: str, *, errors: ErrorPolicy = "ignore") -> Count | None:
    """The first count in ``text`` ("at least 100 people" -> value 100, low 100).

    With ``errors="ignore"`` (the default) text without a count gives None and nothing raises;
    with ``errors="raise"`` it raises :class:`CountError`.
    """
    found = find_counts(text) if isinstance(text, str) else []
    if found:
        return found[0][2]
    if errors == "raise":
        raise CountError(f"no count found in {str(text)[:60]!r}: give digits or number words (e.g. '12', 'dozens')")
    return None
