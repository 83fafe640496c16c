"""Killed and injured people, and the per-report totals."""

from __future__ import annotations

import pytest

from faultlines.attribution.casualties import Casualty, find_casualties, totals


def casualty(outcome: str, count: int | None, **flags: bool) -> Casualty:
    return Casualty(outcome, count, 0, 1, "x", 0, **flags)


def test_casualties_totals_take_the_largest_repeated_toll() -> None:
    assert totals([casualty("killed", 2), casualty("killed", 1), casualty("injured", 1)]) == (2, 1)


def test_casualties_totals_count_the_shot_beyond_the_dead_as_injured() -> None:
    assert totals([casualty("harmed", 3), casualty("killed", 1)]) == (1, 2)


def test_casualties_totals_add_another_victim_and_a_suicide() -> None:
    found = [casualty("harmed", 1), casualty("injured", 1, additional=True), casualty("killed", 1, suicide=True)]
    assert totals(found) == (1, 2)


def test_casualties_totals_bare_plurals_are_at_least_two() -> None:
    assert totals([casualty("killed", None)]) == (2, 0)
    assert totals([]) == (0, 0)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were shot and killed and a woman was wounded.", (2, 1)),
        ("The gunman killed his three children as well as his wife before taking his own life.", (5, 0)),
        ("No officers were hurt.", (0, 0)),
        ("Three people were shot, one fatally, police said.", (1, 2)),
        ("A man was found dead in his car.", (1, 0)),
        ("A teenager was taken to a hospital in critical condition.", (0, 1)),
        ("One man was shot in the leg. Another man was wounded in the arm.", (0, 2)),
        ("1 dead, 2 hurt in bar shooting\nPolice said the bar was closed.", (1, 2)),
        ("The city has seen 40 people killed since 2010.", (0, 0)),
        ("He was charged with attempted murder.", (0, 0)),
        ("The suspect wanted to kill his neighbour.", (0, 0)),
    ],
)
def test_casualties_read_a_report(nlp, text: str, expected: tuple[int, int]) -> None:
    found = find_casualties(nlp(text))
    for c in found:
        assert text[c.start : c.end] == c.text
    assert totals(found) == expected
