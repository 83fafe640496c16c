"""The binary-search dateline look-up of coreference answers as a scan of every dateline does."""

from __future__ import annotations

import random

from faultlines.events.reference import _inside


def test_reference_dateline_lookup_matches_a_scan() -> None:
    rng = random.Random(11)
    for _ in range(200):
        spans, at = [], 0
        for _ in range(rng.randint(0, 8)):  # apart and in order, as re.finditer gives them
            at += rng.randint(0, 20)
            end = at + rng.randint(1, 15)
            spans.append((at, end))
            at = end
        starts = [s for s, _ in spans]
        for offset in range(0, at + 5):
            assert _inside(offset, spans, starts) == any(s <= offset < e for s, e in spans), (spans, offset)
