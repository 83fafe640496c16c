"""Quality gate for event-level precision and recall over ../shared/bench/incidents.

The reports go through the product path (`faultlines extract`: :func:`faultlines.service.extract`
and the contract JSON) and are scored as bench/incidents/GUIDE.md says.
"""

from __future__ import annotations

import pytest
from gates import at_least, bench_file

from faultlines.config import Settings

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.fixture(scope="module")
def result():
    from faultlines.eval.incidents import kb_actor_key, predict, read_gold, score

    dev = bench_file("incidents", "dev.jsonl")
    settings = Settings()
    return score(read_gold(dev), predict(dev, settings), actor_key=kb_actor_key(settings))


def test_gate_incidents_precision(result) -> None:
    at_least("incidents_precision", result.precision)


def test_gate_incidents_recall(result) -> None:
    at_least("incidents_recall", result.recall)


def test_gate_incidents_f1(result) -> None:
    at_least("incidents_f1", result.f1)
