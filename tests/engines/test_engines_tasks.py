"""The per-batch task workers run: one result per input, in order; no model for read failures;
one set of models per worker whatever database a run writes to."""

from __future__ import annotations

import pytest

from faultlines.config import Settings
from faultlines.engines import tasks
from faultlines.records import Failure


def test_engines_tasks_batch_of_read_failures_loads_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_models(settings: Settings) -> None:
        raise AssertionError("models loaded for a batch with no document")

    monkeypatch.setattr(tasks.Pipeline, "from_settings", no_models)
    failures = [Failure("E101", "E101 file not found: check the path", f"missing-{n}.txt", "ingest") for n in range(3)]
    results = tasks.process_batch(failures, Settings())
    assert [r.failures for r in results] == [(f,) for f in failures]
    assert all(r.meta is None for r in results)


def test_engines_tasks_worker_settings_ignore_what_only_the_writer_reads() -> None:
    one = Settings(db_path="a.duckdb", max_mb=5, published="2019-01-20")
    other = Settings(db_path="b.duckdb", max_mb=50, published="2019-01-20")
    assert tasks.worker_settings(one) == tasks.worker_settings(other)
    assert tasks.worker_settings(one) != tasks.worker_settings(one.with_(published="2019-01-21"))
    assert tasks.worker_settings(one) != tasks.worker_settings(one.with_(batch_size=4))
