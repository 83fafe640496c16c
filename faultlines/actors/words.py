"""The adjective of a nationality for a faction label ("Syrians" -> "Syrian").

The English words the actor rules read (member nouns, ranks, origins, roles, descriptions) are
data, in :mod:`faultlines.lang.en.actors`; the names below are imported from there for the
modules outside faultlines.actors that still read them here.
"""

from __future__ import annotations

from faultlines.actors.countries import DEMONYMS

__all__ = ["nationality_adjective"]

# Nationality nouns and adjectives -> the adjective used in a faction label ("Syrians" -> "Syrian").
_ADJECTIVE_OF_COUNTRY: dict[str, str] = {}
for _word, _code in DEMONYMS.items():
    if not _word.endswith("s"):
        _ADJECTIVE_OF_COUNTRY.setdefault(_code, _word)


def nationality_adjective(word: str) -> str | None:
    code = DEMONYMS.get(word.lower())
    adjective = _ADJECTIVE_OF_COUNTRY.get(code) if code else None
    return adjective[:1].upper() + adjective[1:] if adjective else None
