"""The places stage: find and resolve every toponym, then give each event the place its evidence
links it to.

An event's place is a resolved place inside its evidence sentence(s), the one nearest the trigger;
failing that, the document's main place with its precision lowered one step (ACLED's practice
when a report does not say where exactly); failing that, none.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import TYPE_CHECKING

from faultlines.gazetteer.recognise import toponym_spans
from faultlines.gazetteer.resolve import resolve_spans
from faultlines.records import Event, Place
from faultlines.registry import stage

if TYPE_CHECKING:
    from faultlines.analysis import Analysis
    from faultlines.resources import Resources

NAME = "faultlines.places.v1"


@stage(NAME, reads=("doc", "events"), writes=("places", "events"))
def find_places(analysis: Analysis, resources: Resources) -> Analysis:
    if analysis.doc is None or resources.gazetteer is None:
        return analysis
    spans = toponym_spans(analysis.doc, resources.gazetteer)
    places = tuple(resolve_spans(analysis.text, spans, resources.gazetteer))
    main = main_place(places)
    events = tuple(dataclasses.replace(e, place=event_place(e, places, main)) for e in analysis.events)
    return dataclasses.replace(analysis, places=places, events=events)


def event_place(event: Event, places: tuple[Place, ...], main: Place | None) -> Place | None:
    """The resolved place in the event's evidence nearest its trigger, else the main place."""
    inside = [
        p for p in places if p.lat is not None and any(ev.start <= p.start and p.end <= ev.end for ev in event.evidence)
    ]
    if inside:
        return min(inside, key=lambda p: (abs(p.start - event.trigger.start), p.precision or 3))
    if main is None:
        return None
    return dataclasses.replace(main, precision=min(3, (main.precision or 2) + 1))


def main_place(places: tuple[Place, ...]) -> Place | None:
    """The most often named resolved place below country level (else the most named country);
    ties go to the first named."""
    resolved = [p for p in places if p.lat is not None]
    if not resolved:
        return None
    local = [p for p in resolved if (p.precision or 3) < 3] or resolved
    counts = Counter((p.name, p.country_code) for p in local)
    best = max(counts.values())
    return next(p for p in local if counts[(p.name, p.country_code)] == best)
