"""Re-running and killing: the same input twice adds nothing; a run killed with SIGKILL
resumes on the next run with nothing lost and nothing doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from faultlines.store.database import Store

pytestmark = pytest.mark.slow

TOWNS = ["Hajin", "Mayadin", "Tabqa", "Manbij", "Raqqa", "Mosul", "Tal Afar", "Afrin"]


def write_corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        town = TOWNS[number % len(TOWNS)]
        (folder / f"r{number:03d}.txt").write_text(
            f"Fighting near {town}\n\nIslamic State militants attacked a checkpoint of the Syrian Democratic "
            f"Forces near {town} on Monday, killing {number + 2} fighters, a war monitor said. "
            f"The group later withdrew from the village, residents said.\n",
            encoding="utf-8",
        )
    return folder


def ingest(*args: str, db: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "faultlines.cli", "ingest", *args, "--db", str(db), "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def table_counts(db: Path) -> dict[str, int]:
    with Store(db).reader() as con:
        return {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "events", "event_evidence", "entities", "places")
        }


def test_resume_same_folder_twice_adds_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 6)
    db = tmp_path / "f.duckdb"
    first = ingest(str(corpus), db=db)
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    before = table_counts(db)
    second = ingest(str(corpus), db=db)
    assert second.wait(timeout=300) == 0
    assert "6 unchanged" in (second.stderr.read() if second.stderr else "")
    assert table_counts(db) == before and before["documents"] == 6


def test_resume_after_kill_loses_nothing_and_doubles_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 40)
    reference_db, killed_db = tmp_path / "reference.duckdb", tmp_path / "killed.duckdb"
    reference = ingest(str(corpus), "--batch-size", "4", db=reference_db)

    victim = ingest(str(corpus), "--batch-size", "4", db=killed_db)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        time.sleep(0.3)
        if killed_db.exists() and table_counts(killed_db)["documents"] >= 8:
            break
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    partial = table_counts(killed_db)["documents"]
    assert 0 < partial < 40, "the run should have been killed partway"

    resumed = ingest(str(corpus), "--batch-size", "4", db=killed_db)
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read() if resumed.stderr else ""
    assert reference.wait(timeout=300) == 0
    assert table_counts(killed_db) == table_counts(reference_db)
    with Store(killed_db).reader() as con:
        doubled = con.execute("SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1").fetchall()
    assert doubled == []
