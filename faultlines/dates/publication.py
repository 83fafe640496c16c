"""The publication date, when the text itself states it.

Only explicit statements count, because a wrong anchor shifts every relative date of the
document: a labelled line ("Published March 4, 2017", "Posted on 2017-03-04"), a full date in
a dateline ("INDIANAPOLIS, Ind. (December 19, 2015) —"), or a header line that is only a date
("Monday, 4 March 2017 10:32 GMT", "By Jane Doe | March 4, 2017"). A date inside a sentence
(a photo caption's "on July 18, 2014") is never taken, and neither is a date without a year
("BEIRUT, March 4 (Reuters) -"): it cannot anchor anything.
"""

from __future__ import annotations

import re

from faultlines.dates.expressions import find_date_expressions
from faultlines.dates.resolve import ErrorPolicy, resolve
from faultlines.lang.en.dates import HEADER_FILLER, PUBLISHED_LABEL
from faultlines.records import Span

__all__ = ["find_publication_date"]

_HEAD_CHARS = 1500  # header lines and datelines live at the top
_TAIL_CHARS = 600  # some pages print "Published ..." under the article
_DATELINE = re.compile(r"^[^\n]{0,200}?\((?P<rest>[^()\n]{6,40})\)\s*[-–—]", re.MULTILINE)
_LINE = re.compile(r"^[ \t]*(?P<rest>[^\n]{6,90})$", re.MULTILINE)


def find_publication_date(text: str, *, errors: ErrorPolicy = "ignore") -> tuple[str, Span] | None:
    """``("2017-03-04", span of the date)`` when the text states its publication date, else None.

    A labelled "Published" date wins over an "Updated" one, which wins over a dateline or a
    header line. With ``errors="raise"`` a stated date that is not a real day ("February 30,
    2017") raises :class:`~faultlines.dates.resolve.DateParseError`; by default it is skipped.
    """
    if not isinstance(text, str) or not text:
        return None
    head = text[:_HEAD_CHARS]
    tail_start = max(len(text) - _TAIL_CHARS, len(head))
    labelled = [*_labelled(text, head, 0), *_labelled(text, text[tail_start:], tail_start)]
    for wanted in ("pub", "upd"):
        for kind, start, end in labelled:
            if kind == wanted and (found := _full_date(text, start, end, errors, whole=False)):
                return found
    for match in _DATELINE.finditer(head):
        if found := _full_date(text, match.start("rest"), match.end("rest"), errors, whole=True):
            return found
    for match in list(_LINE.finditer(head))[:8]:
        if found := _full_date(text, match.start("rest"), match.end("rest"), errors, whole=True):
            return found
    return None


def _labelled(text: str, chunk: str, offset: int) -> list[tuple[str, int, int]]:
    return [
        ("pub" if m.group("pub") else "upd", offset + m.start("rest"), offset + m.end("rest"))
        for m in PUBLISHED_LABEL.finditer(chunk)
    ]


def _full_date(text: str, start: int, end: int, errors: ErrorPolicy, *, whole: bool) -> tuple[str, Span] | None:
    """The first full date (day, month and year) in ``text[start:end]``; with ``whole`` the rest
    of that stretch may hold only header filler (a weekday, a time, a byline)."""
    stretch = text[start:end]
    for expression in find_date_expressions(stretch):
        if expression.kind not in ("day", "numeric") or not re.search(r"\d{4}", expression.text):
            continue
        if whole and HEADER_FILLER.sub("", stretch.replace(expression.text, " ")).strip(" .\t"):
            return None
        resolved = resolve(expression, None, errors=errors)
        if resolved.start is None:
            continue
        day_start = start + expression.start
        return resolved.start, Span(day_start, day_start + len(expression.text), expression.text)
    return None
