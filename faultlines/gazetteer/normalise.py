"""Place-name keys: the exact key (case, diacritics and punctuation folded) and a looser
transliteration key for Arabic and other romanised names.

News spells the same Syrian town "Deir ez-Zor", "Deir Ezzor" and "Dayr az Zawr"; GeoNames holds
one or two of these. :func:`name_key` makes "Al-Bāb" and "al Bab" equal; :func:`translit_key`
also drops articles and vowels so that "Deir Ezzor" meets "Dayr az Zawr" and "Hatimlat" meets
"Hatmilat". The loose key is only a fallback: callers check the candidates it brings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from faultlines.lang.xx.gazetteer import ARABIC_ARTICLES, LETTER_FOLDS, TRANSLITERATIONS

_DROP = re.compile(r"[\u0300-\u036f'’‘`´ʿʾʼʻ\"“”]")  # combining marks, apostrophes, ayn/hamza signs
_DOTS = re.compile(r"(?<=\w)\.(?=\w|\s|$)")  # "U.S." -> "US", "St. Louis" -> "St Louis"
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/,;:()\[\]]+")
_NON_WORD = re.compile(r"[^\w ]")

_VOWELS = re.compile(r"[aeiouyw]+")
_FINAL_H = re.compile(r"(?<=[aeiouy])h\b")
_DOUBLE = re.compile(r"(\w)\1+")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The exact lookup key: lower case, no diacritics, no punctuation, single spaces."""
    text = unicodedata.normalize("NFKD", name.translate(LETTER_FOLDS))
    text = _DROP.sub("", text)
    text = _DOTS.sub("", text)
    text = _SEPARATORS.sub(" ", text).casefold()
    text = _NON_WORD.sub("", text)
    return " ".join(text.split())


def strip_articles(key: str) -> str:
    """``name_key`` without Arabic articles: "ar raqqah" -> "raqqah", "deir ez zor" -> "deir zor"."""
    words = [w for w in key.split() if w not in ARABIC_ARTICLES]
    return " ".join(words) if words else key


@lru_cache(maxsize=200_000)
def translit_key(name: str) -> str:
    """A loose key for romanised names: no articles, folded digraphs, no doubled letters, and
    no vowels when enough consonants are left to be distinctive.

    "Deir ez-Zor" and "Dayr az Zawr" both give "dr sr"; "Hatimlat" and "Hatmilat" give "htmlt";
    "Raqqa" and "Ar Raqqah" give "raka". Returns "" for names too short to compare loosely.
    """
    key = strip_articles(name_key(name))
    key = _FINAL_H.sub("", key)
    for old, new in TRANSLITERATIONS:
        key = key.replace(old, new)
    key = _DOUBLE.sub(r"\1", key)
    skeleton = " ".join(w for w in (_VOWELS.sub("", w) or w[:1] for w in key.split()) if w)
    skeleton = _DOUBLE.sub(r"\1", skeleton)
    if len(skeleton.replace(" ", "")) >= 4:
        return skeleton
    return key if len(key.replace(" ", "")) >= 4 else ""


_MARKS = re.compile(r"[\u0300-\u036f'’‘`´ʿʾʼʻ]")


def ascii_fold(name: str) -> str:
    """The name as English news prints it: no diacritics or ayn/hamza signs, case kept
    ("Tall Abyaḑ" -> "Tall Abyad", "‘Ayn al ‘Arab" -> "Ayn al Arab")."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", name.translate(LETTER_FOLDS)))


def is_latin(name: str) -> bool:
    """True when a name is written in Latin letters (English news never uses the others)."""
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF or 0x2018 <= ord(ch) <= 0x201F for ch in name)
