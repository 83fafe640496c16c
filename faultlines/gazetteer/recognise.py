"""Toponym recognition: where a parsed document names places.

spaCy's GPE, LOC and FAC entities (the entity ruler, fed by :meth:`Gazetteer.ruler_patterns`,
already fixes most Middle East names), plus what spaCy misses or mislabels:

- one sense per document: a name tagged as a place once is a place wherever else it stands
  alone ("Edmonton" tagged PERSON in one sentence and GPE in another);
- an entity of another label, or capitalised words outside any entity, whose whole text is a
  well-known place; a place at the head of an organisation's name ("the Winnipeg Free Press").

Common words ("March", "Tall", "At") are never taken from the gazetteer alone, and a ruler match
followed by a surname ("Georgia Stevens") is a person.
"""

from __future__ import annotations

from typing import Any

from faultlines.gazetteer.index import COMMON_WORDS, Gazetteer
from faultlines.gazetteer.normalise import name_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_RELABEL = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT", "LAW", "PERSON", "DATE"})
_MAX_TOKENS = 4
_NOTABLE_POPULATION = 50_000
_BIG_POPULATION = 100_000
# Words that make a place the head of an organisation's name ("Washington Post", "Kentucky State
# Police"): the ruler tags the place, but the text names the organisation.
_ORG_WORDS = frozenset(
    """
    post times herald journal tribune gazette chronicle star daily news press police state
    university college department ministry government council institute center centre hospital
    airport club fc united rangers city army forces guard party court bank company corporation
    """.split()
)


def toponym_spans(doc: Any, gazetteer: Gazetteer, *, inclusive: bool = False) -> list[tuple[int, int]]:
    """Character spans of the place names in a spaCy ``Doc``, in text order.

    ``inclusive`` follows the annotation of geoparsing corpora such as TR-News and LGL: it also
    takes country and continent adjectives ("Turkish", "European") and the place that heads an
    organisation's name ("the Winnipeg Free Press"), which an event's place never is.
    """
    taken = [False] * len(doc)
    spans = _entity_places(doc, gazetteer, inclusive)
    seen = {key for key in (name_key(doc.text[s:e]) for s, e in spans) if _known(gazetteer, key)}
    spans += _relabelled(doc, gazetteer, seen, inclusive)
    for s, e in spans:
        for token in doc.char_span(s, e, alignment_mode="expand") or ():
            taken[token.i] = True
    spans += _gazetteer_matches(doc, gazetteer, taken, seen)
    return sorted(set(spans))


def _entity_places(doc: Any, gazetteer: Gazetteer, inclusive: bool) -> list[tuple[int, int]]:
    # A name that is once a first name ("Georgia Stevens") is the same person elsewhere.
    people = {ent.text for ent in doc.ents if ent.ent_id_ == "place" and _person_follows(ent)}
    out = []
    for ent in doc.ents:
        span = _trim(ent)
        if span is None:
            continue
        if ent.label_ in PLACE_LABELS:
            keep = ent.label_ != "FAC" or bool(gazetteer.candidates(span.text))
            keep = keep and not (ent.ent_id_ == "place" and ent.text in people)
            keep = keep and (inclusive or not _heads_organisation(ent))
        else:
            keep = ent.label_ == "NORP" and inclusive and name_key(span.text) in gazetteer.table.adjectives
        if keep:
            out.append((span.start_char, span.end_char))
    return out


def _relabelled(doc: Any, gazetteer: Gazetteer, seen: set[str], heads: bool) -> list[tuple[int, int]]:
    """Places spaCy gave another label: the whole entity, or the place that heads it."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in _RELABEL:
            continue
        span = _trim(ent)
        if span is None:
            continue
        if name_key(span.text) in seen or (ent.label_ != "PERSON" and _notable(gazetteer, span.text)):
            out.append((span.start_char, span.end_char))
        elif heads and ent.label_ == "ORG" and len(span) > 1:
            head = _head_place(span, gazetteer, seen)
            if head is not None:
                out.append(head)
    return out


def _head_place(span: Any, gazetteer: Gazetteer, seen: set[str]) -> tuple[int, int] | None:
    for size in range(min(_MAX_TOKENS, len(span) - 1), 0, -1):
        head = span[:size]
        if name_key(head.text) in seen or _notable(gazetteer, head.text, population=_BIG_POPULATION):
            return head.start_char, head.end_char
    return None


def _known(gazetteer: Gazetteer, key: str) -> bool:
    """A name the gazetteer holds under its own spelling: spaCy's place tag on a word the
    gazetteer never heard of is not spread to its other mentions."""
    return key not in COMMON_WORDS and any(how in ("main", "exact") for _, how in gazetteer.candidates(key))


def _trim(ent: Any) -> Any:
    """The entity without a leading "the" and a trailing possessive."""
    start, end = ent.start, ent.end
    if end - start > 1 and ent.doc[start].lower_ == "the":
        start += 1
    if end - start > 1 and ent.doc[end - 1].text in ("'s", "’s", "'"):
        end -= 1
    return ent.doc[start:end] if end > start else None


def _heads_organisation(ent: Any) -> bool:
    if ent.ent_id_ != "place" or ent.end >= len(ent.doc):
        return False
    nxt = ent.doc[ent.end]
    return nxt.text[:1].isupper() and nxt.lower_ in _ORG_WORDS


def _person_follows(ent: Any) -> bool:
    """ "Georgia Stevens": a ruler match followed by a capitalised name is a person's first name."""
    if ent.end >= len(ent.doc) or len(ent) > 1:
        return False
    return ent.doc[ent.end].ent_type_ == "PERSON"


def _notable(gazetteer: Gazetteer, text: str, *, population: int = _NOTABLE_POPULATION) -> bool:
    """A name that, in capitals, nearly always means a place: a country, a division, a region,
    one of the project's entries, or a large town under its own name."""
    if name_key(text) in COMMON_WORDS:
        return False
    for row, how in gazetteer.candidates(text):
        # Spelled exactly as the gazetteer spells it: "Mass" is not "Mass.", "US" not "Us".
        if how not in ("main", "exact") or text not in gazetteer.table.names[row]:
            continue
        entry = gazetteer.entry(row)
        if entry.is_country or entry.is_area or entry.geonameid is None:
            return True
        if how == "main" and entry.population >= population:
            return True
    return False


def _gazetteer_matches(doc: Any, gazetteer: Gazetteer, taken: list[bool], seen: set[str]) -> list[tuple[int, int]]:
    """Longest runs of capitalised proper nouns outside entities that name a notable place."""
    out = []
    i = 0
    while i < len(doc):
        if taken[i] or not _capitalised(doc[i]):
            i += 1
            continue
        for size in range(min(_MAX_TOKENS, len(doc) - i), 0, -1):
            if any(taken[j] or not _capitalised(doc[j]) for j in range(i, i + size)):
                continue
            words = doc[i : i + size]
            # A capital that grammar put at the head of a sentence needs a better-known place.
            population = _BIG_POPULATION if size == 1 and doc[i].is_sent_start else _NOTABLE_POPULATION
            if name_key(words.text) in seen or _notable(gazetteer, words.text, population=population):
                out.append((words.start_char, words.end_char))
                i += size - 1
                break
        i += 1
    return out


def _capitalised(token: Any) -> bool:
    return token.text[:1].isupper() and token.pos_ == "PROPN" and not token.ent_type_
