"""Numbers and dates that belong to the incident: an age, a year or a tally over a period is no
death toll; a toll restated counts once; a date comes from the incident's own sentence or from
the sentence it goes on telling. Sentences we wrote."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from faultlines.dates.assign import DocumentDates
from faultlines.events.fatalities import Death, incident_toll
from faultlines.numbers import Count
from faultlines.records import Event, Span

# -- the toll of one incident from its death counts (built by hand, no model) --------------------


def _death(text: str, phrase: str, value: int, token: int, *, head: str, numbered: bool = True) -> Death:
    start = text.index(phrase)
    return Death(token, Count(float(value), text=phrase), start, start + len(phrase), head, numbered)


def test_fatalities_dates_groups_add_up_and_restatements_count_once() -> None:
    text = "They killed 23 soldiers. Twenty insurgents were killed. In all 43 people died."
    deaths = [
        _death(text, "23 soldiers", 23, 1, head="soldier"),
        _death(text, "Twenty insurgents", 20, 7, head="insurgent"),
        _death(text, "43 people", 43, 12, head="people"),
    ]
    toll = incident_toll(deaths, text)
    assert toll.best == 43  # 23 + 20, which the total restates
    assert incident_toll(deaths[:2], text).best == 43
    assert incident_toll(deaths[2:], text).best == 43


def test_fatalities_dates_one_group_restated_is_its_largest_figure() -> None:
    text = "Two killed in shooting. A gunman killed two vendors. The two vendors died."
    deaths = [
        _death(text, "Two", 2, 0, head=""),
        _death(text, "two vendors", 2, 7, head="vendor"),
        _death(text, "The two vendors", 2, 11, head="vendor"),
    ]
    assert incident_toll(deaths, text).best == 2


def test_fatalities_dates_one_statement_adds_its_victims() -> None:
    text = "The blast killed three soldiers and two civilians."
    deaths = [
        _death(text, "three soldiers", 3, 2, head="soldier"),
        _death(text, "two civilians", 2, 2, head="civilian"),
    ]
    assert incident_toll(deaths, text).best == 5


def test_fatalities_dates_dead_told_as_more_come_on_top() -> None:
    text = "A bomb killed a general. A militia commander was also killed. Two others died later."
    deaths = [
        _death(text, "a general", 1, 2, head="general", numbered=False),
        _death(text, "A militia commander", 1, 9, head="commander", numbered=False),
        _death(text, "Two others", 2, 14, head="other"),
    ]
    deaths[1:] = [dataclasses.replace(d, more=True) for d in deaths[1:]]
    assert incident_toll(deaths, text).best == 4
    assert incident_toll(deaths[:1], text).best == 1


def test_fatalities_dates_no_deaths_is_unknown() -> None:
    assert incident_toll([], "Gunmen attacked a convoy.").best is None


# -- which numbers are tolls (spaCy) -------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("A 45-year-old man was killed in the shooting on Friday.", 1),
        ("The 28-year-old victim was shot and killed outside a bar.", 1),
        ("Gunmen killed the owner of 3 shops in the market.", 1),
        ("A car bomb killed twenty-two people in the market.", 22),
        ("Militants have killed more than 500 people this year in the province.", None),
        ("More than 8,500 militants have been killed since the campaign began.", None),
        ("A local man was fatally shot by a police officer during a foot chase.", 1),
        ("Gunmen stormed the village, and the bodies of three farmers were found in a ditch.", 3),
        ("A bomb killed a judge near the court. His driver was also killed in the blast.", 2),
    ],
)
def test_fatalities_dates_toll_of(events_of, text: str, best: int | None) -> None:
    tolls = [e.fatalities.best for e in events_of(text) if e.fatalities.best is not None]
    assert (max(tolls) if tolls else None) == best


# -- which date an event takes (built by hand, no model) -----------------------------------------


def _event_at(text: str, trigger: str) -> Event:
    start = text.index(trigger)
    sentence_start = max(text.rfind(". ", 0, start) + 2, 0) if ". " in text[:start] else 0
    sentence_end = text.find(".", start) + 1
    return Event(
        event_id=f"e{start}",
        event_type="Battles",
        sub_event_type="Armed clash",
        kind="armed_clash",
        modality="asserted",
        trigger=Span.of(text, start, start + len(trigger)),
        evidence=(Span.of(text, sentence_start, sentence_end),),
    )


def test_fatalities_dates_a_neighbouring_occurrence_dates_nothing() -> None:
    text = "The suspect was arrested in March 2011 after a robbery. Police exchanged fire with gunmen at the farm."
    assert DocumentDates(text, date(2019, 6, 1)).for_event(_event_at(text, "exchanged fire")) is None


def test_fatalities_dates_a_sentence_going_on_takes_the_date_before() -> None:
    text = "On March 3, 2016, rebels entered the village. They stayed for hours. Then they burned the school."
    dated = DocumentDates(text, None).for_event(_event_at(text, "burned"))
    assert dated is not None and dated.start == "2016-03-03"


def test_fatalities_dates_a_chain_stops_at_a_sentence_about_something_else() -> None:
    text = "On March 3, 2016, rebels entered the village. The school had been closed for years. They burned it."
    assert DocumentDates(text, None).for_event(_event_at(text, "burned")) is None


def test_fatalities_dates_the_own_sentence_wins() -> None:
    text = "On March 3, 2016, rebels entered the village. They burned the school on March 5, 2016."
    dated = DocumentDates(text, None).for_event(_event_at(text, "burned"))
    assert dated is not None and dated.start == "2016-03-05"
