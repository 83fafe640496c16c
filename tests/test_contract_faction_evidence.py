"""A side's faction carries its evidence in the printed JSON (`faction_evidence`): the words of
the faction's Choice, or null when the side has no faction or no words named it."""

from __future__ import annotations

import dataclasses

from records_factory import make_result

from faultlines.contract import event_json
from faultlines.records import Choice, EventActor


def test_a_faction_prints_the_words_that_named_it() -> None:
    (event,) = make_result().events
    event = dataclasses.replace(
        event,
        actor1=EventActor("Islamic State", "isis", "foreign fighters", 2),
        actor2=EventActor("Islamic State", "isis", None, 2),
        why=(Choice("faction1", "faction named in the side's own words", 10, 26, "foreign fighters"),),
    )
    printed = event_json(event)
    assert printed["actor1"]["faction_evidence"] == {"start": 10, "end": 26, "text": "foreign fighters"}
    assert printed["actor2"]["faction_evidence"] is None


def test_a_faction_without_words_has_null_evidence() -> None:
    (event,) = make_result().events
    event = dataclasses.replace(
        event, actor1=EventActor("Islamic State", "isis", "leadership", 2), why=(Choice("faction1", "no words"),)
    )
    assert event_json(event)["actor1"]["faction_evidence"] is None
