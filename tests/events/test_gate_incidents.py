"""Quality gate for event-level precision and recall over ../shared/bench/incidents (skips when absent).

The reports go through the product path (`faultlines extract`: :func:`faultlines.service.extract`
and the contract JSON) and are scored as bench/incidents/GUIDE.md says. Floors live in
incidents_floors.json and only go up: a score under its floor fails. Run with
FAULTLINES_RAISE_FLOORS=1 to raise each floor to the score just measured (rounded down to two
decimals); nothing ever lowers one.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from faultlines.config import Settings

DEV = Path(__file__).resolve().parents[3] / "shared" / "bench" / "incidents" / "dev.jsonl"
FLOORS = Path(__file__).with_name("incidents_floors.json")

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.fixture(scope="module")
def result():
    if not DEV.exists():
        pytest.skip(f"no dev data at {DEV}: the gate runs where ../shared/bench is present")
    from faultlines.eval.incidents import kb_actor_key, predict, read_gold, score

    settings = Settings()
    return score(read_gold(DEV), predict(DEV, settings), actor_key=kb_actor_key(settings))


def _at_least(name: str, value: float) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    print(f"{name}: {value:.4f} (floor {floors[name]})")
    assert value >= floors[name], f"{name} fell to {value:.4f}, under its floor {floors[name]}"
    if os.environ.get("FAULTLINES_RAISE_FLOORS") == "1":
        floors[name] = max(floors[name], math.floor(value * 100) / 100)
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")


def test_gate_incidents_precision(result) -> None:
    _at_least("incidents_precision", result.precision)


def test_gate_incidents_recall(result) -> None:
    _at_least("incidents_recall", result.recall)


def test_gate_incidents_f1(result) -> None:
    _at_least("incidents_f1", result.f1)
