"""An event's ``why``: each argument names the rule that chose its value and the words it read.

Unit tests build records by hand (ACLED's fills, the date rules, the toll's reading); the ones
marked slow read sentences the project wrote with spaCy and the events stage.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from records_factory import make_result

from faultlines.actors.acled_sides import COUNTRY_OF_PLACE, acled_sides
from faultlines.dates.assign import LEFT_RELATIVE, NEAREST_IN_SENTENCE, TOLD_BEFORE, DocumentDates
from faultlines.events.fatalities import FLOOR, GROUPS_ADDED, RANGE_LOW, VAGUE, Death, incident_toll_why
from faultlines.lang.en.why import DATE_ANCHORED, UNNAMED_SIDE_RULES
from faultlines.numbers import Count
from faultlines.records import Choice, Event, EventActor, Span


def _event(**changes) -> Event:
    (event,) = make_result().events  # an infighting clash in Hajin, Syria
    return dataclasses.replace(event, **changes)


def _why(event: Event) -> dict[str, Choice]:
    return {c.argument: c for c in event.why}


# ACLED's fills (faultlines.actors.acled_sides) --------------------------------------------------


def test_why_an_unnamed_arrester_is_the_police_by_acleds_rule() -> None:
    event = _event(event_type="Protests", sub_event_type="Arrests", actor1=None, actor2=None, why=())
    named = acled_sides(event, fallback_country=None)
    assert named.actor1.actor_id == "police:SY"
    assert _why(named)["actor1"] == Choice("actor1", UNNAMED_SIDE_RULES["police"])


def test_why_a_side_given_its_country_keeps_the_words_it_was_read_from() -> None:
    read = Choice("actor2", "patient of 'shot' (object)", 40, 49, "civilians")
    event = _event(event_type="Violence against civilians", sub_event_type="Attack",
                   actor2=EventActor("Civilians", None, None, 7), why=(read,))  # fmt: skip
    choice = _why(acled_sides(event, fallback_country=None))["actor2"]
    assert (choice.start, choice.end, choice.text) == (40, 49, "civilians")
    assert choice.rule == f"{read.rule}; {COUNTRY_OF_PLACE}"


def test_why_words_made_a_generic_actor_say_so() -> None:
    read = Choice("actor1", "agent of 'attacked' (subject)", 0, 6, "Gunmen")
    event = _event(actor1=EventActor("Gunmen", None, None, None), why=(read,))
    choice = _why(acled_sides(event, fallback_country=None))["actor1"]
    assert choice.rule == f"{read.rule}; generic: 'Gunmen' -> Unidentified Armed Group (Syria)"


def test_why_a_side_acled_leaves_out_loses_its_choice() -> None:
    event = _event(event_type="Protests", sub_event_type="Peaceful protest",
                   actor1=EventActor("Protesters", None, None, 6), actor2=EventActor("Police", None, None, 1),
                   why=(Choice("actor2", "patient of 'marched' ('against' phrase)", 1, 2, "x"),))  # fmt: skip
    named = acled_sides(event, fallback_country=None)
    assert named.actor2 is None and "actor2" not in _why(named)


# Dates (faultlines.dates.assign) ----------------------------------------------------------------


def _dated(text: str, trigger: str, anchor: date | None) -> tuple[object, Choice | None]:
    start = text.index(trigger)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    sentence_end = text.find(".", start) + 1
    event = _event(
        trigger=Span(start, start + len(trigger), trigger),
        evidence=(Span(sentence_start, sentence_end, text[sentence_start:sentence_end]),),
    )
    return DocumentDates(text, anchor).dated_with_why(event)


def test_why_a_weekday_is_counted_back_from_the_publication_date() -> None:
    text = "Gunmen attacked a checkpoint near the town last Tuesday, killing two guards."
    found, choice = _dated(text, "attacked", date(2019, 3, 14))
    assert found.start == "2019-03-12"
    assert choice.rule == f"{NEAREST_IN_SENTENCE}; {DATE_ANCHORED['weekday']}"
    assert (choice.text, text[choice.start : choice.end]) == ("last Tuesday", "last Tuesday")


def test_why_without_a_publication_date_a_weekday_stays_relative() -> None:
    text = "Gunmen attacked a checkpoint near the town last Tuesday, killing two guards."
    found, choice = _dated(text, "attacked", None)
    assert found.start is None and choice.rule.endswith(LEFT_RELATIVE)


def test_why_a_sentence_that_goes_on_telling_takes_the_date_before() -> None:
    text = "On March 3, 2015 rebels entered the village of Kora. They burned the school and the clinic."
    found, choice = _dated(text, "burned", None)
    assert found.start == "2015-03-03"
    assert choice.rule == TOLD_BEFORE  # a full date: counted from nothing
    assert choice.text == "March 3, 2015"


def test_why_an_undated_event_has_no_date_choice() -> None:
    assert _dated("Gunmen attacked a checkpoint near the town.", "attacked", date(2019, 3, 14)) == (None, None)


# Fatalities (faultlines.events.fatalities) ------------------------------------------------------


def _death(text: str, words: str, count: Count, head: str, *, token: int = 0) -> Death:
    start = text.index(words)
    return Death(token, count, start, start + len(words), head, numbered=True)


def test_why_at_least_is_read_as_its_floor() -> None:
    text = "At least 12 soldiers were killed."
    toll, rule = incident_toll_why([_death(text, "At least 12 soldiers", Count(12.0, low=12.0), "soldier")], text)
    assert toll.best == 12 and rule == f"the toll one statement gives: {FLOOR}"


def test_why_numbered_groups_are_added_and_each_reading_told() -> None:
    text = "Between 5 and 8 soldiers were killed and dozens of insurgents died."
    deaths = [
        _death(text, "Between 5 and 8 soldiers", Count(5.0, low=5.0, high=8.0), "soldier", token=1),
        _death(text, "dozens of insurgents", Count(12.0, approximate=True, vague=True), "insurgent", token=2),
    ]
    toll, rule = incident_toll_why(deaths, text)
    assert toll.best == 17
    assert rule == f"{GROUPS_ADDED}: {RANGE_LOW}, {VAGUE}"


def test_why_no_toll_no_rule() -> None:
    assert incident_toll_why([], "Nobody was hurt.")[1] is None


# Sides and factions, read from the parse (faultlines.events.sides) ------------------------------


@pytest.mark.slow
def test_why_a_passive_by_phrase_names_the_attacker(events_of, only) -> None:
    text = "The convoy was attacked by gunmen near the village on Thursday."
    event = only(events_of(text), trigger=Span(15, 23, "attacked"))
    choice = _why(event)["actor1"]
    assert choice.rule == "agent of 'attacked' (passive 'by' phrase)"
    assert (choice.text, text[choice.start : choice.end]) == ("gunmen", "gunmen")


@pytest.mark.slow
def test_why_an_ally_is_read_from_its_cooperation_phrase(events_of, only) -> None:
    text = "Tribal fighters, in cooperation with the local police, recaptured the town of Kora from the rebels."
    event = only(events_of(text), kind="territory_taken")
    why = _why(event)
    assert why["assoc_actor_1"].rule == "ally of 'recaptured' ('in cooperation with' phrase)"
    assert why["actor1"].rule == "agent of 'recaptured' (subject)"
    assert why["actor2"].rule == "source of 'recaptured' ('from' phrase)"


@pytest.mark.slow
def test_why_factions_carry_the_words_that_name_them(events_of, only) -> None:
    text = "Foreign fighters of the militia clashed with its local fighters in the market on Friday."
    event = only(events_of(text), kind="infighting")
    why = _why(event)
    assert (event.actor1.faction, event.actor2.faction) == ("Foreign", "local")
    assert [why["faction1"].text, why["faction2"].text] == ["Foreign fighters", "local fighters"]
    assert all(text[c.start : c.end] == c.text for c in event.why)


@pytest.mark.slow
def test_why_only_values_that_are_set_have_a_choice(events_of) -> None:
    for event in events_of("Dozens of militants fled toward the border with their families."):
        for argument in ("actor1", "actor2", "assoc_actor_1", "fatalities", "date"):
            value = {"assoc_actor_1": event.assoc_actor_1 or None, "fatalities": event.fatalities.best}.get(
                argument, getattr(event, argument, None)
            )
            assert (argument in _why(event)) == (value is not None), argument
