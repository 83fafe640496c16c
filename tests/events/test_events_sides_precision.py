"""Sides and intra-group only from real actor mentions (sentences we wrote)."""

from __future__ import annotations

import dataclasses

import pytest

from faultlines.analysis import ActorMention
from faultlines.events.participants import Party
from faultlines.events.sides import default_actor
from faultlines.pipeline import Pipeline
from faultlines.stages.events import extract_events

pytestmark = pytest.mark.slow


def _mentions(text: str, *found: tuple[str, str, str | None]) -> tuple[ActorMention, ...]:
    """Actor mentions for (words, actor_id, faction), at every occurrence of the words."""
    mentions = []
    for words, actor_id, faction in found:
        start = text.find(words)
        while start >= 0:
            how = "faction" if faction else "name"
            mentions.append(ActorMention(start, start + len(words), words, actor_id, how=how, faction=faction))
            start = text.find(words, start + 1)
    return tuple(mentions)


def test_events_sides_capitalised_opener_is_no_actor() -> None:
    opener = Party(head=0, start=0, end=9, text="Strikingly", cls="unknown")
    assert default_actor(opener, lambda actor_id: (None, None)) is None


def test_events_sides_faction_only_from_faction_words(analysis_of, fake_resources) -> None:
    text = "The newcomers clashed with the old guard in the desert camp."
    analysis = dataclasses.replace(
        analysis_of(text), mentions=_mentions(text, ("The newcomers", "isis", None), ("the old guard", "isis", None))
    )
    (event,) = extract_events(analysis, fake_resources)
    assert event.intra_group
    assert event.actor1 is not None and event.actor2 is not None
    assert event.actor1.faction is None and event.actor2.faction is None  # not "The newcomers"


def test_events_sides_figurative_blow_is_no_event(events_of) -> None:
    events = events_of("Bitter quarrels hit the movement's ranks in the spring.")
    assert not [e for e in events if e.trigger.text == "hit"]


def test_events_sides_one_actor_in_two_sentences_is_not_infighting(analysis_of, fake_resources) -> None:
    text = (
        "What followed the raids of the Valley Brigade?\n\n"
        "Since the brigade started bombing the Dawn Front, the Dawn Front has lost ground."
    )
    found = (("Valley Brigade", "sdf", None), ("brigade", "sdf", None), ("Dawn Front", "isis", None))
    analysis = dataclasses.replace(analysis_of(text), mentions=_mentions(text, *found))
    events = extract_events(analysis, fake_resources)
    assert events and not any(e.intra_group for e in events)
    for event in events:
        assert event.actor1 is None or event.actor2 is None or event.actor1.actor_id != event.actor2.actor_id


def test_events_sides_planned_attack_stays_apart_from_what_happened(analysis_of, fake_resources) -> None:
    text = "The Dawn Front executed men who wanted to leave. The Dawn Front was planning to attack the Valley Brigade."
    found = (("Valley Brigade", "sdf", None), ("Dawn Front", "isis", None))
    analysis = dataclasses.replace(analysis_of(text), mentions=_mentions(text, *found))
    events = extract_events(analysis, fake_resources)
    (execution,) = [e for e in events if e.trigger.text == "executed"]
    assert execution.actor2 is None or execution.actor2.actor_id != "sdf"
    assert any(e.modality == "planned" and e.actor2 is not None and e.actor2.actor_id == "sdf" for e in events)


def test_events_sides_a_reflexive_object_is_no_second_side(analysis_of, fake_resources) -> None:
    text = "Two militants of the Valley Brigade blew themselves up at a checkpoint near the dam on Saturday."
    found = (("Valley Brigade", "isis", None), ("themselves", "isis", None))
    analysis = dataclasses.replace(analysis_of(text), mentions=_mentions(text, *found))
    (bombing,) = [e for e in extract_events(analysis, fake_resources) if e.sub_event_type == "Suicide bomb"]
    assert bombing.actor1 is not None and bombing.actor1.actor_id == "isis"
    assert bombing.actor2 is None or bombing.actor2.actor_id != "isis", bombing.actor2


def test_events_sides_a_commander_belongs_to_the_group_named_in_his_of_phrase(pipeline: Pipeline) -> None:
    text = (
        "Hayat Tahrir al-Sham welcomed the news. "
        "A senior commander of the Syrian rebel group Ahrar al-Sham defected to Hayat Tahrir al-Sham on Sunday."
    )
    (analysis,) = pipeline.analyse([("d", text)])
    (defection,) = [e for e in analysis.events if e.kind == "defection"]
    assert defection.actor1 is not None and defection.actor1.name == "Ahrar al-Sham", defection.actor1


@pytest.mark.parametrize(
    ("text", "intra"),
    [
        # "factions" in a side's own name says nothing of a fight inside one group
        (
            "Syrian rebel factions backed by Turkey have called off an offensive they had planned against the "
            "Kurdish-held town of Manbij, commanders said on Tuesday.",
            False,
        ),
        ("Rival factions of the Islamic State clashed in Mayadin on Monday.", True),
    ],
)
def test_events_sides_a_cue_inside_a_sides_name_is_no_infighting(pipeline: Pipeline, text: str, intra: bool) -> None:
    (analysis,) = pipeline.analyse([("d", text)])
    (event,) = analysis.events
    assert event.intra_group is intra, (event.actor1, event.actor2)


def test_events_sides_who_flees_along_is_no_second_side(pipeline: Pipeline) -> None:
    text = "A teacher who fled the district with her four children said the roads were closed."
    (analysis,) = pipeline.analyse([("d", text)])
    (flight,) = [e for e in analysis.events if e.trigger.text == "fled"]
    assert flight.actor2 is None, flight.actor2


def test_events_sides_who_was_stopped_before_they_could_act_is_not_who_stopped_them(pipeline: Pipeline) -> None:
    text = (
        "Iraqi soldiers foiled a suicide attack at a checkpoint on Wednesday, arresting two men wearing "
        "explosive belts before they could detonate them."
    )
    (analysis,) = pipeline.analyse([("d", text)])
    they = [m for m in analysis.mentions if m.text == "they"]
    assert not they or they[0].actor_id != "iraq_military", they
    bombing = next(e for e in analysis.events if e.sub_event_type == "Suicide bomb")
    assert bombing.actor1 is None or bombing.actor1.actor_id != "iraq_military", bombing.actor1
    assert not bombing.intra_group


def test_events_sides_who_claims_a_series_of_raids_made_them(events_of) -> None:
    events = events_of("Last month, the militia claimed a series of night raids on army checkpoints near the dam.")
    raids = next(e for e in events if e.trigger.text == "raids")
    (agent,) = [c for c in raids.why if c.argument == "actor1"]
    assert agent.text == "militia", agent
