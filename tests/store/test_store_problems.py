"""A database that is locked, damaged, read-only, unwritable or on a full disk is one coded
error saying what to do, for every command; reading never migrates; killed runs show as
interrupted; `faultlines doctor` says what is wrong and how to recover."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from records_factory import TEXT, make_result

from faultlines.cli import main
from faultlines.errors import StoreError
from faultlines.store.database import Store
from faultlines.store.doctor import examine
from faultlines.store.problems import store_problem
from faultlines.store.schema import MIGRATIONS


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "f.duckdb"
    Store(path).write([make_result()])
    return path


def truncated(db: Path, keep: int | None = None) -> Path:
    """Cut the file: to ``keep`` bytes (its header is gone: it cannot be opened), or by half
    (it opens; the blocks past the cut fail when a query reads them)."""
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 if keep is None else keep])
    return db


def digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def test_store_problems_are_read_into_one_code_each(tmp_path: Path) -> None:
    path = tmp_path / "f.duckdb"
    cases = {
        "E407": OSError(errno.ENOSPC, "No space left on device"),
        "E403": duckdb.IOException('IO Error: Could not set lock on file "f.duckdb": Conflicting lock is held'),
        "E404": duckdb.IOException('IO Error: The file "f.duckdb" exists, but it is not a valid DuckDB database file!'),
        "E406": PermissionError(errno.EACCES, "Permission denied"),  # the file is still to be made
    }
    for code, error in cases.items():
        problem = store_problem(error, path)
        assert problem is not None and problem.code == code, (code, problem)
    assert store_problem(duckdb.IOException("Could not write all bytes: No space left on device"), path).code == "E407"
    assert store_problem(KeyError("x"), path) is None  # a bug stays a bug


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_store_problems_damaged_file_is_e404_in_both_modes(db: Path, damage: str) -> None:
    if damage == "truncated":
        truncated(db, keep=5000)
    else:
        db.write_bytes(b"not a database" * 1000)
    for read_only in (True, False):
        with pytest.raises(StoreError) as found:
            Store(db, read_only=read_only)
        assert found.value.code == "E404" and "backup" in str(found.value)


COMMANDS = (["events"], ["runs"], ["failures"], ["canonical"], ["export", "--format", "jsonl", "-o"])


@pytest.mark.parametrize("keep", [5000, None], ids=["header-cut", "half-cut"])
def test_store_problems_every_command_prints_one_line_for_a_damaged_database(db: Path, keep: int | None) -> None:
    truncated(db, keep)
    runner = CliRunner()
    failed = 0
    for command in COMMANDS:
        out = [str(db.with_suffix(".jsonl"))] if command[-1] == "-o" else []
        result = runner.invoke(main, [*command, *out, "--db", str(db)])
        assert result.exception is None or isinstance(result.exception, SystemExit), (command, result.exception)
        if result.exit_code == 0:
            continue  # a half-cut file: this command read only blocks before the cut
        failed += 1
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and "E404" in lines[0], (command, result.output)
    assert failed >= (len(COMMANDS) if keep else 1)


def test_store_problems_locked_database_is_e403(db: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,sys; c=duckdb.connect({str(db)!r}); print('held', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        for read_only in (True, False):
            with pytest.raises(StoreError) as found:
                Store(db, read_only=read_only, lock_timeout_s=0.2)
            assert found.value.code == "E403" and "--share-db" in str(found.value)
    finally:
        holder.kill()
        holder.wait()


def test_store_problems_reading_never_migrates(db: Path) -> None:
    with duckdb.connect(str(db)) as con:  # as a database made before the newest migration
        con.execute("DELETE FROM migrations WHERE name = (SELECT max(name) FROM migrations)")
    before = digest(db)
    with pytest.raises(StoreError) as found:
        Store(db, read_only=True)
    assert found.value.code == "E408" and "--upgrade" in str(found.value)
    assert digest(db) == before  # nothing applied, nothing written


def test_store_problems_current_database_opens_without_writing(db: Path) -> None:
    before = digest(db)
    store = Store(db)  # no migration to apply: nothing is written, so a read-only file can be read
    with store.reader() as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    assert digest(db) == before


def test_store_problems_read_only_store_refuses_to_write(db: Path) -> None:
    store = Store(db, read_only=True)
    with pytest.raises(StoreError) as found:
        store.write([make_result(source="other.txt")])
    assert found.value.code == "E405"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes whatever the permissions")
def test_store_problems_unwritable_folder_is_e406(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError) as found:
            Store(folder / "f.duckdb")
        assert found.value.code == "E406"
    finally:
        folder.chmod(0o700)


def test_store_problems_full_disk_is_e407_and_rolls_back(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(db)

    def full(*_: object, **__: object) -> None:
        raise duckdb.IOException('IO Error: Could not write file "f.duckdb.wal": No space left on device')

    monkeypatch.setattr(store, "_insert", full)
    with pytest.raises(StoreError) as found:
        store.write([make_result(TEXT.replace("Tuesday", "Monday"), source="b.txt")])
    assert found.value.code == "E407" and "--resume" in str(found.value)
    with store.reader() as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_store_problems_killed_run_shows_as_interrupted(db: Path) -> None:
    store = Store(db)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a process that has ended: its pid names nothing now
    killed = store.start_run(command="ingest", paths=["in"], settings={})
    alive = store.start_run(command="ingest", paths=["in"], settings={})
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE runs SET pid = ? WHERE run_id = ?", [gone.pid, killed])
    status = {run["run_id"]: run["status"] for run in store.list_runs()}
    assert status == {killed: "interrupted", alive: "running"}
    findings = examine(db)
    [warning] = [f for f in findings if f.level == "warning"]
    assert f"--resume {killed}" in warning.line()


def test_store_problems_doctor_on_a_healthy_and_a_damaged_database(db: Path) -> None:
    healthy = examine(db)
    assert [f.level for f in healthy] == ["ok"] * len(healthy)
    assert any("documents 1" in f.what for f in healthy)
    for keep in (None, 5000):
        findings = examine(truncated(db, keep))
        assert findings[-1].level == "problem", findings
        assert "E404" in findings[-1].what or "cannot be read in full" in findings[-1].what


def test_store_problems_doctor_upgrades_only_when_asked(db: Path) -> None:
    with duckdb.connect(str(db)) as con:
        latest = "m007_run_process"  # as a database made before it
        con.execute("DELETE FROM migrations WHERE name = ?", [latest])
        for statement in reversed(MIGRATIONS[latest]):
            con.execute(_undo(statement))
    assert any("E408" in f.what for f in examine(db))
    assert [f.level for f in examine(db, upgrade=True)].count("problem") == 0
    assert all(f.level == "ok" for f in examine(db))


def _undo(statement: str) -> str:
    """The inverse of an ``ALTER TABLE t ADD COLUMN c TYPE`` (what m007 does)."""
    words = statement.split()
    assert words[:2] == ["ALTER", "TABLE"] and words[3:5] == ["ADD", "COLUMN"], statement
    return f"ALTER TABLE {words[2]} DROP COLUMN {words[5]}"


def test_store_problems_doctor_names_reviews_of_events_no_longer_stored(db: Path) -> None:
    with duckdb.connect(str(db)) as con:  # what replacing a reviewed document used to leave
        con.execute(
            "INSERT INTO reviews (event_id, status, reviewer, reviewed_at) VALUES ('gone', 'accepted', 'ana', now())"
        )
    [warning] = [f for f in examine(db) if f.level == "warning"]
    assert "1 reviews are of events no longer stored" in warning.what
