"""Who did it and who suffered it, from the syntax (sentences we wrote): passives without their
auxiliary in headlines, verbs whose subject undergoes the event, relative pronouns, and the
sides ACLED names from them."""

from __future__ import annotations

import pytest

from faultlines.config import Settings
from faultlines.events.participants import MentionIndex, find_roles
from faultlines.pipeline import Pipeline
from faultlines.records import Event

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def read():
    pipeline = Pipeline.from_settings(Settings())

    def events(text: str) -> tuple[Event, ...]:
        (analysis,) = pipeline.analyse([text])
        return analysis.events

    return events


def _roles(nlp, text: str, trigger: str, *, verbal: bool = True, frame: str = ""):
    doc = nlp(text)
    head = next(t.i for t in doc if t.text == trigger)
    roles = find_roles(doc, head, verbal, MentionIndex(()), lambda m: None, frame)
    return [p.text for p in roles.agent], [p.text for p in roles.patient]


def test_roles_headline_passive_without_auxiliary_names_the_victim(nlp) -> None:
    assert _roles(nlp, "Teenager shot outside a grocery store in Dayton", "shot") == ([], ["Teenager"])


def test_roles_active_shooting_keeps_its_shooter(nlp) -> None:
    agents, patients = _roles(nlp, "A neighbour shot the dog on Tuesday.", "shot")
    assert agents == ["neighbour"] and patients == ["dog"]


def test_roles_the_subject_of_die_underwent_the_violence(nlp) -> None:
    text = "The shopkeeper died in hospital on Friday of gunshot wounds."
    assert _roles(nlp, text, "died") == ([], ["shopkeeper"])


def test_roles_a_death_of_no_violence_is_no_victim(read) -> None:
    text = "The town's founder, who died in 1998, is buried near the old mosque in Herat."
    assert not read(text)


def test_roles_a_passive_clause_without_subject_takes_the_main_subject_as_victim(nlp) -> None:
    agents, patients = _roles(nlp, "Maria Lopez, 31, died on Sunday after being stabbed near her home.", "stabbed")
    assert agents == [] and patients == ["Maria Lopez"]


def test_roles_relative_pronoun_is_its_antecedent(nlp) -> None:
    text = "Detectives are still hunting the robbers who shot and wounded the cashier last week."
    assert _roles(nlp, text, "shot")[0] == ["robbers"]
    assert _roles(nlp, text, "wounded") == (["robbers"], ["cashier"])


def test_roles_a_victim_is_never_actor1(read) -> None:
    (event,) = [e for e in read("Woman shot, killed in Dayton parking lot.") if e.trigger.text == "shot"]
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (United States)"
    assert event.actor2 is not None and event.actor2.name == "Civilians (United States)"


def test_roles_between_names_each_side_once(nlp) -> None:
    text = "Two men died in a battle between soldiers and gunmen near the market."
    assert _roles(nlp, text, "battle", verbal=False) == (["soldiers"], ["gunmen"])


def test_roles_a_blast_which_injured_people_has_them_as_victims(nlp) -> None:
    text = "Police are hunting a man suspected of a blast which injured several people in Nantes."
    assert _roles(nlp, text, "blast", verbal=False)[1] == ["several people"]


def test_roles_a_named_officer_of_a_nation_is_its_military(read) -> None:
    text = "A Russian major general was killed by a roadside bomb near Palmyra, Syria on Monday."
    (event,) = read(text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Russia"


def test_roles_a_battle_keeps_the_fighters_as_sides_not_the_bystanders(read) -> None:
    text = "In Kandahar, a farmer was killed in a battle between troops and gunmen on Sunday."
    (event,) = [e for e in read(text) if e.sub_event_type == "Armed clash"]
    names = {event.actor1.name, event.actor2.name}
    assert names == {"Military Forces of Afghanistan", "Unidentified Armed Group (Afghanistan)"}
    assert not event.assoc_actor_2  # the farmer is a victim, nobody's ally


def test_roles_an_accidental_blast_is_coded_to_the_group_that_owned_it(read) -> None:
    text = "Five Taliban militants were killed in an accidental explosion in Helmand, Afghanistan on Monday."
    (event,) = read(text)
    assert event.actor1 is not None and event.actor1.name == "Taliban"
    assert event.actor2 is None


def test_roles_a_dateline_parsed_as_subject_gives_way_to_the_real_one(read) -> None:
    text = "BUNIA, Congo (AFP) - Fighters of the M23 killed 12 villagers in an attack on Saturday, an official said."
    (event,) = read(text)
    assert event.actor1 is not None and event.actor1.actor_id == "m23"


def test_roles_a_force_backed_by_another_has_it_as_associated_actor(read) -> None:
    text = "Syrian rebels, backed by Turkish troops, attacked the YPG near Afrin, Syria on Monday."
    (event,) = read(text)
    assert event.actor1.actor_id == "syrian_opposition"
    assert [a.actor_id for a in event.assoc_actor_1] == ["turkey_military"]


def test_roles_who_faces_an_arrest_suffers_it_and_by_whom_does_it(nlp) -> None:
    text = "Many militants face arrest by the Syrian Democratic Forces near Hajin."
    assert _roles(nlp, text, "arrest", verbal=False) == (["Syrian Democratic Forces"], ["Many militants"])


def test_roles_a_participle_headline_names_the_dead_even_soldiers(nlp) -> None:
    assert _roles(nlp, "Two soldiers killed in ambush in northern Mali", "killed") == ([], ["Two soldiers"])


def test_roles_a_patrol_that_hit_a_mine_was_hit(nlp) -> None:
    agents, patients = _roles(nlp, "Their patrol hit a landmine near Gao on Monday.", "hit", frame="attack")
    assert agents == [] and patients == ["Their patrol"]
    # a man who pulled out a gun did not withdraw from it
    assert _roles(nlp, "One of the men pulled out a gun.", "pulled", frame="withdraw")[0] == ["One of the men"]
