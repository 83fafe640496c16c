"""Ingest through engines with a stand-in task: run ids, which inputs each run finished,
resuming an interrupted run without losing or doubling anything, and the after_ingest hook."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest
from engine_standin import standin_batch, write_reports

from faultlines import service
from faultlines.config import Settings
from faultlines.engines.local import LocalEngine
from faultlines.errors import UsageError
from faultlines.store.database import Store


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_path=str(tmp_path / "f.duckdb"), data_dir=str(tmp_path / "data"), batch_size=4)


def table_counts(db: str) -> dict[str, int]:
    with Store(db).reader() as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events")}


def doubled_events(db: str) -> list[tuple[str]]:
    with Store(db).reader() as con:
        return con.execute("SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1").fetchall()


def run_row(db: str, run_id: str) -> tuple:
    with Store(db).reader() as con:
        return con.execute(
            "SELECT status, documents, events, unchanged, duplicates FROM runs WHERE run_id = ?", [run_id]
        ).fetchone()


def test_engines_service_ingest_records_every_input_of_the_run(tmp_path: Path, settings: Settings) -> None:
    corpus = write_reports(tmp_path / "in", 10)
    copied = {"id": "copy-of-3", "text": (corpus / "r0003.txt").read_text(encoding="utf-8")}
    (corpus / "z.jsonl").write_text(json.dumps(copied) + "\n", encoding="utf-8")
    summary = service.ingest([str(corpus)], settings, task=standin_batch)
    assert summary.counts.documents == 10 and summary.counts.duplicates == 1
    [(source, original)] = summary.duplicates
    assert source == f"{corpus / 'z.jsonl'}#1" and original in Store(settings.db_path).run_doc_ids(summary.run_id)
    with Store(settings.db_path).reader() as con:
        outcomes = dict(con.execute("SELECT outcome, count(*) FROM run_documents GROUP BY outcome").fetchall())
    assert outcomes == {"stored": 10, "duplicate": 1}
    assert run_row(settings.db_path, summary.run_id) == ("done", 10, 10, 0, 1)


def test_engines_service_ingest_same_results_in_one_process_and_a_pool(tmp_path: Path) -> None:
    corpus = write_reports(tmp_path / "in", 25)
    contents = []
    for workers in (1, 2):
        settings = Settings(db_path=str(tmp_path / f"w{workers}.duckdb"), batch_size=3)
        with LocalEngine(workers=workers) as engine:
            service.ingest([str(corpus)], settings, task=standin_batch, engine=engine)
        with Store(settings.db_path).reader() as con:
            contents.append(con.execute("SELECT doc_id, source, text FROM documents ORDER BY doc_id").fetchall())
    assert contents[0] == contents[1] and len(contents[0]) == 25


def test_engines_service_interrupted_run_resumes_without_loss_or_doubling(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_reports(tmp_path / "in", 20)
    hooked: list[list[str]] = []
    monkeypatch.setattr(service, "after_ingest", lambda store, doc_ids: hooked.append(list(doc_ids)))
    with pytest.raises(RuntimeError, match="stand-in told to fail"):
        service.ingest([str(corpus)], settings, task=partial(standin_batch, fail_on="Report 13."))
    run = service.run_to_resume(settings)
    assert run.status == "interrupted" and hooked == []
    stored_before = table_counts(settings.db_path)["documents"]
    assert 0 < stored_before < 20

    summary = service.resume(settings, task=standin_batch)
    assert summary.run_id == run.run_id
    assert summary.resumed == stored_before and summary.counts.documents == 20 - stored_before
    assert table_counts(settings.db_path) == {"documents": 20, "events": 20}
    assert doubled_events(settings.db_path) == []
    assert run_row(settings.db_path, run.run_id)[:3] == ("done", 20, 20)
    assert hooked == [sorted(Store(settings.db_path).run_doc_ids(run.run_id))] and len(hooked[0]) == 20


def test_engines_service_resume_keeps_the_runs_force_and_skips_what_it_did(tmp_path: Path, settings: Settings) -> None:
    corpus = write_reports(tmp_path / "in", 12)
    service.ingest([str(corpus)], settings, task=standin_batch)
    with pytest.raises(RuntimeError):
        service.ingest([str(corpus)], settings, force=True, task=partial(standin_batch, fail_on="Report 9."))
    summary = service.resume(settings, task=standin_batch)
    # Forced: nothing counts as unchanged; what the killed part redid is not redone.
    assert summary.counts.unchanged == 0
    assert summary.resumed + summary.counts.documents == 12 and summary.resumed > 0
    assert table_counts(settings.db_path) == {"documents": 12, "events": 12}


def test_engines_service_resume_without_unfinished_run_says_what_to_do(tmp_path: Path, settings: Settings) -> None:
    service.ingest([str(write_reports(tmp_path / "in", 2))], settings, task=standin_batch)
    with pytest.raises(UsageError, match="nothing to resume"):
        service.resume(settings, task=standin_batch)
    with pytest.raises(UsageError, match="no run nope in"):
        service.resume(settings, "nope", task=standin_batch)


def test_engines_service_rerun_is_unchanged_and_calls_no_hook(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_reports(tmp_path / "in", 6)
    service.ingest([str(corpus)], settings, task=standin_batch)
    hooked: list[list[str]] = []
    monkeypatch.setattr(service, "after_ingest", lambda store, doc_ids: hooked.append(list(doc_ids)))
    again = service.ingest([str(corpus)], settings, task=standin_batch)
    assert again.counts.unchanged == 6 and again.counts.documents == 0
    assert hooked == []


def test_engines_service_driver_killed_with_sigkill_resumes_where_it_stopped(
    tmp_path: Path, settings: Settings, worker_env: dict[str, str]
) -> None:
    corpus = write_reports(tmp_path / "in", 40)
    script = (
        "from functools import partial\n"
        "from engine_standin import standin_batch\n"
        "from faultlines import service\n"
        "from faultlines.config import Settings\n"
        f"settings = Settings(db_path={settings.db_path!r}, batch_size=2)\n"
        f"service.ingest([{str(corpus)!r}], settings, task=partial(standin_batch, delay_s=0.1))\n"
    )
    victim = subprocess.Popen([sys.executable, "-c", script], env=worker_env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.2)
        if Path(settings.db_path).exists() and table_counts(settings.db_path)["documents"] >= 6:
            break
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    stored_before = table_counts(settings.db_path)["documents"]
    assert 0 < stored_before < 40, "the run should have been killed partway"
    run = service.run_to_resume(settings)
    assert run.status == "running"  # killed: it never got to say otherwise

    summary = service.resume(settings, task=standin_batch)
    assert summary.run_id == run.run_id and summary.resumed == stored_before
    assert table_counts(settings.db_path) == {"documents": 40, "events": 40}
    assert doubled_events(settings.db_path) == []
    assert run_row(settings.db_path, run.run_id)[:3] == ("done", 40, 40)


def test_engines_service_a_file_of_many_records_is_split_into_batches(tmp_path: Path, settings: Settings) -> None:
    records = tmp_path / "wire.jsonl"
    records.write_text(
        "".join(json.dumps({"id": f"w{n}", "text": f"Report {n}. Shelling near Idlib."}) + "\n" for n in range(10)),
        encoding="utf-8",
    )
    sizes: list[int] = []
    files: list[int] = []

    def sized(items: list, settings: Settings) -> list:
        sizes.append(len(items))
        return standin_batch(items, settings)

    summary = service.ingest([str(records)], settings.with_(batch_size=3), task=sized, progress=files.append)
    assert sizes == [3, 3, 3, 1] and summary.counts.documents == 10
    assert sum(files) == 1
