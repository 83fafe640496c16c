"""A group's name the parser reads as a verb ("IS beheaded two men": "IS" parsed as "is") is the
subject of the verb it stands before. Through the product's pipeline (its entity ruler names IS)."""

from __future__ import annotations

import pytest

from faultlines.config import Settings
from faultlines.pipeline import Pipeline

pytestmark = pytest.mark.slow


def test_is_before_a_verb_is_the_group() -> None:
    text = "Earlier this month, IS beheaded two men in the town of Mayadin, activists said."
    (analysis,) = Pipeline.from_settings(Settings()).analyse([("d", text)])
    (event,) = [e for e in analysis.events if e.trigger.text == "beheaded"]
    assert [s.text for s in event.arguments.perpetrator] == ["IS"]
    assert event.actor1 is not None and event.actor1.actor_id == "isis"
    (why,) = [c for c in event.why if c.argument == "perpetrator"]
    assert why.rule == "agent of 'beheaded' (subject, a name the parser read as a verb ('IS'))"
