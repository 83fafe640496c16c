"""A definite phrase for people acted on ("The men were shot ...") points back to the incident that
acted on people just before, as a pronoun would; and where a source is based ("the Britain-based
monitor") is no scene. On a report written for these tests, through the product's pipeline."""

from __future__ import annotations

import pytest

from faultlines.pipeline import Pipeline

pytestmark = pytest.mark.slow

REPORT = (
    "Militants executed nine of their own fighters on Tuesday in the town of Hajin, a monitoring group said.\n\n"
    "The men were shot by a firing squad near the main market, the London-based group said.\n"
)
TWO = (
    "Militants executed nine of their own fighters on Tuesday in the town of Hajin, a monitoring group said.\n\n"
    "Gunmen shot three traders near the main market on Friday, residents said.\n"
)


def _violent(pipeline: Pipeline, text: str):
    (analysis,) = pipeline.analyse([("d", text)])
    return [e for e in analysis.events if e.event_type == "Violence against civilians" or e.sub_event_type == "Attack"]


def test_the_men_shot_are_the_fighters_executed(pipeline: Pipeline) -> None:
    (execution,) = _violent(pipeline, REPORT)
    assert len(execution.evidence) == 2
    assert execution.place is not None and execution.place.country_code == "SY", execution.place


def test_other_people_shot_another_day_are_another_incident(pipeline: Pipeline) -> None:
    assert len(_violent(pipeline, TWO)) == 2
