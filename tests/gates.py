"""The one helper of the quality gates: the dev data they read, and the floors they keep.

A gate scores the product on a development split of ../shared/bench (skipping, with the reason,
where the data is absent) and fails when a score falls under its floor in ``gate_floors.json``.
Floors only go up: run the gates with FAULTLINES_RAISE_FLOORS=1 to raise each floor to the score
just measured (rounded down to two decimals); nothing ever lowers one.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest
from testdata import BENCH

FLOORS = Path(__file__).with_name("gate_floors.json")


def bench_file(*parts: str) -> Path:
    """A dev file of ../shared/bench; the test is skipped, saying why, when it is not there."""
    path = BENCH.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"no dev data at {path}: the gate runs where ../shared/bench is present")
    return path


def floors() -> dict[str, float]:
    return {k: v for k, v in json.loads(FLOORS.read_text(encoding="utf-8")).items() if not k.startswith("_")}


def at_least(name: str, score: float) -> None:
    """Fail when ``score`` is under the floor called ``name``; raise the floor when asked to."""
    floor = floors()[name]
    print(f"{name}: {score:.4f} (floor {floor})")
    assert score >= floor, f"{name} fell to {score:.4f}, under its floor {floor}"
    if os.environ.get("FAULTLINES_RAISE_FLOORS") == "1":
        stored = json.loads(FLOORS.read_text(encoding="utf-8"))
        stored[name] = max(floor, math.floor(score * 100) / 100)
        FLOORS.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
