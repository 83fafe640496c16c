"""Places the gazetteer does not know, located by the known place the text puts them in.

A district, a village or a military base missing from the gazetteer is still where the report
says it is: "Camp Shorabak in Helmand Province", "Kunduz, Afghanistan's Imam Sahib district" or
"in Arghandab district" a sentence after "Kandahar province". Such a place keeps its own name and
takes the coordinates of the place that holds it, at precision 2 (ACLED's practice for a
location known only to lie in a region), without a GeoNames id.

Two kinds of evidence tie a name to the place that holds it:

- an apposition right after it ("X in Y", "X, Y"), Y a known division or town (not a country,
  which says too little);
- a division noun after it ("X district", "X province") and a first-level division of the
  same country named shortly before it.

Example::

    placed = contain(text, places)   # the unresolved "Arghandab" now lies in Kandahar province
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from faultlines.lang.en.gazetteer import APPOSITION, DIVISION_AFTER, SUBDIVISION_NOUNS
from faultlines.records import Place

_CONTAINED_PRECISION = 2
_NAME_TOKENS = 7  # "Qala - e Zal" is four
_DIVISION_REACH = 500  # characters back to the division a "district" lies in (about two sentences)


def contain(text: str, places: Sequence[Place], sites: Sequence[Place] = ()) -> tuple[Place, ...]:
    """The places in order, each unresolved one located in the known place holding it, when the
    text names one (see the module's docstring); the others unchanged. ``sites`` (named
    facilities, :func:`site_spans`) are kept only where the text locates them."""
    merged = sorted([*places, *sites], key=lambda p: p.start)
    site_ids = {id(p) for p in sites}
    out, located = [], []
    for i, place in enumerate(merged):
        holder = None if place.lat is not None else _apposed(text, merged, i) or _division_holder(text, merged, i)
        if holder is not None:
            located.append((place.start, place.end))
            out.append(_inside(place, holder))
        elif place.lat is not None or id(place) not in site_ids:
            out.append(place)
    # A toponym inside a located longer name is part of it ("Qala" in "Qala-e Zal").
    return tuple(
        p for p in out if not any(s <= p.start and p.end <= e and (s, e) != (p.start, p.end) for s, e in located)
    )


def site_spans(doc: Any, spans: Sequence[tuple[int, int]]) -> list[Place]:
    """Names that the gazetteer rarely knows but the text may locate: named facilities ("Camp
    Shorabak", "Bagram Airfield") and the capitalised words before a division noun ("in
    neighbouring Qala-e Zal district"); a name that holds a shorter toponym ("Qala") too."""
    found = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "FAC"]
    for token in doc:
        if token.lower_ in SUBDIVISION_NOUNS and token.i > 0:
            first = _name_start(doc, token.i)
            if first is not None:
                last = doc[token.i - 1]
                found.append((doc[first].idx, last.idx + len(last)))
    free = {(s, e) for s, e in found if not any(a < e and s < b and not (s <= a and b <= e) for a, b in spans)}
    free -= set(spans)
    return [Place(s, e, doc.text[s:e]) for s, e in sorted(free)]


def _name_start(doc: Any, end: int) -> int | None:
    """Where the name ending right before ``doc[end]`` starts: capitalised words, joined by hyphens
    and the short particles between them ("Qala-e Zal", "Shah Wali Kot")."""
    first = end
    while first > 0 and end - first < _NAME_TOKENS:
        token = doc[first - 1]
        joined = token.text == "-" or (token.is_lower and len(token) <= 3 and first >= 2 and doc[first - 2].text == "-")
        if not (joined or (token.is_title and token.pos_ == "PROPN")):
            break
        first -= 1
    while first < end and not doc[first].is_title:  # a name starts with a capital
        first += 1
    return first if first < end else None


def _apposed(text: str, places: Sequence[Place], i: int) -> Place | None:
    """The known division or town right after the place: "Camp Shorabak in Helmand Province"."""
    nxt = next((p for p in places[i + 1 :] if p.start >= places[i].end), None)
    if nxt is None or nxt.lat is None or (nxt.precision or 3) >= 3:
        return None
    return nxt if APPOSITION.match(text[places[i].end : nxt.start]) else None


def _division_holder(text: str, places: Sequence[Place], i: int) -> Place | None:
    """For "X district" (a division noun after the name), the first-level division named last
    before it, a sentence or two back."""
    place = places[i]
    match = DIVISION_AFTER.match(text[place.end :])
    if match is None or match.group("dir"):  # "X's northern district" names a part of X, not X
        return None
    if match.group("noun").lower() not in SUBDIVISION_NOUNS:  # a province lies in no other
        return None
    before = [
        p
        for p in places[:i]
        if p.lat is not None and p.feature_code == "ADM1" and 0 <= place.start - p.end <= _DIVISION_REACH
    ]
    return before[-1] if before else None


def _inside(place: Place, holder: Place) -> Place:
    return dataclasses.replace(
        place,
        name=place.text,
        lat=holder.lat,
        lon=holder.lon,
        country_code=holder.country_code,
        admin1=holder.admin1,
        precision=max(_CONTAINED_PRECISION, holder.precision or _CONTAINED_PRECISION),
        score=holder.score,
    )
