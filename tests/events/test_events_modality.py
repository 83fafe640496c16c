"""Did it happen? Modality from the trigger's context, on sentences the project wrote."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        ("Militants attacked a police station in the north on Sunday.", "armed_clash", "asserted"),
        ("Militants tried to storm the police station but were driven back.", "armed_clash", "attempted_failed"),
        ("The officers failed to overthrow the commander.", "coup_attempt", "attempted_failed"),
        ("The militia plans to attack the oil field next week.", "attack", "planned"),
        ("The planned assault on the town was called off at the last minute.", "attack", "called_off"),
        ("The army did not shell the village, a spokesman said.", "shelling", "negated"),
        ("If the talks collapse, the rebels would attack the capital.", "attack", "hypothetical"),
        ("Analysts say the group will likely attack the border towns in the spring.", "attack", "forecast"),
        ("The opposition called for three days of protests in the capital.", "protest", "planned"),
        ("A trader was killed after a robbery; his family seeks justice.", "attack", "asserted"),
        ("Soldiers reportedly abducted a local journalist in the city.", "abduction", "alleged"),
        # what troops get ready for is yet to come, whatever the clause around it tells
        ("Militants have abandoned their posts as troops gather for an assault on the town.", "armed_clash", "planned"),
        ("Troops massed near the border for an offensive on the port.", "armed_clash", "planned"),
        ("Officials say the deal provides for the withdrawal of the militia from the port.", "withdrawal", "planned"),
        # a verb sharing its first verb's subject is governed as that verb is
        (
            "Two men had planned to hide in the town and then blow themselves up at a rally.",
            "suicide_bombing",
            "planned",
        ),
        (
            "They had planned to hide in the town until Friday's vote and then blow themselves up at a rally.",
            "suicide_bombing",
            "planned",
        ),
        ("The army will enter the town and arrest the gang's leaders.", "arrest", "forecast"),
        ("Gunmen stormed the market and abducted three traders on Monday.", "abduction", "asserted"),
        ("The suspects who abducted two traders in the town last month remain at large.", "abduction", "asserted"),
        (
            "The opposition called for protests as the government showed no willingness to back down and "
            "following the killing of seven marchers.",
            "protest",
            "planned",
        ),
    ],
)
def test_events_modality_of_each_context(events_of, only, text: str, kind: str, modality: str) -> None:
    event = only(events_of(text), kind=kind)
    assert event.modality == modality


def test_events_modality_called_off_attack_is_not_an_attack(events_of) -> None:
    text = "The group had prepared an attack on the rival camp. The attack was cancelled after a truce."
    attacks = [e for e in events_of(text) if e.event_type in ("Battles", "Violence against civilians")]
    assert attacks and all(e.modality in ("called_off", "planned") for e in attacks)
    assert any(e.modality == "called_off" for e in attacks)


def test_events_modality_failed_coup_is_not_a_success(events_of, only) -> None:
    event = only(events_of("A coup attempt against the emir failed in March."), kind="coup_attempt")
    assert event.modality == "attempted_failed"
    assert event.intra_group


def test_events_modality_rejected_offer(events_of, only) -> None:
    text = "The besieged fighters offered to release two hostages in exchange for safe passage. The offer was rejected."
    event = only(events_of(text), kind="negotiation")
    assert event.modality == "attempted_failed"


def test_events_modality_forecast_is_not_asserted(events_of) -> None:
    events = events_of("The group will probably attack the city again next year.")
    assert events and all(e.modality == "forecast" for e in events)


def test_events_modality_either_or_is_hypothetical(events_of, only) -> None:
    text = "The trapped fighters must either surrender to the army or face arrest by the militia."
    assert only(events_of(text), kind="arrest").modality == "hypothetical"


def test_events_modality_decline_without_object_is_no_refusal(events_of, only) -> None:
    text = "The rebels' influence began to decline with the start of the army's air strikes on their bases."
    assert only(events_of(text), kind="air_strike").modality == "asserted"


def test_events_modality_who_gets_ready_makes_the_assault(events_of, only) -> None:
    event = only(events_of("The militants fled as soldiers gathered for an assault on the town."), kind="armed_clash")
    (agent,) = [c for c in event.why if c.argument == "actor1"]
    assert agent.text == "soldiers", agent


def test_events_modality_who_calls_it_off_was_to_make_it(events_of, only) -> None:
    event = only(events_of("The militia called off an offensive on the town on Tuesday."), modality="called_off")
    (agent,) = [c for c in event.why if c.argument == "actor1"]
    assert agent.text == "militia", agent


def test_events_modality_the_withdrawal_of_a_force_is_its_own(events_of, only) -> None:
    event = only(
        events_of("Officials say the deal provides for the withdrawal of the militia from the port."), kind="withdrawal"
    )
    (side,) = [c for c in event.why if c.argument == "actor1"]
    assert side.text == "militia", side
