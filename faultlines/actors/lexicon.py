"""The class of a common noun: a person, a group or institution, or a place.

The mention typer uses it to tell "the city" (a place) from "the regime" (a group) from "a local
physician" (a person) when no name is there to go by. The noun lists are data, in
:mod:`faultlines.lang.en.actors`; TITLE_WORDS and RELIGION_AND_ETHNICITY are imported from there
for faultlines.actors.mention_types, which still reads them here.
"""

from __future__ import annotations

from faultlines.lang.en.actors import GROUP_NOUNS, HUMAN_NOUNS, PLACE_NOUNS, RELIGION_AND_ETHNICITY, TITLE_WORDS

__all__ = ["RELIGION_AND_ETHNICITY", "TITLE_WORDS", "noun_class"]


def noun_class(lower: str) -> str | None:
    """ "human", "group", "place" or None for a lower-cased noun."""
    if lower in HUMAN_NOUNS:
        return "human"
    if lower in GROUP_NOUNS:
        return "group"
    if lower in PLACE_NOUNS:
        return "place"
    return None
