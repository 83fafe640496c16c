"""The dates stage on documents we wrote, with events built by hand."""

from __future__ import annotations

import dataclasses

import pytest

from faultlines.records import Event, Span
from faultlines.stages.dates import date_events

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


def test_dates_stage_dates_events_against_the_publication_date(analysis_of) -> None:
    analysis = analysis_of(TEXT, published="2019-01-20")
    analysis = dataclasses.replace(analysis, events=(event_for(TEXT, "shelled"), event_for(TEXT, "killed")))
    dated = date_events(analysis, None)
    shelled, killed = dated.events
    assert (shelled.date.start, shelled.date.precision, shelled.date.text) == ("2019-01-15", 1, "last Tuesday evening")
    assert (killed.date.start, killed.date.end, killed.date.precision) == ("2019-01-01", "2019-01-20", 3)


def test_dates_stage_without_publication_date_invents_no_day(analysis_of) -> None:
    analysis = analysis_of(TEXT)
    analysis = dataclasses.replace(analysis, events=(event_for(TEXT, "shelled"),))
    (shelled,) = date_events(analysis, None).events
    assert shelled.date.text == "last Tuesday evening" and shelled.date.start is None and shelled.date.precision is None
