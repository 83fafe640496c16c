"""An unnamed group whose nationality says whose it is ("Syrian rebel factions") is that country's
generic actor; one of another country stays out. On sentences written for these tests."""

from __future__ import annotations

import pytest

from faultlines.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _events(pipeline: Pipeline, text: str):
    (analysis,) = pipeline.analyse([("d", text)])
    return analysis


def test_rebels_of_the_countrys_nationality_are_its_opposition(pipeline: Pipeline) -> None:
    text = "Syrian rebel factions backed by Turkey have called off an offensive on the town of Manbij."
    analysis = _events(pipeline, text)
    assert {m.text: m.actor_id for m in analysis.mentions}.get("Syrian rebel factions") == "syrian_opposition"
    (offensive,) = [e for e in analysis.events if e.modality == "called_off"]
    assert offensive.actor1 is not None and offensive.actor1.name == "Opposition Rebels (Syria)", offensive.actor1


def test_rebels_of_another_nationality_are_not_that_opposition(pipeline: Pipeline) -> None:
    analysis = _events(pipeline, "Libyan rebel factions attacked a checkpoint near Aleppo on Monday.")
    assert "syrian_opposition" not in {m.actor_id for m in analysis.mentions}
