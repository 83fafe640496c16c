"""A name is a place only with evidence that it is one.

spaCy and the entity ruler tag names that look like places but, in their sentence, are not:

- a gun's make or calibre ("a BB gun", "a Winchester rifle"), a street's name ("East New York
  Street");
- a person's name: after a title ("Gov. Sam Brownback", "President Lincoln"), or a name that is
  no notable place's own, followed by a surname ("Sam DuBose"), or any name before a surname and
  an age ("India Barnes, 34,");
- an acronym that no place bears spelled so ("BB" is only Baden-Baden's "b+b" number plate);
- the head of an outlet's or organisation's name ("the Sacramento Bee", "the Syria Campaign"),
  which the geoparsing corpora count as a toponym (``inclusive``) but no event happened in.

:func:`not_a_place` says which of a document's spans to drop.
"""

from __future__ import annotations

from typing import Any

from faultlines.gazetteer.index import Gazetteer
from faultlines.gazetteer.normalise import name_key
from faultlines.lang.en.gazetteer import COMMON_WORDS, GEOGRAPHIC_WORDS, PERSONAL_TITLES, STREET_WORDS, WEAPON_NOUNS
from faultlines.lang.xx.gazetteer import FUNCTION_POS

_NOTABLE = 100_000  # a town this large is named as a place even before a capitalised word
_OFFICE_WORDS = 3  # "Foreign Minister", "Deputy Prime Minister"


def not_a_place(doc: Any, start: int, end: int, gazetteer: Gazetteer, *, inclusive: bool = False) -> bool:
    """Whether the words at ``doc.text[start:end]`` name something other than a place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return (
        (len(span) == 1 and span[0].pos_ in FUNCTION_POS)  # "Of" tagged as Of, Turkey
        or _weapon_make(span)
        or _street_name(span)
        or _aged_person(span)
        or _unspelled_acronym(span.text, gazetteer)
        or _person(span, gazetteer)
        or (not inclusive and _heads_a_name(span, gazetteer))
    )


def _weapon_make(span: Any) -> bool:
    """ "a BB gun": the name qualifies a weapon noun."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.lower_ in WEAPON_NOUNS and span[-1].dep_ in ("compound", "nmod", "amod")


def _street_name(span: Any) -> bool:
    """ "the 4100 block of East New York Street": the name of a street, not of its namesake."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.text[:1].isupper() and after.lower_.rstrip(".") in STREET_WORDS


def _aged_person(span: Any) -> bool:
    """ "India Barnes, 34,": a first name, whatever place bears it, before a surname and an age."""
    doc, end = span.doc, span.end
    if len(span) != 1 or end + 2 >= len(doc):
        return False
    surname, comma, age = doc[end], doc[end + 1], doc[end + 2]
    return surname.pos_ == "PROPN" and surname.is_title and comma.text == "," and age.like_num and age.is_digit


def _unspelled_acronym(text: str, gazetteer: Gazetteer) -> bool:
    """An all-capital short word is a place only when a place bears it spelled so ("US", "UK",
    "DRC", "NY"); the gazetteer's loose keys would match any number plate or code."""
    letters = text.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) <= 4):
        return False
    return not any(
        name.replace(".", "") == letters
        for row, how in gazetteer.candidates(text)
        if how in ("main", "exact")
        for name in gazetteer.table.names[row]
    )


def _person(span: Any, gazetteer: Gazetteer) -> bool:
    doc = span.doc
    if name_key(span.text) in gazetteer.table.adjectives:  # "Russian President Vladimir Putin"
        return False
    if len(span) > 1 and _title(span[0]):  # "Ms Raggi", "King Bach" tagged as one place
        return not _known_together(span.text, gazetteer)
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and _title(before):
        return not _known_together(doc[span.start - 1 : span.end].text, gazetteer)
    after = doc[span.end] if span.end < len(doc) else None
    surname = (
        after is not None
        and len(span) == 1
        and after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and not after.is_upper  # "Sam DuBose", not an acronym
        and after.ent_type_ in ("", "PERSON")
        and after.lower_ not in GEOGRAPHIC_WORDS
        and after.lower_ not in COMMON_WORDS
    )
    return (
        surname and not _office_follows(span) and not span.text.isupper() and not notable_own_name(span.text, gazetteer)
    )


def _title(token: Any) -> bool:
    return token.text[:1].isupper() and token.lower_.rstrip(".") in PERSONAL_TITLES


def _office_follows(span: Any) -> bool:
    """ "Montreal Mayor Denis Coderre", "Kenya Foreign Minister ...": the place names the office,
    not a person."""
    doc = span.doc
    for token in doc[span.end : span.end + _OFFICE_WORDS]:
        if not token.text[:1].isupper():
            return False
        if token.lower_.rstrip(".") in PERSONAL_TITLES:
            return True
    return False


def _heads_a_name(span: Any, gazetteer: Gazetteer) -> bool:
    """ "the Sacramento Bee reported": after "the", a place followed by a capitalised word that
    does not continue a place's name heads an organisation's or outlet's name."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the" or span.end >= len(doc):
        return False
    after = doc[span.end]
    return (
        after.is_title
        and after.pos_ == "PROPN"
        and after.lower_ not in GEOGRAPHIC_WORDS
        and after.ent_type_ in ("", "ORG", "PERSON")
        and after.lower_ != "police"  # a police force acts where it is named after
        and not _office_follows(span)  # "the US Energy Secretary"
        and not _known_together(doc[span.start : span.end + 1].text, gazetteer)
    )


def _known_together(text: str, gazetteer: Gazetteer) -> bool:
    return any(how in ("main", "exact") for _, how in gazetteer.candidates(text))


def notable_own_name(text: str, gazetteer: Gazetteer, *, population: int = _NOTABLE, spelled: bool = False) -> bool:
    """A country, a division, a region, one of the project's entries, or a town of at least
    ``population`` under its own name ("Georgia", "Aleppo"). ``spelled``: its main name too must be
    written as the gazetteer writes it (in capitals "Mass" is not "Mass.", "US" not "Us")."""
    if name_key(text) in COMMON_WORDS:
        return False
    for row, how in gazetteer.candidates(text):
        if how not in ("main", "exact") or ((how == "exact" or spelled) and text not in gazetteer.table.names[row]):
            continue
        entry = gazetteer.entry(row)
        if entry.is_country or entry.is_area or entry.geonameid is None:
            return True
        # A town by another of its names ("Sam", Damascus in Turkish) is no evidence.
        if how == "main" and entry.population >= population:
            return True
    return False
