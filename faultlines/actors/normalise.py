"""Name normalisation shared by the knowledge base index and the linker.

Two spellings of one name should normalise to the same key: "Ahrar ash-Sham" and "Ahrar al
Sham", "Hay'at Tahrir al-Sham" and "Hayat Tahrir al-Sham", "the Islamic State" and "ISLAMIC
STATE". Normalisation never changes what an actor is called in the output; it only keys lookups.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from faultlines.lang.en.actors import ARTICLES

APOSTROPHES = "'’‘ʼʻ`´ʿʾ"

_APOSTROPHE_RE = re.compile(f"[{APOSTROPHES}]")
_SEPARATORS_RE = re.compile(r"[-‐‑–—/_.,:;()\[\]\"“”]+")
_SPACES_RE = re.compile(r"\s+")
_SLUG_RE = re.compile(r"[^a-z0-9]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)  # the stage asks for the same words and n-grams over and over
def normalise(name: str) -> str:
    """The lookup key of a name: lower case, no accents, apostrophes or hyphens, one article form.

    >>> normalise("Ahrar ash-Sham")
    'ahrar al sham'
    >>> normalise("the Islamic State’s")
    'islamic state'
    """
    text = strip_accents(name).casefold()
    text = re.sub(r"[’']s\b", "", text)  # a possessive is not part of the name
    text = _APOSTROPHE_RE.sub("", text)
    text = _SEPARATORS_RE.sub(" ", text)
    words = [("al" if w in ARTICLES else w) for w in _SPACES_RE.split(text.strip()) if w]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def first_key_word(text: str) -> str | None:
    """The first word of `normalise(text + " ...")` that `text`, a first token, decides; None when
    it decides nothing (an empty key or "the", which normalise drops). Lets a caller skip the
    n-grams starting at a token that no key of a table can start with."""
    words = normalise(text).split()
    return words[0] if words and words[0] != "the" else None


def compact(name: str) -> str:
    """A key without spaces, for acronyms written with dots ("U.S.", "U.N.")."""
    return normalise(name).replace(" ", "")


def slug(name: str) -> str:
    """An identifier made from a name: `new:islamic-association`."""
    return _SLUG_RE.sub("-", normalise(name)).strip("-") or "unnamed"


def is_acronym(token: str) -> bool:
    """Mostly capitals, short, no spaces: "ISIS", "YPG", "IRGC-QF", "PMUs"."""
    letters = [c for c in token if c.isalpha()]
    if not letters or len(token) > 10 or " " in token:
        return False
    return sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
