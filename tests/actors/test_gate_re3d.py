"""Quality gate: re3d dev F1 per type of the typed mentions `faultlines extract` prints."""

from __future__ import annotations

import pytest
from gates import at_least, bench_file

from faultlines.config import Settings
from faultlines.eval.re3d import evaluate

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.fixture(scope="module")
def report() -> dict:
    return evaluate(bench_file("re3d", "dev.conll"), settings=Settings())


@pytest.mark.parametrize("name", ["Person", "Organisation", "Location", "Nationality", "macro"])
def test_gate_re3d_f1_stays_above_its_floor(report: dict, name: str) -> None:
    at_least(f"re3d_{name}_f1", report["macro_f1"] if name == "macro" else report[name]["f1"])
