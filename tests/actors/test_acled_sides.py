"""Sides as ACLED names them: generic actors take the event's country, and the sides ACLED
requires are filled with the generic actor; named actors never change."""

from __future__ import annotations

import dataclasses

from records_factory import make_result

from faultlines.actors.acled_sides import acled_sides, document_country
from faultlines.records import EventActor


def _event(**changes):
    (event,) = make_result().events  # an infighting clash in Hajin, Syria
    return dataclasses.replace(event, **changes)


def test_acled_sides_bare_civilians_take_the_events_country() -> None:
    event = _event(event_type="Violence against civilians", sub_event_type="Attack",
                   actor2=EventActor("Civilians", None, None, 7))  # fmt: skip
    named = acled_sides(event, fallback_country=None)
    assert named.actor2 == EventActor("Civilians (Syria)", "civilians:SY", None, 7)
    assert named.actor1 == event.actor1  # Islamic State is named: unchanged


def test_acled_sides_an_unnamed_attacker_is_an_unidentified_armed_group() -> None:
    event = _event(event_type="Violence against civilians", sub_event_type="Attack", actor1=None, actor2=None)
    named = acled_sides(event, fallback_country=None)
    assert named.actor1.name == "Unidentified Armed Group (Syria)" and named.actor1.inter == 3
    assert named.actor2.name == "Civilians (Syria)" and named.actor2.inter == 7


def test_acled_sides_without_a_place_the_documents_country_then_no_country() -> None:
    event = _event(place=None, actor1=EventActor("police", "police", None, 1), actor2=None)
    assert acled_sides(event, fallback_country="GB").actor1.name == "Police Forces of the United Kingdom"
    unknown = acled_sides(event, fallback_country=None)
    assert unknown.actor1.actor_id == "police"  # no country to give it: left as it was
    assert unknown.actor2.name == "Unidentified Armed Group"  # a battle has two sides


def test_acled_sides_strategic_developments_get_no_invented_side() -> None:
    event = _event(event_type="Strategic developments", sub_event_type="Agreement", actor1=None, actor2=None)
    assert acled_sides(event, fallback_country="SY") is event


def test_acled_sides_document_country_is_where_most_places_are() -> None:
    place = make_result().places[0]
    elsewhere = dataclasses.replace(place, country_code="IQ")
    assert document_country([place, place, elsewhere]) == "SY"
    assert document_country([]) is None


def test_acled_sides_state_forces_take_the_article_acled_writes() -> None:
    from faultlines.actors.generic import generic_actor

    assert generic_actor("military:US")[0] == "Military Forces of the United States"
    assert generic_actor("military:SY")[0] == "Military Forces of Syria"
    assert generic_actor("civilians:US")[0] == "Civilians (United States)"


def test_acled_sides_a_person_named_as_victim_is_civilians() -> None:
    event = _event(event_type="Violence against civilians", sub_event_type="Attack",
                   actor1=None, actor2=EventActor("12-year-old Jane Roe", None, None, None))  # fmt: skip
    named = acled_sides(event, fallback_country="US")
    assert named.actor2 == EventActor("Civilians (Syria)", "civilians:SY", None, 7)  # the event's place: Syria
    assert named.actor1.name == "Unidentified Armed Group (Syria)"


def test_acled_sides_words_on_the_side_that_did_violence_are_an_unidentified_group() -> None:
    event = _event(actor1=EventActor("Local gang", None, None, None), actor2=EventActor("terrorist", None, None, 2))
    named = acled_sides(event, fallback_country=None)
    assert named.actor1.actor_id == named.actor2.actor_id == "unidentified:SY"


def test_acled_sides_state_words_are_military_or_police_of_the_country_they_name() -> None:
    event = _event(actor1=EventActor("intelligence forces", None, None, 1),
                   actor2=EventActor("23 Afghan soldiers", None, None, 1))  # fmt: skip
    named = acled_sides(event, fallback_country=None)
    assert named.actor1.name == "Police Forces of Syria"
    assert named.actor2.name == "Military Forces of Afghanistan"


def test_acled_sides_named_actors_and_peaceful_sides_keep_their_words() -> None:
    event = _event(event_type="Protests", sub_event_type="Peaceful protest",
                   actor1=EventActor("students", None, None, None), actor2=None)  # fmt: skip
    assert acled_sides(event, fallback_country=None).actor1.name == "students"


def test_acled_sides_an_arrest_by_no_one_named_is_the_police() -> None:
    event = _event(event_type="Strategic developments", sub_event_type="Arrests", actor1=None,
                   actor2=EventActor("John Doe", None, None, None))  # fmt: skip
    named = acled_sides(event, fallback_country=None)
    assert named.actor1.name == "Police Forces of Syria"
    assert named.actor2.name == "Civilians (Syria)"


def test_acled_sides_territory_taken_from_no_one_named_gets_no_invented_loser() -> None:
    event = _event(event_type="Battles", sub_event_type="Non-state actor overtakes territory", actor2=None)
    assert acled_sides(event, fallback_country=None).actor2 is None


def test_acled_sides_a_peaceful_protest_has_the_protesters_alone() -> None:
    event = _event(event_type="Protests", sub_event_type="Peaceful protest",
                   actor1=EventActor("Protesters (Syria)", "protesters:SY", None, 6),
                   actor2=EventActor("Government of Syria", "syria_government", None, 1))  # fmt: skip
    assert acled_sides(event, fallback_country=None).actor2 is None


def test_acled_sides_a_police_department_the_kb_does_not_know_is_the_police() -> None:
    event = _event(actor1=EventActor("Dayton Police Department", "new:dayton-police-department", None, None))
    assert acled_sides(event, fallback_country=None).actor1.name == "Police Forces of Syria"
