"""Numbers as claims: what they count, their unit and bounds, and the numbers that are not claims."""

from __future__ import annotations

import pytest

from faultlines.attribution.quantities import find_quantities

pytestmark = pytest.mark.slow


def quantities(nlp, text: str) -> list[tuple[str, float | None, float | None, str | None, str | None]]:
    found = find_quantities(nlp(text))
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.quantity.value, q.quantity.low, q.quantity.unit, q.quantity.what) for q in found]


def test_claims_quantities_a_bounded_death_toll(nlp) -> None:
    assert quantities(nlp, "At least 100 prisoners were executed.") == [
        ("At least 100", 100.0, 100.0, "people", "prisoners killed")
    ]


def test_claims_quantities_things_keep_their_noun_as_unit(nlp) -> None:
    assert quantities(nlp, "Rebels retook 35 villages.") == [("35", 35.0, None, "villages", "villages")]


def test_claims_quantities_percentages_count_what_follows_of(nlp) -> None:
    assert quantities(nlp, "Just 13 percent of the raids hit military targets.") == [
        ("13 percent", 13.0, None, "percent", "the raids")
    ]


def test_claims_quantities_money_per_month_and_half_that(nlp) -> None:
    found = quantities(nlp, "The group pays foreign recruits $500 a month, but locals half that.")
    assert found == [
        ("$500 a month", 500.0, None, "USD/month", "pay foreign recruits"),
        ("half that", 250.0, None, "USD/month", "pay locals"),
    ]


def test_claims_quantities_vague_amounts(nlp) -> None:
    assert quantities(nlp, "Several hundred fighters remain.") == [
        ("Several hundred", 200.0, None, "people", "fighters")
    ]
    assert quantities(nlp, "Among the refugees are dozens who have fled the fighting.") == [
        ("dozens", 12.0, None, "people", "people who have fled the fighting")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A 26-year-old man was hurt.",
        "It happened in the 1400 block of Pine Street.",
        "Call the hotline at 555-0134.",
        "The shooting was reported at 10 p.m.",
        "The car drove at 90 mph.",
        "Smith, 41, was arrested.",
        "Many areas and two reasons were mentioned.",
    ],
)
def test_claims_quantities_skip_numbers_that_are_not_claims(nlp, text: str) -> None:
    assert quantities(nlp, text) == []


def test_claims_quantities_flag_approximate_figures(nlp) -> None:
    text = (
        "Delegations from about 90 countries met in Geneva. Some 20,000 people have fled, and nearly "
        "100 were wounded, officials said. Police arrested 14 people. Dozens of homes were burned."
    )
    found = {q.text: q.quantity.approximate for q in find_quantities(nlp(text))}
    assert found == {"about 90": True, "Some 20,000": True, "nearly 100": True, "14": False, "Dozens": True}
