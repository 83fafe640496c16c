"""Toponym recognition: where a parsed document names places.

spaCy's GPE, LOC and FAC entities (the entity ruler, fed by :meth:`Gazetteer.ruler_patterns`,
already fixes most Middle East names), plus what spaCy misses or mislabels:

- one sense per document: a name tagged as a place once is a place wherever else it stands
  alone ("Edmonton" tagged PERSON in one sentence and GPE in another);
- an entity of another label, or capitalised words outside any entity, whose whole text is a
  well-known place; a place at the head of an organisation's name ("the Winnipeg Free Press");
- a place cut short by the entity ruler ("Jersey" in "Jersey City", "Colorado" in "Colorado
  Springs"), taken whole when the gazetteer knows the longer name as a town;
- a town of any size named where the words say it is one: right before its division or country
  ("Douds, Iowa", "Dudley, NC"), the gazetteer holding a town of that name inside it, or after
  "the town of", "the suburb of" ...

Common words ("March", "Tall", "At") are never taken from the gazetteer alone, and a ruler match
followed by a surname ("Georgia Stevens") is a person.
"""

from __future__ import annotations

from typing import Any

from faultlines.gazetteer.counties import county_states
from faultlines.gazetteer.evidence import not_a_place, notable_own_name
from faultlines.gazetteer.index import Gazetteer
from faultlines.gazetteer.normalise import name_key
from faultlines.gazetteer.relative import split_direction
from faultlines.lang.en.gazetteer import (
    COMMON_WORDS,
    COUNTY_WORDS,
    FEATURE_WORDS,
    FORCE_NOUNS,
    GLUED_CAPITALS,
    HEADLINE_SEPARATORS,
    NAME_ARTICLES,
    ORG_WORDS,
    RELABELLED_LABELS,
    STATE_BODY_LABELS,
    TOWN_ADJECTIVES,
    TOWN_NOUNS,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAX_TOKENS = 4
_OPEN = frozenset({"", "GPE", "LOC"})  # entity types of words a ruler match may run on into
_NOTABLE_POPULATION = 50_000
_SMALL_TOWN = 20_000
_BIG_POPULATION = 100_000


def toponym_spans(doc: Any, gazetteer: Gazetteer, *, inclusive: bool = False) -> list[tuple[int, int]]:
    """Character spans of the place names in a spaCy ``Doc``, in text order.

    ``inclusive`` follows the annotation of geoparsing corpora such as TR-News and LGL: it also
    takes country and continent adjectives ("Turkish", "European") and the place that heads an
    organisation's name ("the Winnipeg Free Press"), which an event's place never is.
    """
    text = doc.text  # spaCy rebuilds it from the tokens on every access: read it once
    taken = [False] * len(doc)
    spans = _entity_places(doc, gazetteer, inclusive)
    seen = {key for key in (name_key(text[s:e]) for s, e in spans) if _known(gazetteer, key)}
    spans += _relabelled(doc, gazetteer, seen, inclusive)
    for s, e in spans:
        for token in doc.char_span(s, e, alignment_mode="expand") or ():
            taken[token.i] = True
    spans += _gazetteer_matches(doc, gazetteer, taken, seen)
    for s, e in spans:
        for token in doc.char_span(s, e, alignment_mode="expand") or ():
            taken[token.i] = True
    spans += _cued_towns(doc, gazetteer, taken, spans)
    glued = _glued_datelines(doc, gazetteer, spans)
    # The headline word the city is glued to is no part of it ("shootingDUNCANNON").
    spans = [(s, e) for s, e in spans if not any(s < gs < e for gs, _ in glued)] + glued
    # A surname once is a surname wherever it stands alone ("Maria Rivera" ... "Rivera said").
    surnames = _surnames(doc) | {text[s:e] for s, e in spans if _after_name(doc, s, e, spans)}
    # ... but a country after a capitalised word ("Environment Canada") is no surname elsewhere
    # (towns and divisions are: "Maria Rivera", "Maria Lopez Santiago").
    surnames = {name for name in surnames if not _country_named(gazetteer, name)}
    return sorted(
        {
            (s, e)
            for s, e in spans
            if text[s:e] not in surnames and not not_a_place(doc, s, e, gazetteer, inclusive=inclusive)
        }
    )


def corpus_extras(doc: Any, gazetteer: Gazetteer, *, adjectives: bool = True) -> list[tuple[int, int]]:
    """What geoparsing corpora count as toponyms beyond the product's places: the place heading
    an organisation's name ("the Winnipeg Free Press"), and with ``adjectives`` (TR-News, LGL)
    country and continent adjectives ("Turkish")."""
    own = set(toponym_spans(doc, gazetteer))
    text = doc.text
    return [
        (s, e)
        for s, e in toponym_spans(doc, gazetteer, inclusive=True)
        if (s, e) not in own
        and (adjectives or name_key(text[s:e]) not in gazetteer.table.adjectives)
        and not _people(doc, s, e)
    ]


def _people(doc: Any, start: int, end: int) -> bool:
    """ "Americans", "Cubans": a nationality's people, which the corpora do not annotate."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].tag_ in ("NNPS", "NNS")


def _country_named(gazetteer: Gazetteer, text: str) -> bool:
    return any(
        how in ("main", "exact") and gazetteer.table.fcode[row].startswith("PCL")
        for row, how in gazetteer.candidates(text)
    )


def _surnames(doc: Any) -> set[str]:
    """Last words of the people a document names in full: "Santiago" after "Calvin Jermaine
    Santiago" is the same person, however well-known the town of that name."""
    return {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title}


def _after_name(doc: Any, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """A one-word place right after a given name is a surname ("Maria Rivera", "Rahm Emanuel")."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or span.start == 0:
        return False
    prev = doc[span.start - 1]
    named = prev.pos_ == "PROPN" and prev.is_title and _titled(prev) and prev.ent_type_ in ("", "PERSON", "ORG")
    directed = split_direction(f"{prev.text} {span.text}")[0] is not None  # "Southwest Philadelphia"
    return named and not directed and not any(s <= prev.idx < e for s, e in spans)


def _extended(span: Any, gazetteer: Gazetteer) -> Any:
    """A ruler match with the capitalised words before it ("Ar Raqqa", "Lake Chad") or after it
    ("Jersey City"), when together they name a place."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text.rstrip(".") in FEATURE_WORDS:
        # "Lake Chad", "Mount Sinjar": a natural feature named after the place, not the place.
        return doc[span.start - 1 : span.end]
    for size in (2, 1):
        first = span.start - size
        if first < 0 or not all(_titled(t) and t.ent_type_ in _OPEN for t in doc[first : span.start]):
            continue
        if _named_as_is(gazetteer, doc[first : span.end].text):
            span = doc[first : span.end]
            break
    for size in (2, 1):
        stop = span.end + size
        if stop > len(doc) or not all(_titled(t) and t.ent_type_ in _OPEN for t in doc[span.end : stop]):
            continue
        if _town_named(gazetteer, doc[span.start : stop].text) is not None:
            return doc[span.start : stop]
    county = doc[span.start : span.end + 1] if span.end < len(doc) else None
    if county is not None and county[-1].text in COUNTY_WORDS and county_states(county.text):
        return county  # "Delaware County": the county, not the state
    return span


def _name_goes_on(span: Any) -> Any:
    """The longer name when an Arabic article and a capitalised word follow the span ("Bab" in
    "Bab al-Hawa", "Ras al Ain"), else None. Only "al" and "el" may stand apart: "as", "at" and
    "an" are English words unless joined ("at-Tanf")."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ not in NAME_ARTICLES:
        return None
    k = end + 1
    if doc[k].text == "-" and not doc[end].whitespace_:
        k += 1
    elif doc[end].lower_ not in ("al", "el"):
        return None
    return doc[span.start : k + 1] if k < len(doc) and doc[k].text[:1].isupper() else None


def _named_as_is(gazetteer: Gazetteer, text: str) -> bool:
    """A place (of any kind) bears this name as its own or as one of its other names."""
    return name_key(text) not in COMMON_WORDS and any(how in ("main", "exact") for _, how in gazetteer.candidates(text))


def _titled(token: Any) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.lower_ not in COMMON_WORDS - {"city"}


def _town_named(gazetteer: Gazetteer, text: str, region: Any = None) -> int | None:
    """The largest populated place the gazetteer knows under ``text`` (inside ``region`` when
    given: a (country, admin1) pair, admin1 "" for a whole country)."""
    if name_key(text) in COMMON_WORDS:
        return None
    t = gazetteer.table
    rows = [
        row
        for row, how in gazetteer.candidates(text)
        if how in ("main", "exact")
        and t.fcode[row].startswith("PPL")
        and (region is None or (t.country[row] == region[0] and region[1] in ("", t.admin1[row])))
    ]
    return max(rows, key=lambda row: t.population[row], default=None)


def _cued_towns(
    doc: Any, gazetteer: Gazetteer, taken: list[bool], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Towns of any size that the words around them mark as places: "Douds, Iowa" (a town of
    that division) and "the suburb of Holladay"."""
    out = []
    regions = _regions(doc.text, spans, gazetteer)
    for token in doc:
        if taken[token.i] or not _titled(token) or (token.i > 0 and _titled(doc[token.i - 1])):
            continue
        stop = token.i
        while stop < len(doc) and stop - token.i < _MAX_TOKENS and _titled(doc[stop]) and not taken[stop]:
            stop += 1
        after = doc[stop] if stop < len(doc) else None
        region = (
            regions.get(after.nbor().idx) if after is not None and after.text == "," and stop + 1 < len(doc) else None
        )
        first = None
        if region is not None:  # the town is the run, or its last words ("Alternate Dudley, NC")
            towns = (i for i in range(token.i, stop) if _town_named(gazetteer, doc[i:stop].text, region) is not None)
            first = next(towns, None)
        elif (population := _cued(doc, token.i, stop)) is not None:
            row = _town_named(gazetteer, doc[token.i : stop].text)
            first = token.i if row is not None and gazetteer.table.population[row] >= population else None
        if first is not None:
            out.append((doc[first].idx, doc[stop - 1].idx + len(doc[stop - 1])))
    return out


def _regions(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> dict[int, tuple[str, str]]:
    """(country, admin1) of each span that names a first-level division or a country, by start."""
    regions = {}
    for s, e in spans:
        region = _region_named(gazetteer, text[s:e])
        if region is not None:
            regions[s] = region
    return regions


def _glued_datelines(doc: Any, gazetteer: Gazetteer, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A dateline's city glued to the headline before it, where scraping lost the line break
    ("... eviction shootingDUNCANNON, Pa. (WHTM) –", "| Fox 59INDIANAPOLIS, Ind."): the capitals
    are a town when the division after them holds a town of that name, and the headline's last
    word stays a place when it names one ("... blasts in AfghanistanKANDAHAR, Afghanistan")."""
    regions = _regions(doc.text, spans, gazetteer)
    out = []
    for token in doc:
        glued = GLUED_CAPITALS.search(token.text)
        if glued is None:
            continue
        stop = token.i + 1
        while stop < len(doc) and doc[stop].is_alpha and doc[stop].is_upper and stop - token.i < _MAX_TOKENS:
            stop += 1  # "12NEW YORK CITY, N.Y."
        comma = doc[stop] if stop < len(doc) else None
        if comma is None or comma.text != "," or stop + 1 >= len(doc):
            continue
        region = regions.get(doc[stop + 1].idx)
        start, end = token.idx + glued.start(), comma.idx
        if region is not None and _town_named(gazetteer, doc.text[start:end].title(), region) is not None:
            out.append((start, end))
            head = token.text[: glued.start()]  # the headline's last word: "... in AfghanistanKANDAHAR"
            if head.isalpha() and head.istitle() and _notable(gazetteer, head):
                out.append((token.idx, start))
    return out


def _cued(doc: Any, start: int, stop: int) -> int | None:
    """The population a town named at ``doc[start:stop]`` needs, when the words mark it as a
    place: "the suburb of X" (any); "in X" closing a clause ("shot in Reseda, police said"),
    any when the parser tagged nothing there or glued it into a longer entity ("Cadillac Drive
    in Ceres"), a real town's when it took the name for an organisation or a person ("in
    Congress", "in Harvard"); None when nothing marks it."""
    before = doc[start - 1].lower_ if start else ""
    if before == "of":
        return 0 if start >= 2 and doc[start - 2].lower_ in TOWN_NOUNS else None
    if before in TOWN_ADJECTIVES:  # "in south suburban Riverdale"
        return 0
    after = doc[stop] if stop < len(doc) else None
    closes = after is None or after.is_punct or after.is_space or after.text in HEADLINE_SEPARATORS
    closes = closes or after.lower_ in ("on", "at", "in", "and", "after", "before")
    first = doc[start]
    if before != "in" or not closes or first.ent_type_ not in ("", "ORG", "PERSON"):
        return None
    whole = first.ent_type_ and first.ent_iob_ == "B" and (stop == len(doc) or doc[stop].ent_iob_ != "I")
    return _SMALL_TOWN if whole else 0


def _region_named(gazetteer: Gazetteer, text: str) -> tuple[str, str] | None:
    """(country, admin1) of a first-level division or country spelled as ``text`` (one that
    bears it spelled so first: "Ind." is Indiana's, not India's "IND")."""
    candidates = sorted(gazetteer.candidates(text), key=lambda c: text not in gazetteer.table.names[c[0]])
    for row, how in candidates:
        fcode = gazetteer.table.fcode[row]
        if how in ("main", "exact") and (fcode == "ADM1" or fcode.startswith("PCL")):
            return gazetteer.table.country[row], gazetteer.table.admin1[row] if fcode == "ADM1" else ""
    return None


def _entity_places(doc: Any, gazetteer: Gazetteer, inclusive: bool) -> list[tuple[int, int]]:
    # A name that is once a first name ("Georgia Stevens") is the same person elsewhere.
    people = {ent.text for ent in doc.ents if ent.ent_id_ == "place" and _person_follows(ent)}
    out = []
    for ent in doc.ents:
        span = _trim(ent)
        if span is None:
            continue
        if ent.label_ in PLACE_LABELS:
            span = _extended(span, gazetteer)
            longer = _name_goes_on(span)
            if longer is not None:  # "Bab al-Hawa": the name of another place, or none the index knows
                if not _named_as_is(gazetteer, longer.text):
                    continue
                span = longer
            keep = ent.label_ != "FAC" or bool(gazetteer.candidates(span.text))
            keep = keep and not (ent.ent_id_ == "place" and ent.text in people)
            keep = keep and (inclusive or not _heads_organisation(ent, span.end))
        else:
            keep = ent.label_ == "NORP" and inclusive and name_key(span.text) in gazetteer.table.adjectives
        if keep:
            out.append((span.start_char, span.end_char))
    return out


def _relabelled(doc: Any, gazetteer: Gazetteer, seen: set[str], heads: bool) -> list[tuple[int, int]]:
    """Places spaCy gave another label: the whole entity, or the place that heads it."""
    out = []
    for ent in doc.ents:
        span = _trim(ent)
        if span is not None and heads and ent.label_ in STATE_BODY_LABELS and _state_adjective(span, gazetteer):
            out.append((span[0].idx, span[0].idx + len(span[0])))
            continue
        if ent.label_ not in RELABELLED_LABELS or span is None:
            continue
        if (
            name_key(span.text) in seen
            or (ent.label_ != "PERSON" and _notable(gazetteer, span.text))
            or (
                ent.label_ == "PERSON"
                and _placelike(span)
                and _notable(gazetteer, span.text, population=_BIG_POPULATION)
            )
        ):
            out.append((span.start_char, span.end_char))
        elif ent.label_ == "ORG" and len(span) > 1:
            head = _head_place(span, gazetteer, seen)
            police = head is not None and _police_after(doc, head[1])
            if head is not None and (heads or police):
                out.append(head)
    return out


def _state_adjective(span: Any, gazetteer: Gazetteer) -> bool:
    """ "the Syrian government", "Turkish Embassy": a country's adjective before one of the
    state's bodies names the country, as the corpora that annotate adjectives count it (not
    "French thriller", "Italian politics")."""
    row = gazetteer.table.adjectives.get(name_key(span[0].text))
    if len(span) < 2 or row is None or not gazetteer.table.fcode[row].startswith("PCL"):
        return False
    return span[1].lower_ in FORCE_NOUNS


def _police_after(doc: Any, end: int) -> bool:
    """ "Chicago Police Department": the place heads a police force's name."""
    span = doc.char_span(end, min(end + 8, doc[-1].idx + len(doc[-1].text_with_ws)), alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].lower_ == "police"


def _placelike(span: Any) -> bool:
    """A one-word "person" used as places are: before a noun ("Wilmington double shooting",
    "Augusta man") or after "in", "near", "outside"."""
    if len(span) != 1:
        return False
    token = span[0]
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "near", "outside")


def _head_place(span: Any, gazetteer: Gazetteer, seen: set[str]) -> tuple[int, int] | None:
    """The place an organisation's name starts with: a known or notable place, or a US county
    ("the Metcalfe County Sheriff's Office")."""
    for size in range(min(_MAX_TOKENS, len(span) - 1), 0, -1):
        head = span[:size]
        if name_key(head.text) in seen or _notable(gazetteer, head.text, population=_BIG_POPULATION):
            return head.start_char, head.end_char
        if size > 1 and all(t.is_title for t in head) and county_states(head.text):
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


def _heads_organisation(ent: Any, end: int) -> bool:
    if ent.ent_id_ != "place" or end >= len(ent.doc):
        return False
    nxt = ent.doc[end]
    # "Chicago Police": a force is named after the place it polices, which is where it acts.
    return nxt.text[:1].isupper() and nxt.lower_ in ORG_WORDS and nxt.lower_ != "police"


def _person_follows(ent: Any) -> bool:
    """ "Georgia Stevens": a ruler match followed by a capitalised name is a person's first name."""
    if ent.end >= len(ent.doc) or len(ent) > 1:
        return False
    return ent.doc[ent.end].ent_type_ == "PERSON"


def _notable(gazetteer: Gazetteer, text: str, *, population: int = _NOTABLE_POPULATION) -> bool:
    """A name that, in capitals, nearly always means a place (spelled as the gazetteer spells it)."""
    return notable_own_name(text, gazetteer, population=population, spelled=True)


def _gazetteer_matches(doc: Any, gazetteer: Gazetteer, taken: list[bool], seen: set[str]) -> list[tuple[int, int]]:
    """Longest runs of capitalised proper nouns outside entities that name a notable place."""
    out = []
    i = 0
    while i < len(doc):
        # Not the tail of a run of names: "Santiago" ending "Calvin Jermaine Santiago" is a
        # surname (an acronym before it, as in "CBS Chicago", is no given name); "Springs" after a
        # place left out as the head of an outlet's name ("Colorado Springs Gazette") is its tail.
        prev = doc[i - 1] if i > 0 else None
        inside = prev is not None and not taken[i - 1] and prev.is_title
        inside = inside and (_capitalised(prev) or prev.ent_type_ in PLACE_LABELS)
        inside = inside and not doc[i].is_sent_start
        if taken[i] or not _capitalised(doc[i]) or inside:
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
