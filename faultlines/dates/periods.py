"""Rules for the periods dateparser misses or flattens to one day: "earlier this month", "late
last year", "the past few weeks", "in September", "the previous day".

Each resolver takes the expression's regex match, the anchor (the publication date) and the date
of the expression before it, and returns a ``(first day, last day)`` range, or None when the
anchor it needs is missing. A match it cannot read raises ValueError (the caller applies the
error policy). Seasons are the northern hemisphere's meteorological ones.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from faultlines.lang.en.dates import DAY_OFFSETS, EDGE_FRACTIONS, MONTHS, SEASON_MONTHS, SMALL_NUMBERS, VAGUE_AMOUNTS
from faultlines.records import EventDate

DateRange = tuple[date, date]


def amount(text: str | None, *, plural: bool) -> tuple[int, int]:
    """ "two" -> (2, 2), "a few" -> (2, 4), "14" -> (14, 14); no number: 1, or (2, 4) for a plural."""
    if not text:
        return (2, 4) if plural else (1, 1)
    word = " ".join(text.lower().split())
    if word.isdigit():
        return int(word), int(word)
    if word in SMALL_NUMBERS:
        return SMALL_NUMBERS[word], SMALL_NUMBERS[word]
    if word in VAGUE_AMOUNTS:
        return VAGUE_AMOUNTS[word]
    raise ValueError(f"unknown amount {text!r}")


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def month_range(year: int, month: int) -> DateRange:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def shift(day: date, unit: str, count: int) -> date:
    unit = unit.lower().rstrip("s")
    if unit in ("day", "night", "morning", "evening"):
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    if unit == "month":
        return add_months(day, count)
    if unit == "year":
        return add_months(day, 12 * count)
    raise ValueError(f"unknown unit {unit!r}")


def containing(day: date, unit: str) -> DateRange:
    """The calendar week (Monday to Sunday), month or year that holds ``day``."""
    unit = unit.lower().rstrip("s")
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return month_range(day.year, day.month)
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def edge_of(whole: DateRange, edge: str | None, anchor: date | None = None) -> DateRange:
    """Narrow a range to its early, middle or late third; "earlier"/"later" cut it at the anchor."""
    if not edge:
        return whole
    word = edge.lower().split()[-2 if edge.lower().endswith(" of") else -1]
    first, last = whole
    if word in ("earlier", "later"):
        if anchor is None or not first <= anchor <= last:
            return whole
        return (first, anchor) if word == "earlier" else (anchor, last)
    low, high = EDGE_FRACTIONS[word]
    days = (last - first).days + 1
    start = first + timedelta(days=round(days * low))
    end = first + timedelta(days=max(round(days * high) - 1, 0))
    return start, end


def month_resolver(match: re.Match[str], anchor: date | None, previous: EventDate | None) -> DateRange | None:
    month = MONTHS[match.group("m").rstrip(".").lower()]
    edge = match.group("edge")
    which = edge.lower() if edge and edge.lower() in ("last", "this", "next") else None
    if match.group("y"):
        year = int(match.group("y"))
    elif anchor is None:
        return None
    elif which == "this":
        year = anchor.year
    elif which == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:  # the latest such month up to the anchor ("last" excludes the anchor's own month)
        year = anchor.year if month < anchor.month or (month == anchor.month and which != "last") else anchor.year - 1
    return edge_of(month_range(year, month), None if which else edge)


def year_resolver(match: re.Match[str], anchor: date | None, previous: EventDate | None) -> DateRange | None:
    year = int(match.group("y"))
    return edge_of((date(year, 1, 1), date(year, 12, 31)), match.group("edge"))


def ago_resolver(match: re.Match[str], anchor: date | None, previous: EventDate | None) -> DateRange | None:
    if anchor is None:
        return None
    unit = match.group("u").lower().rstrip("s")
    fewest, most = amount(match.group("n"), plural=match.group("u").lower().endswith("s"))
    if unit == "day":
        return anchor - timedelta(days=most), anchor - timedelta(days=fewest)
    if unit == "week":
        return anchor - timedelta(weeks=most, days=3), anchor - timedelta(weeks=fewest) + timedelta(days=3)
    return containing(shift(anchor, unit, -most), unit)[0], containing(shift(anchor, unit, -fewest), unit)[1]


def period_resolver(match: re.Match[str], anchor: date | None, previous: EventDate | None) -> DateRange | None:
    """ "the past four months" = from four months before the anchor up to it."""
    if anchor is None:
        return None
    unit = match.group("u")
    _, most = amount(match.group("n"), plural=unit.lower().endswith("s"))
    if match.group("dir").lower() in ("coming", "next"):
        return anchor, shift(anchor, unit, most) - timedelta(days=1)
    return shift(anchor, unit, -most) + timedelta(days=1), anchor


def deictic_resolver(match: re.Match[str], anchor: date | None, previous: EventDate | None) -> DateRange | None:
    if anchor is None:
        return None
    unit = match.group("u")
    if unit is None:
        words = " ".join(match.group("x").lower().split())
        key = next(k for k in sorted(DAY_OFFSETS, key=len, reverse=True) if words.startswith(k))
        day = anchor + timedelta(days=DAY_OFFSETS[key])
        return day, day
    unit = unit.lower()
    step = {"this": 0, "last": -1, "next": 1}[match.group("which").lower()]
    if unit in SEASON_MONTHS:
        whole = _season(anchor, unit, step)
    elif unit == "weekend":
        saturday = containing(anchor, "week")[0] + timedelta(days=5 + 7 * step)
        whole = saturday, saturday + timedelta(days=1)
    else:
        whole = containing(shift(anchor, unit, step), unit)
    return edge_of(whole, match.group("edge"), anchor)


def _season(anchor: date, name: str, step: int) -> DateRange:
    """This (step 0), last (-1) or next (+1) season named ``name``, seen from ``anchor``."""
    first_month, last_month = SEASON_MONTHS[name]

    def span(year: int) -> DateRange:
        return date(year, first_month, 1), _end(year, last_month)

    year = anchor.year - (1 if first_month == 12 and anchor.month < 3 else 0)
    if step < 0:
        while span(year)[1] >= anchor:
            year -= 1
    elif step > 0:
        while span(year)[0] <= anchor:
            year += 1
    return span(year)


def _end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return month_range(year, month)[1]


def anaphoric_resolver(match: re.Match[str], anchor: date | None, previous: EventDate | None) -> DateRange | None:
    """ "the previous day", "that week", "two days later": moved from the date before it."""
    if previous is None or previous.start is None or previous.end is None:
        return None
    first, last = date.fromisoformat(previous.start), date.fromisoformat(previous.end)
    groups = match.groupdict()
    words = match.group("x").lower()
    unit = next((groups[u] for u in ("u1", "u2", "u3", "u4") if groups[u]), "day")
    if groups.get("n"):
        count = amount(groups["n"], plural=True)[1] * (-1 if groups["el"].lower() == "earlier" else 1)
    elif any(w in words for w in ("previous", "before", "earlier")) and "that" not in words:
        count = -1
    elif any(w in words for w in ("following", "next", "after")):
        count = 1
    else:
        count = 0
    unit = unit.lower().rstrip("s")
    if unit in ("week", "month", "year"):
        return containing(shift(first, unit, count), unit)[0], containing(shift(last, unit, count), unit)[1]
    return shift(first, "day", count), shift(last, "day", count)
