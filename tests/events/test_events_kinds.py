"""Each kind of event, on sentences the project wrote (spaCy's small model, no actor records)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "sub_event_type", "kind"),
    [
        ("Rebel fighters clashed with army troops near the bridge on Monday.", "Armed clash", "armed_clash"),
        ("Gunmen attacked a wedding party in the village, killing six guests.", "Attack", "attack"),
        ("The militia executed four shepherds it accused of spying.", "Attack", "execution"),
        ("Warplanes struck a fuel depot outside the town overnight.", "Air/drone strike", "air_strike"),
        ("Artillery shelling hit a market in the old city.", "Shelling/artillery/missile attack", "shelling"),
        ("A roadside bomb exploded under a police truck on the highway.", "Remote explosive/landmine/IED", "bombing"),
        ("A suicide bomber blew himself up at the gate of the ministry.", "Suicide bomb", "suicide_bombing"),
        ("A man threw a grenade into the crowded cafe.", "Grenade", "grenade_attack"),
        (
            "Doctors said the victims had been exposed to chlorine gas after the strike.",
            "Chemical weapon",
            "chemical_attack",
        ),
        (
            "Armed men kidnapped two engineers from the construction site.",
            "Abduction/forced disappearance",
            "abduction",
        ),
        ("Police arrested three suspects in the port city.", "Arrests", "arrest"),
        ("Soldiers raped women during the raid on the camp, witnesses said.", "Sexual violence", "sexual_violence"),
        (
            "The insurgents captured the town of Beldar after a week of fighting.",
            "Non-state actor overtakes territory",
            "territory_taken",
        ),
        (
            "Government forces recaptured the airport from the rebels.",
            "Government regains territory",
            "territory_taken",
        ),
        (
            "The rebels withdrew from the hill town, which the army entered without a fight.",
            "Non-violent transfer of territory",
            "withdrawal",
        ),
        ("Hundreds of teachers marched to parliament to demand higher pay.", "Peaceful protest", "protest"),
        (
            "Police fired tear gas to disperse students protesting outside the university.",
            "Protest with intervention",
            "protest",
        ),
        ("Protesters threw stones at shops and set cars on fire in the capital.", "Violent demonstration", "riot"),
        ("The two sides signed a ceasefire agreement in the capital on Friday.", "Agreement", "agreement"),
        ("Soldiers found a cache of rifles and explosives in a farmhouse.", "Disrupted weapons use", "weapons_seized"),
        (
            "The army set up a new observation post on the ridge.",
            "Headquarters or base established",
            "base_established",
        ),
        ("Militiamen looted shops and torched houses in the market town.", "Looting/property destruction", "looting"),
    ],
)
def test_events_kinds_type_each_sentence(events_of, only, text: str, sub_event_type: str, kind: str) -> None:
    event = only(events_of(text), sub_event_type=sub_event_type)
    assert event.kind == kind
    assert event.event_type  # one of ACLED's six, derived from the sub-event type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Foreign fighters of the group clashed with its local fighters in the desert.", "infighting"),
        ("The group executed twenty of its own members who tried to flee.", "execution_of_members"),
        ("Commanders of the group killed their own religious adviser in the town.", "assassination_of_member"),
        ("Dissident commanders tried to overthrow the group's leader but failed.", "coup_attempt"),
        ("Several commanders defected to the government side last week.", "defection"),
        ("Dozens of local fighters deserted the group and went home.", "desertion"),
        ("Local fighters refused orders to withdraw from the front line.", "refusal_of_orders"),
    ],
)
def test_events_kinds_intra_group(events_of, only, text: str, kind: str) -> None:
    event = only(events_of(text), kind=kind)
    assert event.intra_group


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The group moved its headquarters to a village near the border.", "relocation"),
        ("The militants offered to negotiate the release of the hostages.", "negotiation"),
        ("Thousands of residents fled their homes as the fighting approached.", "displacement"),
        ("The militia forcibly recruited teenage boys in the district.", "forced_recruitment"),
    ],
)
def test_events_kinds_strategic(events_of, only, text: str, kind: str) -> None:
    only(events_of(text), kind=kind)


def test_events_kinds_territory_lost_names_the_winner_first(events_of, only) -> None:
    event = only(events_of("The rebels lost the town of Keran to the army on Tuesday."), kind="territory_lost")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1 is not None and event.actor1.name == "army"
    assert event.actor2 is not None and event.actor2.name == "rebels"


def test_events_kinds_non_state_detention_is_abduction(events_of, only) -> None:
    # ACLED: only state forces arrest; an armed group that detains people abducts them
    event = only(events_of("Rebel fighters detained three aid workers at a checkpoint."), kind="abduction")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_events_kinds_event_fields(events_of, only) -> None:
    text = "Rebel fighters ambushed an army convoy near the dam, killing at least 14 soldiers."
    event = only(events_of(text), sub_event_type="Armed clash")
    assert event.fatalities.best == 14 and event.fatalities.low == 14
    assert event.actor1 is not None and "Rebel" in event.actor1.name
    assert [s.text for s in event.arguments.victim] == ["at least 14 soldiers"]
    assert event.place is None and event.date is None and event.attribution == ()
    assert 0.0 <= event.confidence <= 1.0
    assert len(event.event_id) == 40
    for span in (event.trigger, *event.evidence, *event.arguments.perpetrator, *event.arguments.victim):
        assert text[span.start : span.end] == span.text
