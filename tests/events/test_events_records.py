"""Sides from actor records, intra-group, fatalities, merging and stable ids (sentences we wrote)."""

from __future__ import annotations

import dataclasses

import pytest

from faultlines.analysis import ActorMention
from faultlines.stages.events import extract_events, find_events

pytestmark = pytest.mark.slow


def _mentions(text: str, *found: tuple[str, str, str | None]) -> tuple[ActorMention, ...]:
    """Actor mentions for the given (words, actor_id, faction), at their first occurrence."""
    mentions = []
    for words, actor_id, faction in found:
        start = text.index(words)
        how = "faction" if faction else "name"
        mentions.append(ActorMention(start, start + len(words), words, actor_id, how=how, faction=faction))
    return tuple(mentions)


def test_events_records_sides_from_actor_records(analysis_of, fake_resources) -> None:
    text = "Fighters of the Dawn Front attacked positions of the Valley Brigade near the dam."
    analysis = dataclasses.replace(
        analysis_of(text),
        mentions=_mentions(text, ("Dawn Front", "isis", None), ("Valley Brigade", "sdf", None)),
    )
    (event,) = [e for e in extract_events(analysis, fake_resources) if e.sub_event_type == "Armed clash"]
    assert event.actor1 is not None and event.actor1.actor_id == "isis"
    assert event.actor1.name == "Islamic State" and event.actor1.inter == 2
    assert not event.intra_group


def test_events_records_intra_group_from_one_actor_id(analysis_of, fake_resources) -> None:
    text = "The newcomers clashed with the old guard in the desert camp."
    analysis = dataclasses.replace(
        analysis_of(text),
        mentions=_mentions(
            text, ("The newcomers", "isis", "foreign fighters"), ("the old guard", "isis", "local fighters")
        ),
    )
    (event,) = extract_events(analysis, fake_resources)
    assert event.intra_group and event.kind == "infighting"
    assert event.actor1 is not None and event.actor2 is not None
    assert event.actor1.actor_id == event.actor2.actor_id == "isis"
    assert {event.actor1.faction, event.actor2.faction} == {"foreign fighters", "local fighters"}


def test_events_records_stage_replaces_events(analysis_of) -> None:
    analysis = find_events(analysis_of("Gunmen shot dead a shopkeeper in the market."), None)
    assert analysis.events and analysis.events[0].fatalities.best == 1


@pytest.mark.parametrize(
    ("text", "best", "low"),
    [
        ("Dozens of fighters were killed in the battle for the airport.", 12, None),
        ("The attack on the bus station killed at least 100 people.", 100, 100),
        ("A car bomb killed seven soldiers and two civilians at a checkpoint.", 9, None),
        ("Shelling of the market wounded twenty people.", None, None),
    ],
)
def test_events_records_fatalities(events_of, text: str, best: int | None, low: int | None) -> None:
    violent = [e for e in events_of(text) if e.event_type != "Strategic developments"]
    assert violent
    assert (violent[0].fatalities.best, violent[0].fatalities.low) == (best, low)


def test_events_records_one_incident_told_twice_is_one_event(events_of) -> None:
    text = "A bomb exploded at the bus terminal on Monday. The blast killed four passengers."
    (event,) = [e for e in events_of(text) if e.event_type == "Explosions/Remote violence"]
    assert len(event.evidence) == 2
    assert event.fatalities.best == 4


def test_events_records_ids_are_stable(events_of) -> None:
    text = "Rebels captured the town of Marel after the army withdrew."
    first = [e.event_id for e in events_of(text)]
    assert first and first == [e.event_id for e in events_of(text)]


def test_events_records_works_without_any_event(events_of) -> None:
    assert events_of("The weather was mild and the harvest was good this year.") == ()
