"""The claims stage on documents we wrote, with events built by hand."""

from __future__ import annotations

import dataclasses

import pytest

from faultlines.records import Event, Span
from faultlines.stages.claims import find_claims

pytestmark = pytest.mark.slow

TEXT = (
    "Rebels shelled the market last Tuesday evening, the Northern Gazette reported, citing a local doctor. "
    "The ministry claimed that 300 insurgents were killed earlier this month."
)


def event_for(text: str, trigger: str) -> Event:
    start = text.index(trigger)
    end = text.index(".", start) + 1
    return Event(
        event_id=trigger,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        kind="attack",
        modality="asserted",
        trigger=Span.of(text, start, start + len(trigger)),
        evidence=(Span.of(text, text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0, end),),
    )


def with_outlet(analysis, outlet: str):
    source = dataclasses.replace(analysis.clean.source, outlet=outlet)
    return dataclasses.replace(analysis, clean=dataclasses.replace(analysis.clean, source=source))


def test_claims_stage_writes_claims_and_event_attribution(analysis_of) -> None:
    analysis = with_outlet(analysis_of(TEXT), "Global Wire")
    analysis = dataclasses.replace(analysis, events=(event_for(TEXT, "shelled"),))
    result = find_claims(analysis, None)
    (claim,) = [c for c in result.claims if c.text == "300"]
    assert TEXT[claim.start : claim.end] == claim.text
    assert claim.quantity.unit == "people" and claim.quantity.what == "insurgents killed"
    assert claim.attribution[0].chain == ("Global Wire", "The ministry") and claim.attribution[0].hedged
    (event,) = result.events
    assert event.attribution[0].chain == ("Global Wire", "Northern Gazette", "a local doctor")


def test_claims_stage_ids_are_stable(analysis_of) -> None:
    first = find_claims(analysis_of(TEXT), None).claims
    second = find_claims(analysis_of(TEXT), None).claims
    assert [c.claim_id for c in first] == [c.claim_id for c in second]
