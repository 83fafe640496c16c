"""The places stage: find and resolve every toponym, then give each event the place the text
links it to (:mod:`faultlines.gazetteer.event_places`: its own clause, then the nearest linked
place, then the document's main place one precision step coarser).

A place the gazetteer lacks takes the coordinates of the known place the text puts it in
(:mod:`faultlines.gazetteer.contained`: "Arghandab district" after "Kandahar province"); a named
site so located ("Camp Shorabak in Helmand Province") can be an event's place without being
listed among the document's toponyms.

The dateline and the outlet's name say where a report was filed and who published it, so their
places are kept in ``places`` but never given to an event as its own; only when the report names
no other place does the dateline's city stand in for the main place (one precision step coarser).

A photo caption describes its own scene (`analysis.clean.captions`): a place named in a caption
goes only to an event whose trigger is in that caption, and never becomes the main place.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from faultlines.gazetteer.contained import contain, site_spans
from faultlines.gazetteer.event_places import Layout, caption_of, placed
from faultlines.gazetteer.recognise import toponym_spans
from faultlines.gazetteer.relative import modifier_at
from faultlines.gazetteer.resolve import resolve_spans
from faultlines.records import Choice, Event, Place, Span, with_choice
from faultlines.registry import stage

if TYPE_CHECKING:
    from faultlines.analysis import Analysis
    from faultlines.resources import Resources

NAME = "faultlines.places.v1"


@stage(NAME, reads=("clean", "doc", "events"), writes=("places", "events"), needs=("gazetteer",))
def find_places(analysis: Analysis, resources: Resources) -> Analysis:
    if analysis.doc is None or resources.gazetteer is None:
        return analysis
    spans = toponym_spans(analysis.doc, resources.gazetteer)
    resolved = resolve_spans(analysis.text, spans, resources.gazetteer)
    places = contain(analysis.text, resolved)
    # Named sites ("Camp Shorabak in Helmand Province") may be where an event happened, but they
    # are no toponyms (geoparsing corpora do not count them): events see them, ``places`` not.
    sited = contain(analysis.text, resolved, site_spans(analysis.doc, spans))
    captions = tuple(getattr(analysis.clean, "captions", ()) or ()) if analysis.clean is not None else ()
    header = _header_spans(analysis.clean) if analysis.clean is not None else ()
    scene = tuple(p for p in sited if not any(h.start <= p.start < h.end for h in header))
    layout = Layout.of(analysis.doc) if analysis.events else None
    # The dateline is where the report was filed: no event's scene, but a mention of the report's place
    filed = _dateline_places(analysis.clean, places)
    told = tuple(sorted((*scene, *filed), key=lambda p: p.start))
    # "the Iran-backed militia": a backer is not what the report is about
    told = tuple(p for p in told if layout is None or not layout.is_backer(p))
    main = _filed_from(main_place(told, captions=captions), filed[0] if filed else None)
    events = tuple(_placed(analysis.text, e, scene, main, captions, layout) for e in analysis.events)
    return dataclasses.replace(analysis, places=places, events=events)


def _placed(
    text: str, event: Event, scene: tuple[Place, ...], main: Place | None, captions: Sequence[Span], layout: Any
) -> Event:
    """``event`` with its place and the rule that chose it (the words of the place as evidence)."""
    place, rule = placed(event, scene, main, captions=captions, layout=layout)
    place = _with_direction(text, place)
    event = dataclasses.replace(event, place=place)
    if place is None or rule is None:
        return event
    return with_choice(event, Choice("place", rule, place.start, place.end, place.text))


def _with_direction(text: str, place: Place | None) -> Place | None:
    """An event in "eastern Syria" happened in a region of Syria: its place names the region,
    direction included (the document's list of places keeps the toponym's own span)."""
    if place is None:
        return None
    modifier = modifier_at(text, place.start, place.end)
    if modifier is None or modifier.kind != "direction" or modifier.start >= place.start:
        return place
    return dataclasses.replace(place, start=modifier.start, text=text[modifier.start : place.end])


def _filed_from(main: Place | None, dateline: Place | None) -> Place | None:
    """The report's main place, or its dateline's city: when the report names no other place,
    or when the city lies in the main place's region and is finer. A local report is filed from
    the town it tells of ("DUNCANNON, Pa. - A Perry County man ..."; "INDIANAPOLIS, Ind. - A man
    was shot ..." often names no other place); a wire report's bureau ("BEIRUT -" on a report of
    fighting in Idlib) lies in another region or country and stays out."""
    if dateline is None or main is None:
        return main or dateline
    same_region = main.country_code == dateline.country_code and main.admin1 is not None
    same_region = same_region and dateline.admin1 == main.admin1
    finer = (dateline.precision or 3) < (main.precision or 3)
    return dateline if same_region and finer else main


def _dateline_places(clean: Any, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """The dateline's city and its state or country ("INDIANAPOLIS, Ind."), in text order."""
    dateline = getattr(clean, "dateline", None) if clean is not None else None
    if dateline is None:
        return ()
    return tuple(p for p in places if p.lat is not None and dateline.start <= p.start < dateline.end)


def _header_spans(clean: Any) -> tuple[Span, ...]:
    """Where the report was filed and who published it ("BEIRUT, Dec 6 (Levant Monitor) -"): not
    where anything happened."""
    return tuple(s for s in (getattr(clean, "dateline", None), getattr(clean, "outlet", None)) if s is not None)


def main_place(places: tuple[Place, ...], *, captions: Sequence[Span] = ()) -> Place | None:
    """The document's best supported place, outside photo captions.

    Support is counted down the hierarchy: a country is supported by every mention of a place in
    it, a first-level region by every mention of a place in it. Starting from the most supported
    country, the choice goes down to the most supported region, then to the most named locality,
    as long as that one carries at least half of its parent's support (so one passing mention
    of a town does not outweigh a country the report keeps naming). Ties go to the first named.
    """
    body = [p for p in places if p.lat is not None and caption_of(p.start, captions) is None]
    # A continent or an ocean is the main place only of a report that names no country's place.
    body = [p for p in body if p.country_code] or body
    if not body:
        return None
    country, support = _most_supported(body, lambda p: p.country_code)
    in_country = [p for p in body if p.country_code == country]
    # The country itself, or a part of it without a region code ("eastern Syria").
    current = next((p for p in in_country if not p.admin1), None)
    regional = [p for p in in_country if p.admin1]
    if not regional:
        return current
    region, region_support = _most_supported(regional, lambda p: p.admin1)
    if current is not None and region_support * 2 < support:
        return current
    in_region = [p for p in regional if p.admin1 == region]
    current = next((p for p in in_region if (p.precision or 3) >= 2), current)
    towns = [p for p in in_region if (p.precision or 3) < 2]
    if not towns:
        return current
    town, town_support = _most_supported(towns, lambda p: p.name)
    if current is not None and town_support * 2 < region_support:
        return current
    return next(p for p in towns if p.name == town)


def _most_supported(places: list[Place], key: Callable[[Place], str | None]) -> tuple[str | None, int]:
    """The key most places share (ties: the first named) and how many share it."""
    counts = Counter(key(p) for p in places)
    first = {}
    for i, p in enumerate(places):
        first.setdefault(key(p), i)
    best = max(counts, key=lambda k: (counts[k], -first[k]))
    return best, counts[best]
