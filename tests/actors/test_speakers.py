"""First-person words in a quotation mean its speaker, when the speaker is an actor. On sentences
written for these tests, through the product's pipeline."""

from __future__ import annotations

import pytest

from faultlines.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _events(pipeline: Pipeline, text: str):
    (analysis,) = pipeline.analyse([("d", text)])
    return analysis.events


def test_our_forces_in_a_groups_statement_are_the_groups(pipeline: Pipeline) -> None:
    text = '"Our forces captured the village of Kora," the Syrian Democratic Forces said in a statement on Friday.'
    (taken,) = [e for e in _events(pipeline, text) if e.kind == "territory_taken"]
    assert taken.actor1.name == "Syrian Democratic Forces", taken.actor1
    assert "Military Forces" not in (taken.actor1.name or "")


def _we(pipeline: Pipeline, text: str) -> list[str]:
    (analysis,) = pipeline.analyse([("d", text)])
    return [m.actor_id for m in analysis.mentions if m.text == "We"]


def test_we_in_a_residents_words_stays_nobodys(pipeline: Pipeline) -> None:
    # the group is in the sentence, but it is told, not telling: the resident's "we" is not the group's
    assert _we(pipeline, '"We fled when the shelling started," a resident told the Syrian Democratic Forces.') == []
    assert _we(pipeline, '"We fled when the shelling started," the Syrian Democratic Forces said.') == ["sdf"]
