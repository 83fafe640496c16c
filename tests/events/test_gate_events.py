"""Quality gate for events over the dev data in ../shared/bench (skips when it is absent).

Floors live in gate_floors.json and only go up: a score under its floor fails. Run with
FAULTLINES_RAISE_FLOORS=1 to raise each floor to the score just measured (rounded down to two
decimals); nothing ever lowers one. The speed ceiling (extraction time over spaCy parse time)
only goes down, the same way.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from faultlines.config import Settings
from faultlines.pipeline import Pipeline

BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench"
FLOORS = Path(__file__).with_name("gate_floors.json")

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_settings(Settings())


def _floors() -> dict[str, float]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def _at_least(name: str, score: float) -> None:
    floors = _floors()
    print(f"{name}: {score:.4f} (floor {floors[name]})")
    assert score >= floors[name], f"{name} fell to {score:.4f}, under its floor {floors[name]}"
    if os.environ.get("FAULTLINES_RAISE_FLOORS") == "1":
        floors[name] = max(floors[name], math.floor(score * 100) / 100)
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")


def _needs(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"no dev data at {path}: the gate runs where ../shared/bench is present")
    return path


def test_gate_events_case2021_weighted_f1(pipeline) -> None:
    from faultlines.eval.case2021 import evaluate

    report, _ = evaluate(_needs(BENCH / "case2021" / "dev.tsv"), pipeline=pipeline)
    _at_least("case2021_weighted_f1", report.weighted_f1)


def test_gate_events_muc4_ceaf_ree(pipeline) -> None:
    from faultlines.eval.muc4 import evaluate

    report = evaluate(_needs(BENCH / "muc4" / "dev.grit.jsonl"), pipeline=pipeline)
    _at_least("muc4_ceaf_ree_f1", report.micro.f1)
