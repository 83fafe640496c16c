"""Proper names of victims, and when two of them name the same person.

A victim argument is often a description ("14 of its own members", "civilians"); only a name
identifies an incident across reports. A name here is two or more capitalised words with no
digits, each with a vowel, titles and ranks dropped ("Officer Thomas Cottrell" -> "thomas
cottrell"); words that name institutions ("County", "Police") rule a span out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from faultlines.across.text import word_set

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*\.?")
_TITLES = word_set(
    "mr mrs ms miss dr officer sgt sergeant cpl corporal lt lieutenant capt captain col colonel gen "
    "general maj major commander deputy sheriff trooper detective pvt private rev sheikh imam emir jr sr "
)
_NOT_NAMES = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december the a an his her their its of and in at on "
    "county police department office news city state university school hospital court church street "
)
_VOWEL = re.compile(r"[aeiouy]", re.I)


def person_name(text: str) -> str | None:
    """The normalised name in ``text`` (lower-case words, titles dropped), or None."""
    if any(ch.isdigit() for ch in text):
        return None
    words = [w.rstrip(".").removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text)]
    words = [w for w in words if w.lower() not in _TITLES]
    if not all(_VOWEL.search(w) for w in words):
        return None
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return None
    if any(w.lower() in _NOT_NAMES for w in words):
        return None
    return " ".join(w.lower() for w in words)


def same_person(a: str, b: str) -> bool:
    """Same surname, and one name's words all found in the other ("syed farook" ~ "syed rizwan farook")."""
    wa, wb = a.split(), b.split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return set(short) <= set(long_)


def shared_names(a: Iterable[str], b: Iterable[str]) -> list[str]:
    """The names of ``a`` that name someone in ``b``."""
    others = list(b)
    return sorted({x for x in a if any(same_person(x, y) for y in others)})
