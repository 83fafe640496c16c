"""The binary-search look-up of an event's evidence spans answers as a scan of every span does."""

from __future__ import annotations

import random

from faultlines.gazetteer.event_places import _within
from faultlines.records import Span


def _scan(spans: list[Span], start: int, end: int) -> bool:
    return any(ev.start <= start and end <= ev.end for ev in spans)


def test_event_places_within_matches_a_scan_of_every_span() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 6)):  # overlapping, nested and out of order, as merged evidence is
            start = rng.randint(0, 80)
            spans.append(Span(start, start + rng.randint(1, 30), ""))
        inside = _within(spans)
        for _ in range(20):
            start = rng.randint(0, 100)
            end = start + rng.randint(1, 10)
            assert inside(start, end) == _scan(spans, start, end), (spans, start, end)


def test_event_places_within_a_nested_span_behind_a_long_one() -> None:
    # the long span starts first and reaches furthest: a place inside it, after the short one
    inside = _within([Span(40, 45, ""), Span(0, 100, "")])
    assert inside(50, 60)
    assert not inside(95, 105)
    assert not _within([])(0, 1)
