"""Every event says why it has its type: the trigger, its frame and the classifier's rule."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # the events_of fixture parses with spaCy


def test_events_type_rule_names_the_trigger_and_the_rule(events_of, only) -> None:
    events = events_of("Rebels clashed with army soldiers outside the town on Monday.")
    clash = only(events, sub_event_type="Armed clash")
    assert clash.type_rule.startswith("'clashed' (clash)")
    assert "battle" in clash.type_rule


def test_events_type_rule_says_the_victims_decided(events_of, only) -> None:
    events = events_of("Gunmen attacked villagers in the market and killed four of them.")
    attack = only(events, sub_event_type="Attack")
    assert "unarmed people" in attack.type_rule


def test_events_type_rule_says_only_the_state_arrests(events_of, only) -> None:
    events = events_of("Militants abducted two aid workers near the border on Friday.")
    taken = only(events, sub_event_type="Abduction/forced disappearance")
    assert "'abducted'" in taken.type_rule


def test_events_type_rule_deaths_in_a_battle_are_the_battles(events_of) -> None:
    events = events_of("A shopkeeper was killed and two were wounded in a battle between soldiers and rebels.")
    assert {e.sub_event_type for e in events} == {"Armed clash"}
    lone = events_of("Gunmen killed a shopkeeper in the market on Sunday.")
    assert {e.sub_event_type for e in lone} == {"Attack"}  # no battle told: who was hit decides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police and counter-terror officers launched raids on three houses in Harwick early Monday.", "Arrests"),
        ("Police raided a hideout in Harwick on Monday, killing three gunmen.", "Armed clash"),
        ("Soldiers raided the village of Harwick on Monday.", "Armed clash"),
    ],
)
def test_events_type_rule_a_police_raid_with_no_fighting_is_arrests(events_of, text: str, expected: str) -> None:
    raid = next(e for e in events_of(text) if e.trigger.text.startswith("raid"))
    assert raid.sub_event_type == expected, raid.type_rule


def test_events_type_rule_an_exchange_of_fire_is_a_battle(events_of) -> None:
    text = (
        "Two men fled on foot after the police stopped their car in Harwick on Monday. "
        "One of the men pulled out a gun and began firing at the officers. "
        "The officers returned fire, striking the man in the head."
    )
    violent = [e for e in events_of(text) if e.event_type in ("Battles", "Violence against civilians")]
    assert [e.sub_event_type for e in violent] == ["Armed clash"], [(e.trigger.text, e.type_rule) for e in violent]


def test_events_type_rule_a_named_device_types_its_incident() -> None:
    from dataclasses import replace

    from faultlines.events.build import _by_its_weapon
    from faultlines.events.classify import Cues
    from faultlines.events.mentions import EventMention
    from faultlines.events.participants import Roles
    from faultlines.events.triggers import Trigger

    def told(lemma: str, sub: str, sentence: int) -> EventMention:
        trigger = Trigger(start=0, end=1, head=0, frame="explosion", verbal=False, weak=False)
        return EventMention(trigger, sentence, 0, 10, "explosion", sub, "bombing", "asserted", Roles(), False,
                            False, lemma, Cues(frozenset(), frozenset()), type_rule=f"'{lemma}'")  # fmt: skip

    shelled = told("blast", "Shelling/artillery/missile attack", 3)  # its sentence names mortars
    named = told("ied", "Remote explosive/landmine/IED", 0)  # "Roadside IED kills general"
    generic = replace(named, lemma="explosion")  # "an explosion killed the general"
    assert _by_its_weapon([named, shelled], named).sub_event_type == "Remote explosive/landmine/IED"
    assert _by_its_weapon([generic, shelled], generic).sub_event_type == "Shelling/artillery/missile attack"
