"""Resolving a date expression against an anchor (the publication date) into an
:class:`~faultlines.records.EventDate`: a first and last day and ACLED's time precision.

dateparser reads weekdays and numeric dates ("last Tuesday", "3/18/2016"); a calendar day whose
pattern already holds its month, day and year is read directly, and the rules in
:mod:`faultlines.dates.periods` read the periods dateparser misses ("earlier this month", "late
last year"). dateparser only ever sees the short, normalised candidate that a pattern found
("Tuesday"), and its answers are cached.

Error policy: ``errors="ignore"`` (the default) never raises: an expression that cannot be read
stays relative, like one without an anchor. ``errors="raise"`` raises :class:`DateParseError`
for an expression that cannot be read (a missing anchor is not an error).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from faultlines.dates import periods
from faultlines.dates.expressions import DateExpression
from faultlines.errors import FaultlinesError
from faultlines.lang.en.dates import DATE_PATTERNS, WEEKDAY_NAMES
from faultlines.records import EventDate

__all__ = ["DateParseError", "ErrorPolicy", "parse_anchor", "precision_of", "resolve"]

ErrorPolicy = Literal["ignore", "raise"]
Resolver = Callable[[re.Match[str], date | None, EventDate | None], periods.DateRange | None]


class DateParseError(FaultlinesError, ValueError):
    """A date expression or anchor that cannot be read (raised only with ``errors="raise"``)."""


def parse_anchor(value: str | date | None, *, errors: ErrorPolicy = "ignore") -> date | None:
    """A publication date from "2019-01-20" (a time after it is ignored), a date, or None."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as e:
        if errors == "raise":
            raise DateParseError(f"anchor {value!r} is not a date: give it as YYYY-MM-DD") from e
        return None


def precision_of(first: date, last: date) -> int:
    """ACLED time precision: 1 for one day, 2 for up to a week, 3 for anything longer."""
    days = (last - first).days + 1
    return 1 if days <= 1 else 2 if days <= 7 else 3


def resolve(
    expression: DateExpression,
    anchor: date | None = None,
    *,
    previous: EventDate | None = None,
    errors: ErrorPolicy = "ignore",
) -> EventDate:
    """The dates ``expression`` stands for, seen from ``anchor``; ``previous`` is the date of the
    expression before it, which "the previous day" and "two days later" are counted from."""
    match = DATE_PATTERNS.get(expression.kind, re.compile(r"(?!)")).fullmatch(expression.text)
    try:
        if match is None:
            raise ValueError(f"not a {expression.kind} expression")
        found = _RESOLVERS[expression.kind](match, anchor, previous)
        if found is not None and found[0] > found[1]:
            raise ValueError("the range ends before it starts")
    except (ValueError, OverflowError, KeyError) as e:
        if errors == "raise":
            raise DateParseError(f"cannot read the date {expression.text!r}: {e}") from e
        found = None
    if found is None:
        return EventDate(None, None, None, expression.text, expression.start, expression.end)
    first, last = found
    return EventDate(
        first.isoformat(),
        last.isoformat(),
        precision_of(first, last),
        expression.text,
        expression.start,
        expression.end,
    )


@lru_cache(maxsize=64)
def _parser(anchor: date | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "MDY"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=8192)
def _dateparser_day(text: str, anchor: date | None) -> date:
    """One day read by dateparser from a short normalised candidate; ValueError when it cannot."""
    data = _parser(anchor).get_date_data(text)
    if data is None or data.date_obj is None:
        raise ValueError("dateparser found no date")
    return data.date_obj.date()


def _single(day: date) -> periods.DateRange:
    return day, day


def _day(match: re.Match[str], anchor: date | None, previous: EventDate | None) -> periods.DateRange | None:
    """A calendar day: read straight from the match (no parser needed); without a year, the
    latest such day up to the anchor."""
    month = periods.MONTHS[(match.group("m1") or match.group("m2")).rstrip(".").lower()]
    number = int(re.sub(r"\D", "", match.group("d1") or match.group("d2")))
    if match.group("y"):
        return _single(date(int(match.group("y")), month, number))
    if anchor is None:
        return None  # "Jan. 27" needs a year: never guess one
    year = anchor.year if (month, number) <= (anchor.month, anchor.day) else anchor.year - 1
    return _single(date(year, month, number))


def _numeric(match: re.Match[str], anchor: date | None, previous: EventDate | None) -> periods.DateRange | None:
    if match.group("iso"):
        return _single(date.fromisoformat(match.group("iso")))
    return _single(_dateparser_day(match.group("us"), None))


_MONDAY = date(2001, 1, 1)  # a Monday: weekdays are resolved from the same weekday in this week


def _weekday(match: re.Match[str], anchor: date | None, previous: EventDate | None) -> periods.DateRange | None:
    """ "last Tuesday evening", "on Friday": the latest such day before the anchor ("next Friday":
    the first after it). A bare weekday that is the anchor's own day is that day: local news
    dates a same-day event "Saturday" as often as "today"."""
    if anchor is None:
        return None
    modifier = (match.group("mod") or "").lower()
    weekday = match.group("wd")
    if modifier not in ("last", "past", "next") and WEEKDAY_NAMES.index(weekday.lower()) == anchor.weekday():
        return _single(anchor)
    # dateparser answers depend only on the anchor's weekday, so ask it about a fixed week: the
    # cache then holds 7 x 7 answers instead of one per publication date
    base = _MONDAY + timedelta(days=anchor.weekday())
    day = _dateparser_day(("next " if modifier == "next" else "") + weekday, base)
    return _single(anchor + (day - base))


_RESOLVERS: dict[str, Resolver] = {
    "day": _day,
    "numeric": _numeric,
    "month": periods.month_resolver,
    "year": periods.year_resolver,
    "ago": periods.ago_resolver,
    "weekday": _weekday,
    "period": periods.period_resolver,
    "deictic": periods.deictic_resolver,
    "anaphoric": periods.anaphoric_resolver,
}
