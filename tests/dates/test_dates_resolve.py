"""Resolving date expressions against an anchor: ranges, ACLED precision, and the error policy."""

from __future__ import annotations

from datetime import date

import pytest

from faultlines.dates import DateParseError, find_date_expressions, parse_anchor, resolve
from faultlines.records import EventDate

ANCHOR = date(2019, 1, 20)  # a Sunday


def resolved(text: str, anchor: date | None = ANCHOR, previous: EventDate | None = None) -> EventDate:
    (expression,) = find_date_expressions(text)
    return resolve(expression, anchor, previous=previous)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("March 3, 2016", "2016-03-03", "2016-03-03", 1),
        ("Jan. 8", "2019-01-08", "2019-01-08", 1),
        ("3/18/2016", "2016-03-18", "2016-03-18", 1),
        ("last Tuesday evening", "2019-01-15", "2019-01-15", 1),
        ("on Friday", "2019-01-18", "2019-01-18", 1),
        ("yesterday", "2019-01-19", "2019-01-19", 1),
        ("two days ago", "2019-01-18", "2019-01-18", 1),
        ("last week", "2019-01-07", "2019-01-13", 2),
        ("earlier this week", "2019-01-14", "2019-01-20", 2),
        ("earlier this month", "2019-01-01", "2019-01-20", 3),
        ("last month", "2018-12-01", "2018-12-31", 3),
        ("late last year", "2018-09-01", "2018-12-31", 3),
        ("in September", "2018-09-01", "2018-09-30", 3),
        ("in early March 2015", "2015-03-01", "2015-03-10", 3),
        ("in 2014", "2014-01-01", "2014-12-31", 3),
        ("over the past few weeks", "2018-12-24", "2019-01-20", 3),
        ("in the past four months", "2018-09-21", "2019-01-20", 3),
    ],
)
def test_dates_resolve_each_form(text: str, start: str, end: str, precision: int) -> None:
    result = resolved(text)
    assert (result.start, result.end, result.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text", ["last Tuesday evening", "earlier this month", "the past few weeks", "in September", "Jan. 8", "yesterday"]
)
def test_dates_resolve_without_anchor_stays_relative(text: str) -> None:
    result = resolved(text, anchor=None)
    assert (result.start, result.end, result.precision) == (None, None, None)
    assert result.text and text.endswith(result.text)


def test_dates_resolve_explicit_dates_need_no_anchor() -> None:
    result = resolved("July 18, 2014", anchor=None)
    assert (result.start, result.precision) == ("2014-07-18", 1)


def test_dates_resolve_anaphora_count_from_the_previous_date() -> None:
    previous = EventDate("2016-03-03", "2016-03-03", 1, "March 3, 2016")
    assert resolved("the previous day", previous=previous).start == "2016-03-02"
    assert resolved("two days later", previous=previous).start == "2016-03-05"
    assert resolved("the previous day", previous=None).start is None


def test_dates_resolve_keeps_the_span() -> None:
    text = "Shelling stopped last week."
    (expression,) = find_date_expressions(text)
    result = resolve(expression, ANCHOR)
    assert text[result.span_start : result.span_end] == result.text == "last week"


def test_dates_resolve_error_policy() -> None:
    (expression,) = find_date_expressions("It happened on February 30, 2017.")
    assert resolve(expression, ANCHOR).start is None
    with pytest.raises(DateParseError, match="February 30, 2017"):
        resolve(expression, ANCHOR, errors="raise")


def test_dates_parse_anchor() -> None:
    assert parse_anchor("2019-01-20T10:00:00Z") == ANCHOR
    assert parse_anchor(None) is None
    assert parse_anchor("soon") is None
    with pytest.raises(DateParseError, match="YYYY-MM-DD"):
        parse_anchor("soon", errors="raise")
