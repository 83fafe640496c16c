"""Finding date expressions: each form, exact spans, and the words that are not dates."""

from __future__ import annotations

import pytest

from faultlines.dates import find_date_expressions


def found(text: str) -> list[tuple[str, str]]:
    expressions = find_date_expressions(text)
    for e in expressions:
        assert text[e.start : e.end] == e.text
    return [(e.text, e.kind) for e in expressions]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen raided the checkpoint on March 3, 2016, officials said.", ("March 3, 2016", "day")),
        ("The convoy was hit on Wednesday, Feb. 10.", ("Wednesday, Feb. 10", "day")),
        ("The siege began on the 4th of June 2015.", ("the 4th of June 2015", "day")),
        ("The report is dated 2016-02-10 in the archive.", ("2016-02-10", "numeric")),
        ("Shelling resumed in October, residents said.", ("October", "month")),
        ("The front collapsed in late May 2017.", ("late May 2017", "month")),
        ("The brigade was founded in 2012 by defectors.", ("2012", "year")),
        ("The town changed hands in early 2014.", ("early 2014", "year")),
        ("The bridge was destroyed three days ago.", ("three days ago", "ago")),
        ("Fighters withdrew early Friday from the hills.", ("early Friday", "weekday")),
        ("A drone struck the depot last Thursday night.", ("last Thursday night", "weekday")),
        ("Raids have intensified over the past few weeks.", ("the past few weeks", "period")),
        ("Prices doubled in recent months.", ("recent months", "period")),
        ("The militia said yesterday it would leave.", ("yesterday", "deictic")),
        ("Talks collapsed earlier this month.", ("earlier this month", "deictic")),
        ("The group lost the valley late last year.", ("late last year", "deictic")),
        ("A car bomb exploded the previous day.", ("the previous day", "anaphoric")),
        ("The bodies were found two days later.", ("two days later", "anaphoric")),
    ],
)
def test_dates_expressions_find_each_form(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence)


def test_dates_expressions_keep_prepositions_out_of_the_span() -> None:
    assert found("Fighting flared over the past four months.") == [("the past four months", "period")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May met the envoy.",  # a name, not a month
        "The fighters may march again.",  # verbs
        "Around 1,900 people fled.",  # a count, not a year
        "He was 2014th on the list.",
    ],
)
def test_dates_expressions_leave_non_dates_alone(sentence: str) -> None:
    assert found(sentence) == []


def test_dates_expressions_prefer_the_longest_match() -> None:
    assert found("They struck on Tuesday, Jan. 27, 2015 at dawn.") == [("Tuesday, Jan. 27, 2015", "day")]


def test_dates_expressions_order_is_left_to_right() -> None:
    kinds = [
        k for _, k in found("Last week the army advanced; on May 2, 2016 it retreated; two days later it returned.")
    ]
    assert kinds == ["deictic", "day", "anaphoric"]
