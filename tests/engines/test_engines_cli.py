"""`faultlines ingest` engine and resume options, and `faultlines runs` (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from engine_standin import standin_batch, write_reports

from faultlines import service
from faultlines.cli import main
from faultlines.config import Settings
from faultlines.store.database import Store


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest"], "give PATHS to ingest, or --resume"),
        (["ingest", "x", "--scheduler", "tcp://127.0.0.1:1", "--engine", "local"], "use it with --engine dask"),
        (["ingest", "x", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"], "the cluster's own workers"),
        (["ingest", "--engine", "spark", "x"], "Invalid value for '--engine'"),
        (["ingest", "--workers", "0", "x"], "Invalid value for '--workers'"),
    ],
)
def test_engines_cli_ingest_rejects_option_mixes_saying_why(args: list[str], message: str) -> None:
    code, output = invoke(*args)
    assert code == 2 and message in output


def test_engines_cli_resume_needs_a_database_and_no_paths(tmp_path: Path) -> None:
    db = str(tmp_path / "f.duckdb")
    code, output = invoke("ingest", "--resume", "--db", db)
    assert code == 2 and f"no database at {db}" in output
    Store(db)
    code, output = invoke("ingest", "reports/", "--resume", "latest", "--db", db)
    assert code == 2 and "give no PATHS" in output
    code, output = invoke("ingest", "--resume", "--force", "--db", db)
    assert code == 2 and "drop --force" in output
    code, output = invoke("ingest", "--resume", "--db", db)
    assert code == 2 and "nothing to resume" in output
    code, output = invoke("ingest", "--resume", "nope", "--db", db)
    assert code == 2 and "no run nope" in output


def test_engines_cli_resume_finishes_a_run_killed_after_its_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(db_path=str(tmp_path / "f.duckdb"), batch_size=2)
    corpus = write_reports(tmp_path / "in", 5)

    def die(store: Store, doc_ids: list[str]) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(service, "after_ingest", die)
    with pytest.raises(KeyboardInterrupt):
        service.ingest([str(corpus)], settings, task=standin_batch)
    hooked: list[int] = []
    monkeypatch.setattr(service, "after_ingest", lambda store, doc_ids: hooked.append(len(doc_ids)))
    code, output = invoke("ingest", "--resume", "--db", settings.db_path, "-q")
    assert code == 0, output
    assert "0 documents stored" in output and "5 inputs were done before resuming" in output
    assert hooked == [5]
    code, output = invoke("runs", "--db", settings.db_path)
    assert code == 0 and "done" in output and "5 documents" in output and "5 inputs done" in output
