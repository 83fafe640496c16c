"""A group named again is the report's subject, not a sign that one incident goes on: a later
raid by the same group, far off or in a sentence dated anew, is another incident; a witness
introduced by a loss tells the report's main incident again. On reports written for these tests,
through the product's pipeline."""

from __future__ import annotations

import pytest

from faultlines.pipeline import Pipeline

pytestmark = pytest.mark.slow

FAR = (
    "Coalition air strikes hit the town of Hajin on Friday, killing 35 militants, a monitor said.\n\n"
    "Earlier this month, monitors reported a deadly shootout in al-Shafa between foreign members of the "
    "Islamic State and Iraqi fighters.\n\n"
    "Residents said such quarrels had weakened the defence of the town.\n\n"
    "On the western bank of the river, state media said the army had recaptured the village of "
    "al-Hamdan on Thursday.\n\n"
    "Islamic State fighters stormed the village in a night raid last week and killed several soldiers, "
    "according to the monitor.\n"
)
DATED_ANEW = (
    "The army has reinforced its posts in the desert around Palmyra.\n\n"
    "Islamic State fighters attacked an army checkpoint near Palmyra, killing two soldiers.\n\n"
    "In October, Islamic State fighters shelled army positions with mortars.\n"
)


def _evidence(pipeline: Pipeline, text: str) -> list[list[str]]:
    (analysis,) = pipeline.analyse([("d", text)])
    return [[text[s.start : s.end] for s in e.evidence] for e in analysis.events]


def test_a_raid_told_far_off_is_not_the_shootout(pipeline: Pipeline) -> None:
    events = _evidence(pipeline, FAR)
    shootout = next(e for e in events if any("shootout" in s for s in e))
    assert not any("stormed" in s for s in shootout), events
    assert any(any("stormed" in s for s in e) for e in events), events


def test_the_same_group_in_a_sentence_dated_anew_is_another_incident(pipeline: Pipeline) -> None:
    events = _evidence(pipeline, DATED_ANEW)
    assert len(events) == 2, events


def test_a_witness_introduced_by_a_loss_tells_the_main_incident_again(pipeline: Pipeline) -> None:
    text = (
        "An air strike on a market in the town killed nine people on Sunday, a monitor said.\n\n"
        "Government troops launched a ground offensive on the plain at the end of April.\n\n"
        '"We were buying bread when the plane came," a man whose brother was killed told reporters.\n'
    )
    events = _evidence(pipeline, text)
    strike = next(e for e in events if any("air strike" in s for s in e))
    assert any("whose brother" in s for s in strike), events
    offensive = next(e for e in events if any("offensive" in s for s in e))
    assert not any("whose brother" in s for s in offensive), events
