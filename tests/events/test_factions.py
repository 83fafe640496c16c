"""Factions on intra-group events, read from the text around the event when its own words name
none (reports we wrote in the style of real ones)."""

from __future__ import annotations

import pytest

from faultlines.records import Event

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def read(pipeline):
    def events(text: str) -> tuple[Event, ...]:
        (analysis,) = pipeline.analyse([text])
        return analysis.events

    return events


def _one(events: tuple[Event, ...], kind: str) -> Event:
    found = [e for e in events if e.kind == kind]
    assert found, [(e.kind, e.trigger.text) for e in events]
    return found[0]


def test_factions_infighting_takes_the_sides_named_in_the_next_sentences(read) -> None:
    text = (
        "Reports of infighting among the Islamic State's militants near Mayadin have surfaced again. "
        "Residents said the fighting pitted the group's foreign militants against their Iraqi counterparts."
    )
    event = _one(read(text), "infighting")
    assert event.actor1.actor_id == event.actor2.actor_id == "isis"
    assert {event.actor1.faction, event.actor2.faction} == {"foreign fighters", "Iraqi fighters"}


def test_factions_the_two_factions_are_those_named_before(read) -> None:
    text = (
        "In Raqqa, a quarrel broke out inside ISIS between the Uzbek fighters on one side and the "
        "Iraqi fighters on the other. The argument escalated and the two factions killed members of "
        "the other side."
    )
    event = _one(read(text), "infighting")
    assert {event.actor1.faction, event.actor2.faction} == {"Uzbek fighters", "Iraqi fighters"}


def test_factions_a_coup_is_by_the_plotters_against_the_leadership(read) -> None:
    text = (
        "Last week a number of ISIS foreign fighters near Mayadin broke ranks to stage a coup against "
        "ISIS leader Abu Bakr al-Baghdadi. The plotters failed to overthrow Baghdadi."
    )
    event = _one(read(text), "coup_attempt")
    assert event.actor1.faction == "foreign fighters"
    assert event.actor2.faction == "leadership"


def test_factions_desertion_has_no_second_side(read) -> None:
    text = "Dozens of Syrian ISIS fighters deserted their posts in Raqqa on Monday."
    event = _one(read(text), "desertion")
    assert event.actor1 is not None and event.actor1.actor_id == "isis"
    assert event.actor2 is None


def test_factions_allies_in_cooperation_are_associated_actors(read) -> None:
    text = (
        "The forces of the Syrian Democratic Forces, in cooperation with the Free Syrian Army, "
        "captured the village of Tal Samin from ISIS on Sunday."
    )
    (event,) = [e for e in read(text) if e.trigger.text == "captured"]
    assert event.actor1.actor_id == "sdf"
    assert [a.actor_id for a in event.assoc_actor_1] == ["fsa"]
    assert event.actor2 is not None and event.actor2.actor_id == "isis"  # who it was taken from


def test_factions_a_place_taken_where_the_loser_was_driven_from(read) -> None:
    text = (
        "The Kurdish fighters drove ISIS out of Manbij in Syria on Friday and expelled them from the "
        "town's countryside, where the fighters of the People's Protection Units (YPG) regained 40 villages."
    )
    (event,) = [e for e in read(text) if e.trigger.text == "regained"]
    assert event.actor1.actor_id == "ypg"
    assert event.actor2 is not None and event.actor2.actor_id == "isis"


def test_factions_a_named_leader_makes_the_leadership_a_faction_of_the_group(pipeline) -> None:
    text = "ISIS leader Abu Bakr al-Baghdadi survived a coup by foreign fighters near Hajin."
    (analysis,) = pipeline.analyse([text])
    (isis,) = [a for a in analysis.actors if a.actor_id == "isis"]
    assert "leadership" in isis.factions  # so the fragmentation index counts the coup's second side


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "A gunfight between foreign and Iraqi members of ISIS left six militants dead on Sunday near Mayadin.",
            ("foreign fighters", "Iraqi fighters"),
        ),
        (
            "Turkmen and Chechen fighters of the Islamic State clashed in the town of Mayadin on Monday.",
            ("Turkmen", "Chechen/Caucasus fighters"),
        ),
    ],
)
def test_factions_two_coordinated_words_are_the_two_sides(read, text: str, sides: tuple[str, str]) -> None:
    event = _one(read(text), "infighting")
    assert (event.actor1.faction, event.actor2.faction) == sides


def test_factions_a_coordinated_side_against_a_faction_of_its_own_stays_one(read) -> None:
    text = "Syrian and Iraqi militants of the Islamic State clashed with foreign fighters of the group near Mayadin."
    event = _one(read(text), "infighting")
    assert {event.actor1.faction, event.actor2.faction} == {"Syrian and Iraqi fighters", "foreign fighters"}
