"""Mentions that tell no specific occurrence are held back from the events, with why, so that a
reviewer can see them; the incident beside them stays an event."""

from __future__ import annotations

import pytest

from faultlines.contract import to_contract
from faultlines.records import DocumentResult
from faultlines.stages.events import read_events

pytestmark = pytest.mark.slow  # parses with spaCy


def test_events_held_back_keeps_a_total_out_and_says_why(analysis_of) -> None:
    text = (
        "Gunmen killed three soldiers at a checkpoint near Mosul on Tuesday. "
        "More than 8,500 militants have been killed since the campaign began."
    )
    analysis = analysis_of(text)
    events, held = read_events(analysis, None)
    assert [e.trigger.text for e in events] == ["killed"] and events[0].trigger.start < 40
    (total,) = held
    assert total.reason == "statistic"
    assert text[total.trigger.start : total.trigger.end] == total.trigger.text
    assert total.sentence.text.startswith("More than 8,500")
    record = to_contract(DocumentResult(meta=None, text=text, events=events, held_back=held))
    assert record["held_back"][0]["reason"] == "statistic"


def test_held_back_a_plural_that_sums_up_incidents_is_no_incident() -> None:
    from faultlines.config import Settings
    from faultlines.pipeline import Pipeline

    text = (
        "In the light of these murderous attacks, the ministers met in the capital on Friday night. "
        "Earlier that afternoon, a car bomb exploded outside a bank in Larne, killing two people."
    )
    analysis = next(Pipeline.from_settings(Settings()).analyse([text]))
    assert [e.sub_event_type for e in analysis.events] == ["Remote explosive/landmine/IED"]
    assert [(h.trigger.text, h.reason) for h in analysis.held_back] == [("attacks", "summary")]
    text = "The mayor condemned the attacks that have taken place in the last 24 hours, a spokesman said."
    analysis = next(Pipeline.from_settings(Settings()).analyse([text]))
    assert not analysis.events and [h.reason for h in analysis.held_back] == ["summary"]
