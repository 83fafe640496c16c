"""Quality gate for event typing and roles (CASE 2021, MUC-4 dev), through the product's pipeline."""

from __future__ import annotations

import pytest
from gates import at_least, bench_file

pytestmark = [pytest.mark.gate, pytest.mark.slow]


def test_gate_events_case2021_weighted_f1(pipeline) -> None:
    from faultlines.eval.case2021 import evaluate

    report, _ = evaluate(bench_file("case2021", "dev.tsv"), pipeline=pipeline)
    at_least("case2021_weighted_f1", report.weighted_f1)


def test_gate_events_muc4_ceaf_ree(pipeline) -> None:
    from faultlines.eval.muc4 import evaluate

    report = evaluate(bench_file("muc4", "dev.grit.jsonl"), pipeline=pipeline)
    at_least("muc4_ceaf_ree_f1", report.micro.f1)
