"""One incident, one event: mentions of one incident in different sentences are one event, two
incidents stay two (sentences we wrote, read by plain spaCy and the events stage)."""

from __future__ import annotations

import pytest

from faultlines.records import Event

pytestmark = pytest.mark.slow

VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _violent(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.event_type in VIOLENT]


def _sentences_of(event: Event) -> int:
    return len(event.evidence)


def test_coreference_definite_reference_far_away_joins_the_incident(events_of) -> None:
    text = (
        "Gunmen opened fire on a wedding party in the village of Tarsh on Saturday, killing four guests. "
        "The bride's family had moved to the village last spring. "
        "Neighbours said the family had no enemies. "
        "Relatives gathered outside the house on Sunday. "
        "Police have not said who was behind the shooting."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 1, [(e.sub_event_type, e.trigger.text) for e in violent]
    event = violent[0]
    assert [m.text for m in event.mentions] == ["opened fire", "killing", "shooting"]
    assert _sentences_of(event) == 2
    assert event.fatalities.best == 4


def test_coreference_pronoun_and_deaths_join_the_lead(events_of) -> None:
    text = (
        "Insurgents stormed an army base near Dalan at dawn. "
        "They killed 12 soldiers and wounded nine. "
        "Eight insurgents were killed."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 1, [(e.sub_event_type, e.trigger.text) for e in violent]
    assert _sentences_of(violent[0]) == 3
    assert violent[0].fatalities.best == 20  # the dead of both sides, each named once


def test_coreference_another_incident_stays_apart(events_of) -> None:
    text = (
        "A roadside bomb struck a police truck in Merak on Monday, killing two officers. "
        "In a separate incident, another bomb exploded near a school in Tolan, wounding a child."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 2, [(e.sub_event_type, e.trigger.text) for e in violent]


def test_coreference_a_later_occurrence_stays_apart(events_of) -> None:
    text = (
        "Soldiers and rebels fought for hours in the hills above Kora on Tuesday. "
        "Later, a man was shot dead at his door in the town."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 2, [(e.sub_event_type, e.trigger.text) for e in violent]


def test_coreference_a_past_incident_in_a_dated_clause_stays_apart(events_of) -> None:
    text = (
        "A mine killed a district governor in Sarak on Monday. "
        "It was the first death of an official in the province since 2015, when a judge was shot in the market."
    )
    events = events_of(text)
    lead = next(e for e in events if e.trigger.start < text.index("It was"))
    assert "shot" not in [m.text for m in lead.mentions]
    assert lead.fatalities.best == 1


def test_coreference_two_incidents_in_one_sentence_stay_two(events_of) -> None:
    text = "Rebels shelled the town of Ruvo while army jets bombed a rebel camp in the hills."
    violent = _violent(events_of(text))
    assert len(violent) == 2, [(e.sub_event_type, e.trigger.text) for e in violent]


def test_coreference_a_plan_and_its_outcome_are_one_event(events_of) -> None:
    text = (
        "The militia had planned to attack the airport at Belo. "
        "Its commanders argued for days about the route. "
        "The attack was called off when the army reinforced the runway."
    )
    events = [e for e in events_of(text) if e.event_type in VIOLENT]
    assert len(events) == 1, [(e.sub_event_type, e.modality, e.trigger.text) for e in events]
    assert events[0].modality == "called_off"


def test_coreference_headline_and_body_are_one_event(events_of) -> None:
    text = (
        "Two killed in market shooting\n\n"
        "A gunman opened fire in a crowded market in Dessa on Friday, killing two vendors. "
        "Witnesses said the gunman fled on a motorbike. "
        "Market traders closed their stalls for the day. "
        "The shooting was the third in the town this year."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 1, [(e.sub_event_type, e.trigger.text) for e in violent]
    assert violent[0].fatalities.best == 2


def test_coreference_a_clause_set_in_the_incident_joins_it(events_of) -> None:
    text = (
        "A road rage shooting near the stadium on Tuesday left a driver in critical condition. "
        "The stadium was closed for the evening. "
        "Police said there was no wider danger to the public. "
        "In the 6 p.m. incident, one driver opened fire on another car at a petrol station."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 1, [(e.sub_event_type, e.trigger.text) for e in violent]


def test_coreference_a_named_victim_joins_across_a_new_date(events_of) -> None:
    text = (
        "A father was charged over the death of his daughter, Lena Moser, during an eviction. "
        "The family had lived in the house for ten years. "
        "Neighbours described the father as quiet. "
        "Lena Moser was shot on March 11 as the bailiff tried to evict the family."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 1, [(e.sub_event_type, e.trigger.text) for e in violent]


def test_coreference_clock_times_keep_two_shootings_apart(events_of) -> None:
    text = (
        "Gunmen fired on a bar in the old town at 9pm, wounding two men. "
        "Just after 11.30pm a wave of shooting broke out near the river."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 2, [(e.sub_event_type, e.trigger.text) for e in violent]


def test_coreference_a_weapon_recalled_in_another_sentence_does_not_retype(events_of) -> None:
    text = (
        "A roadside bomb killed an army general near Sarak on Monday. "
        "It was the first death of a general in the province since 2015, when a colonel was killed by mortar fire."
    )
    lead = next(e for e in events_of(text) if e.trigger.start < text.index("It was"))
    assert lead.sub_event_type == "Remote explosive/landmine/IED"


def test_coreference_a_detention_coordinated_with_a_killing_is_part_of_it(events_of) -> None:
    text = "Four aid workers were abducted by militiamen near Goma and later executed."
    events = [e for e in events_of(text) if e.sub_event_type in ("Attack", "Abduction/forced disappearance", "Arrests")]
    assert len(events) == 1, [(e.sub_event_type, e.trigger.text) for e in events]
    assert events[0].sub_event_type == "Attack"


def test_coreference_a_new_time_does_not_reach_back_to_an_older_incident(events_of) -> None:
    text = (
        "Soldiers fought gunmen in the market district on Monday. "
        "The fighting lasted for hours. "
        "Traders stayed indoors. "
        "Residents were told to avoid the area. "
        "Later, a man was shot dead at his door. "
        "Just after 11.30pm a wave of shooting broke out near the river."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 3, [(e.sub_event_type, e.trigger.text) for e in violent]


def test_coreference_an_attack_told_after_a_blast_is_the_blast(events_of) -> None:
    text = (
        "Travellers hugged outside the station in Varna early on Wednesday after a blast. "
        "Gunmen hit the main hall of the station, killing 14 people, officials said on Tuesday."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 1, [(e.sub_event_type, e.trigger.text) for e in violent]
    assert violent[0].sub_event_type == "Remote explosive/landmine/IED"
    assert violent[0].fatalities.best == 14


def test_coreference_police_seizing_guns_in_a_raid_is_the_seizure(events_of) -> None:
    events = events_of("Police seized rifles and ammunition in an armed raid on two farms near Kessa.")
    assert [e.sub_event_type for e in events if e.event_type != "Strategic developments"] == []
    assert any(e.sub_event_type == "Disrupted weapons use" for e in events)


def test_coreference_a_killing_told_again_takes_its_detention_along(events_of) -> None:
    text = (
        "The militia killed 40 of its own fighters near Oran, a monitor said. "
        "The report spread quickly on social media. "
        "Relatives of the fighters gathered at the gate. "
        "The fighters had tried to desert, so they were imprisoned and later executed."
    )
    events = [e for e in events_of(text) if e.sub_event_type in ("Attack", "Arrests", "Abduction/forced disappearance")]
    assert len(events) == 1, [(e.sub_event_type, e.trigger.text) for e in events]
    assert {m.text for m in events[0].mentions} >= {"killed", "imprisoned", "executed"}


def test_coreference_weapons_taken_after_the_incident_are_part_of_it(events_of) -> None:
    text = (
        "A man shot his neighbour dead in the village of Marwick on Monday night. "
        "The victim's brother said the two men had argued for years about a fence. "
        "Police removed four rifles from the man's house after the shooting."
    )
    events = events_of(text)
    assert [e.sub_event_type for e in events] == ["Attack"], [(e.sub_event_type, e.trigger.text) for e in events]
    assert "removed" in [m.text for m in events[0].mentions]


def test_coreference_one_sentence_one_type_is_one_incident(events_of) -> None:
    text = (
        "Dozens of local fighters deserted their posts near Tabqa on Sunday "
        "after defecting to the rebels, a commander said."
    )
    events = events_of(text)
    assert len(events) == 1, [(e.sub_event_type, e.kind, e.trigger.text) for e in events]


def test_coreference_a_clock_time_with_its_zone_is_no_other_day(events_of) -> None:
    text = (
        "A bomb exploded outside a bakery in the town of Corvel on Friday, injuring 13 people. "
        "The mayor called for calm. "
        "Schools in the town stayed open. "
        "Shops closed early in the old quarter. "
        "At around 5.30 p.m. local time (1530 UTC) there was an explosion at the door, a police source said."
    )
    events = [e for e in events_of(text) if e.event_type == "Explosions/Remote violence"]
    assert len(events) == 1, [(e.sub_event_type, e.trigger.text) for e in events]
    assert "explosion" in [m.text for m in events[0].mentions]


STORY = (
    "Teenager Hurt In Road Rage Shooting In Harwick\n"
    "Police say a road rage shooting in Harwick on Wednesday left a 17-year-old boy in critical condition. "
    "The boy was taken to a hospital. "
    "A basketball game at his school was cancelled. "
    "Parents gathered outside the gym. "
    "\"I don't think it's an event where someone is randomly shooting people,\" a sergeant said."
)


def _story_events(text: str) -> list[Event]:
    from faultlines.config import Settings
    from faultlines.pipeline import Pipeline

    # the product's parse: its cleaner reads the headline as the report's title
    return _violent(next(Pipeline.from_settings(Settings()).analyse([text])).events)


def test_coreference_a_headline_incident_is_what_the_report_tells_again() -> None:
    # far from the lead, with an agent of its own ("someone"), the sergeant's shooting is the story's
    violent = _story_events(STORY)
    assert len(violent) == 1, [(e.sub_event_type, e.trigger.text) for e in violent]
    assert [m.text for m in violent[0].mentions].count("shooting") == 2


def test_coreference_the_headline_incident_does_not_take_another_one() -> None:
    text = STORY + " Later, in the town of Kettering on Sunday, gunmen shot two men outside a bar."
    violent = _story_events(text)
    assert len(violent) == 2, [(e.sub_event_type, e.trigger.text) for e in violent]


def test_coreference_a_place_inside_another_name_places_nothing() -> None:
    from faultlines.config import Settings
    from faultlines.events.reference import _in_a_name
    from faultlines.pipeline import Pipeline

    text = "Tennessee Bureau of Investigation spokesman Josh Reed said the men fled to Memphis on Monday."
    doc = next(Pipeline.from_settings(Settings()).analyse([text])).doc  # its place ruler tags "Tennessee" alone
    places = {e.text: _in_a_name(e) for e in doc.ents if e.label_ == "GPE"}
    assert places == {"Tennessee": True, "Memphis": False}


def test_coreference_a_negated_mention_pointing_back_leaves_the_incident_real(events_of) -> None:
    text = (
        "Gunmen shot two officers in Harwick on Monday. "
        "The mayor did not share details of the shooting. "
        "He said he had been made aware of an officer-involved shooting in the town."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 1, [(e.sub_event_type, e.trigger.text, e.modality) for e in violent]
    assert violent[0].modality == "asserted"


def test_coreference_an_age_and_a_dateline_tell_no_other_time_or_place(events_of) -> None:
    text = (
        "Police make arrest in east side double murder | Test 9\n"
        "HARWICK, Ind. (Dec. 3, 2015) -- Police made an arrest in a double murder that took place last weekend. "
        "Eric Dale, 22, was taken into custody in Urbana, Illinois."
    )
    arrests = [e for e in events_of(text) if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1, [(e.trigger.text, [m.text for m in e.mentions]) for e in arrests]


def test_coreference_last_weekend_and_a_date_can_be_one_day(events_of) -> None:
    text = (
        "Police made an arrest in a double murder that took place on the east side last weekend. "
        "The suspect was taken into custody in a nearby town. "
        "Two women were found dead in a home on Elm Street on November 28. "
        "Another resident of the home found their bodies. "
        "Relatives held a memorial in front of the home on Thursday night. "
        "The mother said her daughter had lived in the home for three days before the shooting happened."
    )
    violent = _violent(events_of(text))
    assert len(violent) == 1, [(e.trigger.text, [m.text for m in e.mentions]) for e in violent]


def test_coreference_a_refusal_of_orders_tells_the_rift_it_is_part_of(events_of) -> None:
    text = (
        "The group suffered internal disputes between its foreign leaders and its local fighters in the city. "
        "However, the local fighters of the group refused the orders of their foreign leaders."
    )
    events = [e for e in events_of(text) if e.kind in ("internal_dispute", "refusal_of_orders")]
    assert len(events) == 1, [(e.kind, e.trigger.text) for e in events]


def test_coreference_a_robbery_the_gunmen_meant_is_the_shootings_motive(events_of) -> None:
    text = (
        "Reward increased in fatal shooting of Harwick shop owner\n"
        "The suspects who shot and killed the owner of a shop in Harwick last month remain on the run. "
        "Police say three men intended to rob him."
    )
    events = [e for e in events_of(text) if e.modality in ("asserted", "planned")]
    assert [e.sub_event_type for e in events] == ["Attack"], [(e.sub_event_type, e.trigger.text) for e in events]
    assert "rob" in [m.text for m in events[0].mentions]
