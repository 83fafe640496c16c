"""Which date an event takes: its own sentence first, never a caption's, never an invented one.
Events are built by hand; these tests load no model."""

from __future__ import annotations

from datetime import date

from faultlines.dates.assign import DocumentDates
from faultlines.records import Event, Span


def event_at(text: str, trigger: str, *, occurrence: int = 0) -> Event:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    sentence_start = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    sentence_end = text.find(".", start) + 1
    return Event(
        event_id=f"e{start}",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        kind="attack",
        modality="asserted",
        trigger=Span.of(text, start, start + len(trigger)),
        evidence=(Span.of(text, sentence_start, sentence_end),),
    )


def test_dates_assign_takes_the_date_in_the_trigger_sentence() -> None:
    text = "Militants shelled the market on Monday. The army answered on Wednesday."
    dates = DocumentDates(text, date(2019, 1, 20))
    assert dates.for_event(event_at(text, "shelled")).start == "2019-01-14"
    assert dates.for_event(event_at(text, "answered")).start == "2019-01-16"


def test_dates_assign_relative_without_anchor_keeps_text_only() -> None:
    text = "Fighters executed deserters last Tuesday evening."
    result = DocumentDates(text, None).for_event(event_at(text, "executed"))
    assert result is not None and result.text == "last Tuesday evening"
    assert (result.start, result.end, result.precision) == (None, None, None)


def test_dates_assign_caption_dates_stay_in_the_caption() -> None:
    text = "Mourners carry a coffin in the square on July 18, 2014.\n\nGunmen attacked a convoy near the border."
    caption = Span.of(text, 0, text.index("\n"))
    dates = DocumentDates(text, None, captions=(caption,))
    assert dates.for_event(event_at(text, "carry")).start == "2014-07-18"
    assert dates.for_event(event_at(text, "attacked")) is None


def test_dates_assign_falls_back_to_the_paragraph() -> None:
    text = "On March 3, 2016, rebels entered the village. They burned the school."
    dates = DocumentDates(text, None)
    assert dates.for_event(event_at(text, "burned")).start == "2016-03-03"


def test_dates_assign_never_crosses_a_paragraph() -> None:
    text = "On March 3, 2016, rebels entered the village.\n\nThey burned the school."
    assert DocumentDates(text, None).for_event(event_at(text, "burned")) is None


def test_dates_assign_anaphora_follow_the_text() -> None:
    text = "The siege began on May 2, 2016. The bombing started the previous day."
    dates = DocumentDates(text, None)
    assert dates.for_event(event_at(text, "bombing")).start == "2016-05-01"


def test_dates_assign_a_length_of_time_dates_nothing() -> None:
    text = "The story circulating in the media for the past two days of the militia killing 40 of its men is true."
    assert DocumentDates(text, date(2019, 1, 20)).for_event(event_at(text, "killing")) is None
    text = "Militants shelled the market for three hours on Monday."
    assert DocumentDates(text, date(2019, 1, 20)).for_event(event_at(text, "shelled")).start == "2019-01-14"
