"""Counts read from text: digits, words, vague plurals, bounds, ranges, relative amounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from faultlines.numbers import Count, CountError, find_counts, parse_count


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8,500", 8500),
        ("seven", 7),
        ("twenty-three", 23),
        ("one hundred", 100),
        ("one hundred and five", 105),
        ("a hundred", 100),
        ("two thousand", 2000),
        ("1.5 million", 1_500_000),
    ],
)
def test_numbers_exact_values(text: str, value: float) -> None:
    count = parse_count(text)
    assert count is not None
    assert count.value == value
    assert not count.approximate


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dozens", 12),
        ("hundreds", 100),
        ("thousands", 1000),
        ("tens of thousands", 10_000),
        ("several hundred", 200),
        ("a few dozen", 24),
        ("a number of", 10),
        ("several", 10),
    ],
)
def test_numbers_vague_plurals_are_conservative(text: str, value: float) -> None:
    count = parse_count(text)
    assert count is not None
    assert (count.value, count.vague, count.approximate) == (value, True, True)


def test_numbers_lower_bounds() -> None:
    for text in ("at least 40", "more than 40", "over 40", "40 or more", "40+"):
        count = parse_count(text)
        assert count is not None, text
        assert (count.value, count.low, count.high) == (40, 40, None), text


def test_numbers_upper_bounds() -> None:
    for text in ("up to 40", "nearly 40", "as many as 40"):
        count = parse_count(text)
        assert count is not None, text
        assert (count.value, count.high, count.approximate) == (40, 40, True), text
    below = parse_count("fewer than 40")
    assert below == Count(None, None, 40, False, "fewer than 40")


def test_numbers_ranges_take_the_low_end() -> None:
    for text in ("between 6 and 9", "6 to 9", "6-9", "six or nine"):
        count = parse_count(text)
        assert count is not None, text
        assert (count.value, count.low, count.high) == (6, 6, 9), text


def test_numbers_approximate_words() -> None:
    for text in ("roughly 30", "about 30", "around 30", "some 30", "an estimated 30", "30 or so"):
        count = parse_count(text)
        assert count is not None and count.value == 30 and count.approximate, text


def test_numbers_relative_amount_has_no_value() -> None:
    count = parse_count("they earn half that")
    assert count is not None
    assert count.value is None and count.relative and count.note


def test_numbers_units() -> None:
    assert parse_count("$450 a week").unit == "USD"  # type: ignore[union-attr]
    assert parse_count("40 percent").unit == "percent"  # type: ignore[union-attr]
    assert parse_count("a quarter of the town").unit == "fraction"  # type: ignore[union-attr]


def test_numbers_find_counts_offsets_and_skips_dates() -> None:
    text = "On May 3, 2016, at least 14 guards and dozens of villagers were hurt near Hill 2 in 2015."
    found = find_counts(text)
    assert [text[s:e] for s, e, _ in found] == ["at least 14", "dozens", "2"]
    assert all(text[s:e] == c.text for s, e, c in found)


def test_numbers_names_and_ordinals_are_not_counts() -> None:
    assert find_counts("an F-16 and a MiG-21 flew over the 3rd district at 10:45") == []


def test_numbers_error_policy() -> None:
    assert parse_count("no figures given") is None
    with pytest.raises(CountError):
        parse_count("no figures given", errors="raise")


@given(st.text(max_size=200))
def test_numbers_parse_count_never_raises(text: str) -> None:
    parse_count(text)
    for start, end, count in find_counts(text):
        assert text[start:end] == count.text


@given(
    st.lists(
        st.sampled_from(
            [
                "at",
                "least",
                "12",
                "dozens",
                "of",
                "to",
                "-",
                "or",
                "more",
                "between",
                "and",
                "a",
                "few",
                "hundred",
                "half",
                "that",
                "$",
                "%",
                "twenty",
                "three",
                "several",
                "no",
                "one",
                "tens",
                "thousands",
                ",",
                "1,200",
                "2019",
                "May",
            ]
        ),
        max_size=12,
    )
)
def test_numbers_find_counts_on_number_words_never_raises(words: list[str]) -> None:
    text = " ".join(words)
    for start, end, count in find_counts(text):
        assert text[start:end] == count.text
