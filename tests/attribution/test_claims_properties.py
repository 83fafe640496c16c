"""Property tests: number parsing and casualty totals never raise, whatever the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.attribution.casualties import Casualty, totals
from faultlines.numbers import find_counts, parse_count


def _words(text: str) -> list[str]:
    return text.split()


WORDS = st.sampled_from(
    _words(
        "at least more than about dozens hundreds several a few half that twice 8,500 100 1,000,000 $ 800 % "
        "percent one two twenty-three a month per week killed injured no one , . - 2014 in of the people 1e9 "
        "0 -5"
    )
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=25).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_claims_properties_numbers_never_raise(text: str) -> None:
    for start, end, count in find_counts(text):
        assert text[start:end] == count.text
    parse_count(text)


CASUALTIES = st.lists(
    st.builds(
        Casualty,
        outcome=st.sampled_from(["killed", "injured", "harmed"]),
        count=st.one_of(st.none(), st.integers(min_value=0, max_value=10_000)),
        start=st.just(0),
        end=st.just(1),
        text=st.just("x"),
        trigger=st.just(0),
        suicide=st.booleans(),
        additional=st.booleans(),
    ),
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(found=CASUALTIES)
def test_claims_properties_totals_are_never_negative(found: list[Casualty]) -> None:
    killed, injured = totals(found)
    assert killed >= 0 and injured >= 0
