"""Factions of punished members (issue 14): members a group executes for leaving it are its
deserters, and the group that punishes them, named only as itself, is its leadership. On reports
the project wrote, read by the whole pipeline (the actors stage links the group's names)."""

from __future__ import annotations

import pytest

from faultlines.config import Settings
from faultlines.events.sides import PUNISHED_DESERTERS, PUNISHER_LEADERSHIP
from faultlines.pipeline import Pipeline
from faultlines.records import Event

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def executions():
    """The execution events of each text, by the text's name."""
    texts = {
        "escape": (
            "DAMASCUS - Islamic State militants executed 14 of their own fighters on Sunday for trying to flee "
            "the town ahead of the army's advance, residents said."
        ),
        "defect": (
            "Al-Shabaab has publicly executed a group of its fighters who had attempted to defect to the "
            "government, witnesses said."
        ),
        "pronoun": (
            "Dozens of Boko Haram fighters who wanted to leave the group were detained in a camp near the border. "
            "They were later executed by the group, a former member told reporters."
        ),
        "spying": (
            "Al-Shabaab executed two of its own fighters in Kismayo on Monday for spying for the government, "
            "the group's radio station said."
        ),
        "residents": (
            "Islamic State militants executed at least 12 residents who tried to flee the town, activists said."
        ),
    }
    pipeline = Pipeline.from_settings(Settings())
    found: dict[str, tuple[str, list[Event]]] = {}
    for (name, text), analysis in zip(texts.items(), pipeline.analyse(list(texts.items())), strict=True):
        found[name] = (text, [e for e in analysis.events if e.trigger.text == "executed"])
    return found


def _why(event: Event, argument: str):
    return next(c for c in event.why if c.argument == argument)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("escape", "trying to flee the town"),
        ("defect", "who had attempted to defect"),
        ("pronoun", "who wanted to leave the group"),
    ],
)
def test_factions_punished_members_who_left_are_deserters_of_the_leadership(executions, name, words) -> None:
    text, events = executions[name]
    (event,) = events
    assert event.intra_group and event.kind == "execution_of_members"
    assert (event.actor1.faction, event.actor2.faction) == ("leadership", "deserters")
    assert event.actor1.actor_id == event.actor2.actor_id is not None
    deserters = _why(event, "faction2")
    assert deserters.rule == PUNISHED_DESERTERS and deserters.text == words
    assert text[deserters.start : deserters.end] == words
    assert _why(event, "faction1").rule == PUNISHER_LEADERSHIP


def test_factions_punished_for_something_else_names_no_faction(executions) -> None:
    _, (event,) = executions["spying"]
    assert event.kind == "execution_of_members"
    assert (event.actor1.faction, event.actor2.faction) == (None, None)
    assert not [c for c in event.why if c.argument in ("faction1", "faction2")]


def test_factions_punished_civilians_who_fled_are_no_deserters(executions) -> None:
    _, (event,) = executions["residents"]
    assert not event.intra_group
    assert event.actor2 is not None and event.actor2.faction is None
