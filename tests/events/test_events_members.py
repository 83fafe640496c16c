"""Punishment, flight and struggle inside one group, on sentences the project wrote: who did it
when the text names no perpetrator, and when fleeing fighters desert rather than withdraw."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_events_members_pronoun_for_members_who_tried_to_leave(events_of, only) -> None:
    text = (
        "Last spring a band of fighters who wanted to leave the militia gathered at the river. "
        "They were later executed for the crime of desertion."
    )
    event = only(events_of(text), sub_event_type="Attack")
    assert event.kind == "execution_of_members" and event.intra_group


def test_events_members_pronoun_without_flight_is_not_reflexive(events_of, only) -> None:
    text = "Government soldiers guarded the road near the river. They were later executed for the crime of spying."
    event = only(events_of(text), sub_event_type="Attack")
    assert not event.intra_group


def test_events_members_unnamed_killer_of_a_punished_official(events_of, only) -> None:
    text = "The group's chief judge was assassinated for questioning the authority of its emir."
    event = only(events_of(text), sub_event_type="Attack")
    assert event.kind == "assassination_of_member" and event.intra_group


def test_events_members_assassination_with_no_reason_names_no_perpetrator(events_of, only) -> None:
    event = only(
        events_of("The group's chief judge was assassinated in the market on Friday."), sub_event_type="Attack"
    )
    assert not event.intra_group and event.actor1 is None


@pytest.mark.parametrize(
    ("text", "kind", "intra"),
    [
        ("Dozens of militants fled toward the border with their families.", "desertion", True),
        ("The fighters fled the town of Sarwan as the army advanced.", "withdrawal", False),
        ("Thousands of villagers fled their homes toward the border as the army advanced.", "displacement", False),
    ],
)
def test_events_members_who_flees_decides(events_of, only, text: str, kind: str, intra: bool) -> None:
    event = only(events_of(text), kind=kind)
    assert event.intra_group is intra


def test_events_members_power_struggle_inside_one_group(events_of, only) -> None:
    text = "A power struggle between foreign fighters and local fighters of the group has worsened."
    event = only(events_of(text), kind="internal_dispute")
    assert event.intra_group


def test_events_members_dispute_between_two_groups_is_no_event(events_of) -> None:
    text = "A power struggle between the Southern Front and the Eastern Brigade has worsened."
    assert not [e for e in events_of(text) if e.kind == "internal_dispute"]


def test_events_members_moved_court_is_a_relocation_without_a_victim(events_of, only) -> None:
    event = only(
        events_of("The militia transferred its court and headquarters to the village of Telka."), kind="relocation"
    )
    assert event.actor2 is None


def test_events_members_state_bombing_is_an_air_strike(events_of, only) -> None:
    event = only(
        events_of("Government forces continued their bombing of rebel positions near the dam."), kind="air_strike"
    )
    assert event.sub_event_type == "Air/drone strike"


def test_events_members_execution_beside_a_bombing_stays_an_execution(events_of) -> None:
    text = "Besides daily executions and bombings, the militia forced hundreds of men to join its ranks."
    assert not [e for e in events_of(text) if e.trigger.text == "executions" and e.sub_event_type != "Attack"]


def test_events_members_fighters_pulled_out_are_withdrawn_not_detained(events_of, only) -> None:
    event = only(events_of("The militia pulled its remaining fighters out of the hill villages."), kind="withdrawal")
    assert not [
        e
        for e in events_of("The militia pulled its remaining fighters out of the hill villages.")
        if e.kind in ("abduction", "arrest")
    ]
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_events_members_assassination_takes_its_type_from_its_own_weapon() -> None:
    from faultlines.events.classify import Cues, classify
    from faultlines.events.participants import Party, Roles

    sentence = Cues(frames=frozenset({"assassinate", "explosion"}), lemmas=frozenset({"assassination", "bomb"}))
    assert classify("assassinate", "assassination", Roles(), sentence)[:2] == ("Attack", "attack")
    bomb = Party(head=5, start=30, end=38, text="car bomb", cls="weapon")
    assert classify("assassinate", "assassinate", Roles(instrument=(bomb,)), sentence)[0] != "Attack"
