"""Checking a database file and saying how to recover: what `faultlines doctor` prints.

Every check reads; nothing is written unless ``upgrade`` is asked for (which applies the
migrations a database made by an older faultlines lacks). Each finding is ``ok``, ``warning``
or ``problem``, with what to do when it is not ok.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from faultlines.errors import StoreError
from faultlines.store.database import Store
from faultlines.store.problems import store_problem
from faultlines.store.schema import MIGRATIONS

LOW_DISK_BYTES = 200 * 2**20  # under this, an ingest may stop with a full disk (E407)


@dataclass(frozen=True)
class Finding:
    level: str  # ok, warning, problem
    what: str
    todo: str = ""

    def line(self) -> str:
        return f"{self.level:<8} {self.what}" + (f": {self.todo}" if self.todo else "")


def examine(path: str | Path, *, upgrade: bool = False) -> list[Finding]:
    """What is right and wrong with the database at ``path``, in the order checked."""
    return list(_examine(Path(path), upgrade=upgrade))


def _examine(path: Path, *, upgrade: bool) -> Iterator[Finding]:
    if not path.exists():
        yield Finding("problem", f"no database at {path}", f"create one with `faultlines ingest PATHS --db {path}`")
        return
    yield from _access(path)
    store = yield from _open(path, upgrade=upgrade)
    if store is None:
        return
    for check in (_tables, _runs, _orphans):
        try:
            found = list(check(store))
        except (duckdb.Error, StoreError) as e:
            problem = e if isinstance(e, StoreError) else store_problem(e, path)
            found = [Finding("problem", str(problem or e).splitlines()[0])]
        yield from found


def _access(path: Path) -> Iterator[Finding]:
    folder = path.parent if str(path.parent) else Path(".")
    size = path.stat().st_size
    yield Finding("ok", f"database {path} is {size / 2**20:.1f} MB")
    if not os.access(path, os.W_OK):
        yield Finding("warning", "the file is read-only", "reading commands work; ingest and review need it writable")
    if not os.access(folder, os.W_OK):
        yield Finding("warning", f"folder {folder} cannot be written", "writing needs a lock file beside the database")
    free = shutil.disk_usage(folder).free
    if free < LOW_DISK_BYTES:
        yield Finding("warning", f"only {free / 2**20:.0f} MB free on its disk", "free some space before ingesting")


def _open(path: Path, *, upgrade: bool) -> Iterator[Finding]:
    try:
        store = Store(path, read_only=True, lock_timeout_s=5.0)
    except StoreError as e:
        if e.code != "E408" or not upgrade:
            yield Finding("problem", str(e))
            return None
        try:
            store = Store(path)
        except StoreError as failed:
            yield Finding("problem", str(failed))
            return None
        yield Finding("ok", f"upgraded to schema {len(MIGRATIONS)}")
    yield Finding("ok", f"opens, schema {len(MIGRATIONS)} (current)")
    return store


def _tables(store: Store) -> Iterator[Finding]:
    """Read every row of every table (a damaged block fails only when it is read)."""
    sizes: list[str] = []
    damaged: list[str] = []
    with store.reader() as con:
        tables = [name for (name,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        for table in tables:
            try:
                count, _ = con.execute(f'SELECT count(*), sum(length(t::VARCHAR)) FROM "{table}" t').fetchone()
                sizes.append(f"{table} {count}")
            except duckdb.Error as e:
                damaged.append(f"{table} ({str(e).splitlines()[0][:120]})")
    if damaged:
        yield Finding(
            "problem",
            f"tables that cannot be read in full: {', '.join(damaged)}",
            "restore the file from a backup, or ingest the reports again into a new --db "
            "(the runs table, if readable, lists what was ingested)",
        )
    else:
        yield Finding("ok", f"every table reads in full ({', '.join(sizes)})")


def _runs(store: Store) -> Iterator[Finding]:
    for run in store.list_runs(limit=1000):
        if run["status"] == "interrupted" and run["command"] == "ingest":
            yield Finding(
                "warning",
                f"run {run['run_id']} was interrupted after {run['inputs_done']} inputs",
                f"continue it with `faultlines ingest --resume {run['run_id']} --db {store.path}`",
            )
        elif run["status"] == "running":
            yield Finding("ok", f"run {run['run_id']} ({run['command']}) is running now")


def _orphans(store: Store) -> Iterator[Finding]:
    with store.reader() as con:
        (orphans,) = con.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = e.doc_id)"
        ).fetchone()
        (lost,) = con.execute(
            "SELECT count(*) FROM reviews r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = r.event_id)"
        ).fetchone()
    if orphans:
        yield Finding(
            "warning",
            f"{orphans} events belong to no stored document",
            "they are left from an interrupted write; `faultlines ingest --force` on the reports rewrites them",
        )
    if lost:
        yield Finding(
            "warning",
            f"{lost} reviews are of events no longer stored (their document was replaced or read again)",
            "the reviews and their audit trail are kept; check the documents' new events before relying on them",
        )
