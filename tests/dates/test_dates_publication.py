"""The publication date a text states, and the dates it must not take for one."""

from __future__ import annotations

import pytest

from faultlines.dates import DateParseError, find_publication_date


def check(text: str) -> str | None:
    found = find_publication_date(text)
    if found is None:
        return None
    iso, span = found
    assert text[span.start : span.end] == span.text
    return iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels take the ridge\nPublished March 4, 2017\n\nRebels took the ridge.", "2017-03-04"),
        ("Rebels take the ridge\nPosted on: 2017-03-04 10:12\n\nRebels took the ridge.", "2017-03-04"),
        ("Rebels take the ridge\nSaturday, 4 March 2017 10:32 GMT\nBy Jane Roe\n\nText.", "2017-03-04"),
        ("Rebels take the ridge\nBy Jane Roe | March 4, 2017\n\nText.", "2017-03-04"),
        ("Man hurt in robbery | Station 9TOWNVILLE, Ohio (March 4, 2017) — Police said.", "2017-03-04"),
    ],
)
def test_dates_publication_stated_forms(text: str, expected: str) -> None:
    assert check(text) == expected


def test_dates_publication_prefers_published_over_updated() -> None:
    text = "Title here\nUpdated March 9, 2017\nPublished March 4, 2017\n\nBody."
    assert check(text) == "2017-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "Ridge falls\n\nProtesters hold a banner in the square on July 18, 2014. Jane Roe/AFP/Getty Images\n",
        "BEIRUT, March 4 (Wire) - Rebels took the ridge.",  # no year: it cannot anchor anything
        "Rebels took the ridge last Tuesday, officials said.",
        "",
    ],
)
def test_dates_publication_invents_nothing(text: str) -> None:
    assert check(text) is None


def test_dates_publication_error_policy() -> None:
    text = "Title\nPublished February 30, 2017\n"
    assert find_publication_date(text) is None
    with pytest.raises(DateParseError):
        find_publication_date(text, errors="raise")
