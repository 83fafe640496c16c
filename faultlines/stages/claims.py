"""The claims stage: the numbers a report states (with what they count) and who vouches for
each, and the chain of sources behind every event.

Claims are the counts :mod:`faultlines.attribution.quantities` reads ("more than 8,500 ISIS
militants killed", "$800 a month") plus the people a casualty word names without a number ("a
man was killed": one person killed). Each carries its attribution chain from
:class:`~faultlines.attribution.Attributor`, whose outermost link is the document's outlet when
it is known. Events get the attribution of their trigger.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import TYPE_CHECKING

from faultlines.attribution import Attributor
from faultlines.attribution.casualties import Casualty, find_casualties
from faultlines.attribution.quantities import QuantityMention, find_quantities
from faultlines.dates.expressions import find_date_expressions
from faultlines.records import Attribution, Claim, CleanDocument, Event, Quantity
from faultlines.registry import stage

if TYPE_CHECKING:
    from faultlines.analysis import Analysis
    from faultlines.resources import Resources

NAME = "faultlines.claims.v1"
_REFERENCES = frozenset(["he", "she", "him", "her", "they", "them", "who", "whom", "himself", "herself", "it", "one"])


@stage(NAME, reads=("clean", "doc", "events"), writes=("claims", "events"))
def find_claims(analysis: Analysis, resources: Resources) -> Analysis:
    doc = analysis.doc
    if doc is None:
        return analysis
    outlet, outlet_span = document_outlet(analysis.clean)
    attributor = Attributor(doc, outlet=outlet, outlet_span=outlet_span)
    skip = [(e.start, e.end) for e in find_date_expressions(analysis.clean.body)]
    quantities = find_quantities(doc, skip=skip)
    mentions: list[tuple[int, int, Quantity]] = [(q.start, q.end, q.quantity) for q in quantities]
    mentions.extend(_unnumbered(find_casualties(doc), quantities))
    doc_id = analysis.clean.source.doc_id
    claims = tuple(
        Claim(_claim_id(doc_id, start, end), start, end, analysis.text[start:end], quantity, attributor.at(start))
        for start, end, quantity in sorted(mentions, key=lambda m: (m[0], m[1]))
    )
    events = tuple(dataclasses.replace(e, attribution=_event_attribution(attributor, e)) for e in analysis.events)
    return dataclasses.replace(analysis, claims=claims, events=events)


def _event_attribution(attributor: Attributor, event: Event) -> tuple[Attribution, ...]:
    """The chain of the trigger; when no source covers it, the chain of its death count or its
    victims: "X traded fire with Y ..., and seven were killed, according to Z" is Z's report."""
    found = attributor.at(event.trigger.start)
    others = [event.fatalities.start, *(s.start for s in event.arguments.victim)]
    for offset in others if not _sourced(found, attributor.outlet) else ():
        chain = attributor.at(offset) if offset is not None else ()
        if _sourced(chain, attributor.outlet):
            return chain
    return found


def _sourced(chain: tuple[Attribution, ...], outlet: str | None) -> bool:
    """Some source beyond the outlet's own word."""
    return any(len(a.chain) > 1 or a.source != outlet for a in chain)


def document_outlet(clean: CleanDocument) -> tuple[str | None, tuple[int, int] | None]:
    """The outlet that published the document: from its metadata, else from its text."""
    if clean.source.outlet:
        return clean.source.outlet, None
    if clean.outlet is not None:
        return clean.outlet.text, (clean.outlet.start, clean.outlet.end)
    return None, None


def _unnumbered(casualties: list[Casualty], quantities: list[QuantityMention]) -> list[tuple[int, int, Quantity]]:
    """Casualties named without a number ("a man was killed"), once per victim phrase; pronouns and
    phrases a numbered claim already covers are left out."""
    seen: set[tuple[int, int]] = set()
    found = []
    for casualty in casualties:
        key = (casualty.start, casualty.end)
        if casualty.count is None or key in seen or casualty.text.lower() in _REFERENCES:
            continue
        if any(q.start < casualty.end and casualty.start < q.end for q in quantities):
            continue
        seen.add(key)
        quantity = Quantity(float(casualty.count), unit="people", what=f"{casualty.text} {casualty.outcome}")
        found.append((casualty.start, casualty.end, quantity))
    return found


def _claim_id(doc_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()
