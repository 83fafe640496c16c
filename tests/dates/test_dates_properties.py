"""Property tests: date finding and resolving never raise, whatever the text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.dates import find_date_expressions, find_publication_date, resolve
from faultlines.records import EventDate


def _words(text: str) -> list[str]:
    return text.split()


WORDS = st.sampled_from(
    _words(
        "on in last the past previous few two 2014 1999 May March Tuesday Friday night early late mid day "
        "days week weeks month months year years ago later earlier this next today yesterday , . 3 31 0 99 / "
        "- 2016-02-30 of following that same recent 13/45/2019 February 29 30 2015"
    )
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=25).map(" ".join))
ANCHORS = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, anchor=ANCHORS)
def test_dates_properties_never_raise(text: str, anchor: date | None) -> None:
    previous = None
    for expression in find_date_expressions(text):
        assert text[expression.start : expression.end] == expression.text
        result = resolve(expression, anchor, previous=previous)
        assert isinstance(result, EventDate)
        if result.start is not None:
            assert result.start <= result.end and result.precision in (1, 2, 3)
            previous = result


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_dates_properties_publication_never_raises(text: str) -> None:
    found = find_publication_date(text)
    if found is not None:
        assert text[found[1].start : found[1].end] == found[1].text
