"""The dates stage: give each event the date its report states, resolved against the
publication date (``analysis.published``).

With no publication date, relative expressions ("last Tuesday evening", "earlier this month")
stay relative: the event keeps the expression's text and span, with ``start``, ``end`` and
``precision`` None. Explicit dates ("July 18, 2014") resolve either way. See
:mod:`faultlines.dates.assign` for which expression an event takes.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from faultlines.dates.assign import DocumentDates
from faultlines.dates.resolve import parse_anchor
from faultlines.records import Event, with_choice
from faultlines.registry import stage

if TYPE_CHECKING:
    from faultlines.analysis import Analysis
    from faultlines.resources import Resources

NAME = "faultlines.dates.v1"


@stage(NAME, reads=("clean", "doc", "events"), writes=("events",))
def date_events(analysis: Analysis, resources: Resources) -> Analysis:
    if not analysis.events:
        return analysis
    dates = DocumentDates(
        analysis.clean.body,  # boilerplate blanked, offsets unchanged
        parse_anchor(analysis.published),
        captions=getattr(analysis.clean, "captions", ()),
        doc=analysis.doc,
        dateline=getattr(analysis.clean, "dateline", None),
    )
    return dataclasses.replace(analysis, events=tuple(_dated(dates, e) for e in analysis.events))


def _dated(dates: DocumentDates, event: Event) -> Event:
    """``event`` with its date and the Choice that says which rule took it (none when undated)."""
    found, choice = dates.dated_with_why(event)
    event = dataclasses.replace(event, date=found, why=tuple(c for c in event.why if c.argument != "date"))
    return event if choice is None else with_choice(event, choice)
