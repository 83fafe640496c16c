"""The places stage: find and resolve every toponym, then give each event the place its evidence
links it to.

An event's place is a resolved place inside its evidence sentence(s), the one nearest the trigger;
failing that, the document's main place with its precision lowered one step (ACLED's practice
when a report does not say where exactly); failing that, none.

The dateline and the outlet's name say where a report was filed and who published it, so their
places are kept in ``places`` but never given to an event.

A photo caption describes its own scene (`analysis.clean.captions`): a place named in a caption
goes only to an event whose trigger is in that caption, and never becomes the main place.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from faultlines.gazetteer.recognise import toponym_spans
from faultlines.gazetteer.resolve import resolve_spans
from faultlines.records import Event, Place, Span
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
    places = tuple(resolve_spans(analysis.text, spans, resources.gazetteer))
    captions = tuple(getattr(analysis.clean, "captions", ()) or ()) if analysis.clean is not None else ()
    header = _header_spans(analysis.clean) if analysis.clean is not None else ()
    scene = tuple(p for p in places if not any(h.start <= p.start < h.end for h in header))
    main = main_place(scene, captions=captions)
    events = tuple(
        dataclasses.replace(e, place=event_place(e, scene, main, captions=captions)) for e in analysis.events
    )
    return dataclasses.replace(analysis, places=places, events=events)


def _header_spans(clean: Any) -> tuple[Span, ...]:
    """Where the report was filed and who published it ("BEIRUT, Dec 6 (Levant Monitor) -"): not
    where anything happened."""
    return tuple(s for s in (getattr(clean, "dateline", None), getattr(clean, "outlet", None)) if s is not None)


def _caption_of(offset: int, captions: Sequence[Span]) -> Span | None:
    return next((c for c in captions if c.start <= offset < c.end), None)


def event_place(
    event: Event, places: tuple[Place, ...], main: Place | None, *, captions: Sequence[Span] = ()
) -> Place | None:
    """The resolved place in the event's evidence nearest its trigger, else the main place.

    Only places in the same caption as the trigger (or, for a trigger outside every caption,
    places outside every caption) are candidates."""
    caption = _caption_of(event.trigger.start, captions)
    inside = [
        p
        for p in places
        if p.lat is not None
        and _caption_of(p.start, captions) == caption
        and any(ev.start <= p.start and p.end <= ev.end for ev in event.evidence)
    ]
    if inside:
        return min(inside, key=lambda p: (abs(p.start - event.trigger.start), p.precision or 3))
    if main is None:
        return None
    return dataclasses.replace(main, precision=min(3, (main.precision or 2) + 1))


def main_place(places: tuple[Place, ...], *, captions: Sequence[Span] = ()) -> Place | None:
    """The document's best supported place, outside photo captions.

    Support is counted down the hierarchy: a country is supported by every mention of a place in
    it, a first-level region by every mention of a place in it. Starting from the most supported
    country, the choice goes down to the most supported region, then to the most named locality,
    as long as that one carries at least half of its parent's support (so one passing mention
    of a town does not outweigh a country the report keeps naming). Ties go to the first named.
    """
    body = [p for p in places if p.lat is not None and _caption_of(p.start, captions) is None]
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
