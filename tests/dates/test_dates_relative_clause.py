"""A date in a relative clause about one of the sentence's words dates that clause, not the event
("The militia, which the government banned in March 2015, has threatened to attack ..."); a clause
on the trigger itself still dates it. On sentences written for these tests, through the pipeline."""

from __future__ import annotations

import pytest

from faultlines.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _dates(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    (analysis,) = pipeline.analyse([("d", text)])
    return {e.trigger.text: (e.date.text if e.date else None) for e in analysis.events}


def test_a_date_about_the_group_does_not_date_its_threat(pipeline: Pipeline) -> None:
    text = "The militia, which the government banned in March 2015, has threatened to attack polling stations in Gao."
    dates = _dates(pipeline, text)
    assert dates and all(d is None for d in dates.values()), dates


def test_a_date_about_the_victims_does_not_date_their_killing(pipeline: Pipeline) -> None:
    text = "Gunmen killed two traders, who had opened their shop in 2009, outside Gao on Tuesday."
    assert _dates(pipeline, text).get("killed") == "Tuesday"


def test_a_clause_on_the_trigger_dates_it(pipeline: Pipeline) -> None:
    text = "The attack carried out on Monday near Gao killed three soldiers."
    assert "Monday" in _dates(pipeline, text).values()
