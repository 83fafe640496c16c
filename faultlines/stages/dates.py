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
    events = tuple(dataclasses.replace(e, date=dates.for_event(e)) for e in analysis.events)
    return dataclasses.replace(analysis, events=events)
