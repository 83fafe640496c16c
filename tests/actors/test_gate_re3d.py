"""Quality gate: re3d dev entity F1 per type must not fall under its floor (skips without the data).

Floors live in gate_floors.json and only go up: run with FAULTLINES_RAISE_FLOORS=1 to raise each
to the score just measured (rounded down to two decimals); nothing ever lowers one.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from faultlines.config import Settings
from faultlines.eval.re3d import evaluate

DEV = Path(__file__).resolve().parents[3] / "shared" / "bench" / "re3d" / "dev.conll"
FLOORS = Path(__file__).with_name("gate_floors.json")

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.fixture(scope="module")
def report() -> dict:
    if not DEV.exists():
        pytest.skip(f"no re3d dev data at {DEV}: the gate runs where ../shared/bench is present")
    return evaluate(DEV, settings=Settings())


@pytest.mark.parametrize("name", ["Person", "Organisation", "Location", "Nationality", "macro_f1"])
def test_gate_re3d_f1_stays_above_its_floor(report: dict, name: str) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    score = report[name] if name == "macro_f1" else report[name]["f1"]
    assert score >= floors[name], f"re3d {name} F1 fell to {score:.3f}, under its floor {floors[name]}"
    if os.environ.get("FAULTLINES_RAISE_FLOORS") == "1":
        floors[name] = max(floors[name], math.floor(score * 100) / 100)
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
