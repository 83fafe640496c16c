"""The embedded store: one DuckDB file.

Concurrency: DuckDB lets one process hold a file for writing and blocks other processes while it
does. So a writer holds the file only while it writes one batch (a transaction), and between
batches readers get in; an advisory lock file keeps two writers from interleaving. Readers open
read-only connections and retry for a few seconds while a batch is being written.

Idempotence: a document's rows are replaced as a whole in one transaction, keyed by its id, so
re-running the same input updates instead of duplicating, and a run killed mid-batch leaves
the previous state of that batch intact.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from faultlines.errors import InputError, StoreError
from faultlines.records import DocumentResult, Failure
from faultlines.store import rows
from faultlines.store.problems import store_problem
from faultlines.store.schema import KEYED_TABLES, MIGRATIONS, PER_DOCUMENT_TABLES, SCHEMA_VERSION


@dataclass
class WriteCounts:
    documents: int = 0
    events: int = 0
    failures: int = 0
    duplicates: int = 0
    unchanged: int = 0

    def add(self, other: WriteCounts) -> None:
        for name in ("documents", "events", "failures", "duplicates", "unchanged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True, slots=True)
class RunMark:
    """One input a run has finished: ``stored``, ``failed``, ``duplicate`` or ``unchanged``."""

    source: str
    doc_id: str | None
    outcome: str


@dataclass(frozen=True)
class RunRecord:
    """A row of ``runs``: what a run was asked to do, so ``--resume`` can do the rest."""

    run_id: str
    command: str
    paths: list[str]
    settings: dict[str, Any]
    options: dict[str, Any]
    status: str | None


@dataclass(frozen=True)
class InputLookup:
    """What the store knows about a batch of inputs before it is processed."""

    stored: dict[str, tuple[str, str]]  # doc_id -> (text_hash, pipeline_version)
    owners: dict[str, str]  # text_hash -> doc_id of the stored document with that text
    done: set[str]  # sources the run has finished


STORE_STAGE = "faultlines.store"
_RUN_COLUMNS = "run_id, command, paths, settings, options, status"


def _run_record(row: tuple[Any, ...]) -> RunRecord:
    run_id, command, paths, settings, options, status = row
    return RunRecord(
        run_id=run_id,
        command=command,
        paths=json.loads(paths or "[]"),
        settings=json.loads(settings or "{}"),
        options=json.loads(options or "{}"),
        status=status,
    )


class Store:
    """A Faultlines database file.

    Example::

        store = Store("faultlines.duckdb")
        with store.reader() as con:
            con.execute("SELECT count(*) FROM events").fetchone()
    """

    def __init__(self, path: str | Path, *, lock_timeout_s: float = 30.0, read_only: bool = False) -> None:
        """Open (and, unless ``read_only``, create or upgrade) the database at ``path``.

        A database whose schema is current is opened without writing anything, so a read-only
        file or folder can be read; ``read_only`` never writes, and refuses an older schema
        (E408) rather than upgrading it. Problems of the file or its disk are coded
        :class:`StoreError` (see :mod:`faultlines.store.problems`)."""
        self.path = Path(path)
        self.lock_timeout_s = lock_timeout_s
        self.read_only = read_only
        self._columns: dict[str, list[tuple[str, str]]] = {}  # table -> [(column, type)], read once
        if read_only or self.path.exists():
            missing = self._check_schema()
            if not missing:
                return
            if read_only:
                raise StoreError("E408", {"path": self.path, "missing": ", ".join(missing)})
        self._migrate()

    # -- connections ---------------------------------------------------------------------

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection inside one transaction, holding the writer lock."""
        if self.read_only:
            raise StoreError("E405", {"path": self.path})
        with self._writer_lock(), self._connect(read_only=False) as con:
            try:
                con.execute("BEGIN TRANSACTION")
                try:
                    yield con
                except BaseException:
                    _rollback(con)
                    raise
                con.execute("COMMIT")
            except (duckdb.Error, OSError) as e:
                # A full disk, or a file that went bad or read-only under us: one coded error.
                problem = store_problem(e, self.path)
                if problem is None or problem.code == "E401":
                    raise
                raise problem from e

    def hold_open(self) -> duckdb.DuckDBPyConnection:
        """A connection to keep open while serving: DuckDB shares an open instance within a
        process, so every later connection to the file is cheap (and other processes stay out).
        The caller closes it."""
        return duckdb.connect(str(self.path))

    @contextmanager
    def kept_open(self) -> Iterator[None]:
        """Keep the file open in this process for the block, for a run of many batches with no
        other process beside it: every connection inside then shares the one DuckDB instance
        instead of starting one (some 20 ms of CPU and 40 of wall each) and checkpointing it on
        close, which halves the cost of storing a batch. Other processes are kept out for the
        whole block instead of only while a batch is written."""
        with self._connect(read_only=self.read_only):
            yield

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection (retried while a writer holds the file)."""
        with self._connect(read_only=True) as con:
            yield con

    @contextmanager
    def _connect(self, *, read_only: bool) -> Iterator[duckdb.DuckDBPyConnection]:
        deadline = time.monotonic() + self.lock_timeout_s
        while True:
            try:
                try:
                    con = duckdb.connect(str(self.path), read_only=read_only)
                except duckdb.ConnectionException:
                    # This process already has the file open for writing (the web app while it
                    # ingests): DuckDB shares that instance, so read through it.
                    con = duckdb.connect(str(self.path))
                break
            except (duckdb.Error, OSError) as e:
                problem = store_problem(e, self.path) or StoreError("E401", {"path": self.path, "detail": str(e)})
                if problem.code != "E403" or time.monotonic() > deadline:
                    raise problem from e
                time.sleep(0.05)  # a writer holds the file for one batch: wait for it
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def _writer_lock(self) -> Iterator[None]:
        # hidden, so that a database kept in a folder of reports adds no visible file to it
        lock_path = self.path.with_name(f".{self.path.name}.lock")
        try:
            handle = lock_path.open("a")
        except OSError as e:  # the folder refuses the lock file beside the database
            problem = store_problem(e, self.path)
            if problem is None or problem.code in ("E401", "E405"):
                problem = StoreError("E406", {"folder": self.path.parent, "detail": f"{lock_path}: {e.strerror or e}"})
            raise problem from e
        with handle:
            deadline = time.monotonic() + self.lock_timeout_s
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError as e:
                    if time.monotonic() > deadline:
                        detail = "another ingest is writing to it"
                        raise StoreError("E403", {"path": self.path, "detail": detail}) from e
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _check_schema(self) -> list[str]:
        """The migrations this database lacks (none: it can be used as it is), read without
        writing; E402 if it has some this program does not know."""
        if not self.path.exists():
            raise StoreError("E401", {"path": self.path, "detail": "no such file"})
        with self.reader() as con:
            tables = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            applied = (
                {name for (name,) in con.execute("SELECT name FROM migrations").fetchall()}
                if "migrations" in tables
                else set()
            )
            unknown = sorted(applied - set(MIGRATIONS))
            if unknown:
                raise StoreError("E402", {"path": self.path, "found": ", ".join(unknown), "expected": SCHEMA_VERSION})
            self._columns = _column_types(con)
        return sorted(set(MIGRATIONS) - applied)

    def _migrate(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise (store_problem(e, self.path) or StoreError("E406", {"folder": self.path.parent, "detail": e})) from e
        with self.writer() as con:
            con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
            applied = {row[0] for row in con.execute("SELECT name FROM migrations").fetchall()}
            unknown = sorted(applied - set(MIGRATIONS))
            if unknown:
                raise StoreError("E402", {"path": self.path, "found": ", ".join(unknown), "expected": SCHEMA_VERSION})
            for name, statements in MIGRATIONS.items():
                if name in applied:
                    continue
                for statement in statements:
                    con.execute(statement)
                con.execute("INSERT INTO migrations VALUES (?, now())", [name])
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            self._columns = _column_types(con)

    # -- runs ----------------------------------------------------------------------------

    def start_run(
        self, *, command: str, paths: Sequence[str], settings: dict[str, Any], options: dict[str, Any] | None = None
    ) -> str:
        run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        with self.writer() as con:
            con.execute(
                "INSERT INTO runs (run_id, command, paths, settings, status, options, host, pid) "
                "VALUES (?, ?, ?, ?, 'running', ?, ?, ?)",
                [
                    run_id,
                    command,
                    json.dumps(list(paths)),
                    json.dumps(settings, default=str),
                    json.dumps(options or {}, default=str),
                    *this_process(),
                ],
            )
        return run_id

    def finish_run(self, run_id: str, counts: WriteCounts, *, status: str = "done") -> None:
        with self.writer() as con:
            con.execute(
                """UPDATE runs SET finished_at = current_timestamp, status = ?, documents = ?,
                   events = ?, failures = ?, duplicates = ?, unchanged = ? WHERE run_id = ?""",
                [status, counts.documents, counts.events, counts.failures, counts.duplicates, counts.unchanged, run_id],
            )

    def set_run_status(self, run_id: str, status: str) -> None:
        """Mark a run ``running`` (again), ``interrupted`` or ``done``, keeping its counters."""
        finished = "current_timestamp" if status != "running" else "NULL"
        with self.writer() as con:
            con.execute(
                f"UPDATE runs SET status = ?, finished_at = {finished}, host = ?, pid = ? WHERE run_id = ?",
                [status, *this_process(), run_id],
            )

    def get_run(self, run_id: str) -> RunRecord | None:
        with self.reader() as con:
            row = con.execute(f"SELECT {_RUN_COLUMNS} FROM runs WHERE run_id = ?", [run_id]).fetchone()
        return _run_record(row) if row else None

    def last_unfinished_run(self, *, command: str = "ingest") -> RunRecord | None:
        """The latest run of ``command`` that did not finish (killed, interrupted or failed)."""
        with self.reader() as con:
            row = con.execute(
                f"SELECT {_RUN_COLUMNS} FROM runs WHERE command = ? AND status IS DISTINCT FROM 'done' "
                "ORDER BY started_at DESC, run_id DESC LIMIT 1",
                [command],
            ).fetchone()
        return _run_record(row) if row else None

    def list_runs(self, *, limit: int = 20) -> list[dict[str, Any]]:
        """The latest runs, newest first, with their status and counters."""
        with self.reader() as con:
            cursor = con.execute(
                "SELECT run_id, command, status, started_at, finished_at, documents, events, failures, duplicates, "
                "unchanged, (SELECT count(*) FROM run_documents d WHERE d.run_id = runs.run_id) AS inputs_done, "
                "host, pid FROM runs ORDER BY started_at DESC, run_id DESC LIMIT ?",
                [limit],
            )
            names = [column[0] for column in cursor.description]
            found = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        for run in found:
            host, pid = run.pop("host"), run.pop("pid")
            if run["status"] == "running" and not process_alive(host, pid):
                run["status"] = "interrupted"  # its process is gone: killed before it could say so
        return found

    def run_done(self, run_id: str, sources: Sequence[str]) -> set[str]:
        """Which of ``sources`` this run has finished already."""
        if not sources:
            return set()
        with self.reader() as con:
            found = con.execute(
                "SELECT source FROM run_documents WHERE run_id = ? AND source IN (SELECT unnest(?))",
                [run_id, list(sources)],
            ).fetchall()
        return {source for (source,) in found}

    def run_doc_ids(self, run_id: str, *, outcome: str = "stored") -> list[str]:
        """The documents a run wrote (across all its resumed parts), in id order."""
        with self.reader() as con:
            found = con.execute(
                "SELECT DISTINCT doc_id FROM run_documents WHERE run_id = ? AND outcome = ? AND doc_id IS NOT NULL "
                "ORDER BY doc_id",
                [run_id, outcome],
            ).fetchall()
        return [doc_id for (doc_id,) in found]

    # -- reading what is already stored --------------------------------------------------

    def lookup_inputs(
        self,
        *,
        doc_ids: Sequence[str],
        text_hashes: Sequence[str],
        run_id: str | None = None,
        sources: Sequence[str] = (),
    ) -> InputLookup:
        """What :meth:`stored_versions`, :meth:`owners_of_hashes` and :meth:`run_done` return, through
        one read-only connection (opening the file is most of the cost of a small query)."""
        with self.reader() as con:
            stored = (
                con.execute(
                    "SELECT doc_id, text_hash, pipeline_version FROM documents WHERE doc_id IN (SELECT unnest(?))",
                    [list(doc_ids)],
                ).fetchall()
                if doc_ids
                else []
            )
            owners = (
                con.execute(
                    "SELECT text_hash, min(doc_id) FROM documents "
                    "WHERE text_hash IN (SELECT unnest(?)) GROUP BY text_hash",
                    [list(text_hashes)],
                ).fetchall()
                if text_hashes
                else []
            )
            done = (
                con.execute(
                    "SELECT source FROM run_documents WHERE run_id = ? AND source IN (SELECT unnest(?))",
                    [run_id, list(sources)],
                ).fetchall()
                if run_id and sources
                else []
            )
        return InputLookup(
            stored={doc_id: (text_hash, version) for doc_id, text_hash, version in stored},
            owners=dict(owners),
            done={source for (source,) in done},
        )

    def stored_versions(self, doc_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """doc_id -> (text_hash, pipeline_version) for the ids already stored."""
        if not doc_ids:
            return {}
        with self.reader() as con:
            found = con.execute(
                "SELECT doc_id, text_hash, pipeline_version FROM documents WHERE doc_id IN (SELECT unnest(?))",
                [list(doc_ids)],
            ).fetchall()
        return {doc_id: (text_hash, version) for doc_id, text_hash, version in found}

    def owners_of_hashes(self, text_hashes: Sequence[str]) -> dict[str, str]:
        """text_hash -> doc_id of the stored document with that text."""
        if not text_hashes:
            return {}
        with self.reader() as con:
            found = con.execute(
                "SELECT text_hash, min(doc_id) FROM documents WHERE text_hash IN (SELECT unnest(?)) GROUP BY text_hash",
                [list(text_hashes)],
            ).fetchall()
        return dict(found)

    # -- writing ---------------------------------------------------------------------------

    def write(self, results: Sequence[DocumentResult], *, run_id: str | None = None) -> WriteCounts:
        """Store a batch of results in one transaction; each document's rows are replaced."""
        with self.writer() as con:
            return self._write_results_in_bulk(con, results, run_id)

    def write_run_batch(
        self,
        results: Sequence[DocumentResult],
        *,
        run_id: str,
        marks: Sequence[RunMark],
        duplicates: Sequence[tuple[str, str, str]] = (),
        settled: WriteCounts | None = None,
    ) -> WriteCounts:
        """One transaction: the results, the duplicates found, which inputs are now done
        (``marks``), and the run's counters (what was written plus ``settled``: the unchanged
        and duplicate inputs that needed no writing). A run killed at any point has either all
        of a batch or none of it."""
        with self.writer() as con:
            counts = self._write_results_in_bulk(con, results, run_id)
            if settled is not None:
                counts.add(settled)
            found = {source: [source, doc_id, duplicate_of, run_id] for source, doc_id, duplicate_of in duplicates}
            self._insert(con, "duplicates", list(found.values()), verb="INSERT OR REPLACE")
            unique = {mark.source: mark for mark in marks}  # an input named twice is done once
            self._insert(
                con,
                "run_documents",
                [[run_id, mark.source, mark.doc_id, mark.outcome] for mark in unique.values()],
                columns=("run_id", "source", "doc_id", "outcome"),
                verb="INSERT OR REPLACE",
            )
            con.execute(
                """UPDATE runs SET documents = documents + ?, events = events + ?, failures = failures + ?,
                   duplicates = duplicates + ?, unchanged = unchanged + ? WHERE run_id = ?""",
                [counts.documents, counts.events, counts.failures, counts.duplicates, counts.unchanged, run_id],
            )
        return counts

    def _write_results_in_bulk(
        self, con: duckdb.DuckDBPyConnection, results: Sequence[DocumentResult], run_id: str | None
    ) -> WriteCounts:
        """Replace the rows of every document in ``results`` with one statement per table: the rows
        travel as one list per column (DuckDB's cost is per statement and per bound parameter,
        so this is some ten times faster than multi-row VALUES, and a hundred times faster than
        ``executemany``). A document given twice is written once, as its last result; a keyed row
        given twice keeps its last.

        A result whose id is stored (or given earlier in the batch) with another text is not
        written: it becomes an E205 failure and the stored document stays as it is. A number a
        column cannot hold is left out of that column and flagged (E204); the event's JSON
        record keeps it as read."""
        counts = WriteCounts()
        unread: list[Failure] = []  # inputs that could not be read, or were refused: only a failure
        candidates = [result for result in results if result.meta is not None]
        texts = _stored_texts(con, [r.meta.doc_id for r in candidates if r.meta is not None])
        stored_before = set(texts)
        latest: dict[str, DocumentResult] = {}
        for result in results:
            if result.meta is None:
                unread.extend(result.failures)
                counts.failures += 1
                continue
            meta = result.meta
            owner = texts.setdefault(meta.doc_id, (meta.text_hash, meta.source))
            if owner[0] != meta.text_hash:
                unread.append(_id_clash(result, owner[1]))
                counts.failures += 1
                continue
            latest.pop(meta.doc_id, None)  # keep the order of last occurrence: later rows win
            latest[meta.doc_id] = result
            counts.documents += 1
            counts.events += len(result.events)
            counts.failures += bool(result.failures)
        self._upsert_failures(con, unread, run_id)
        if not latest:
            return counts
        doc_ids = list(latest)
        # Per-document rows are only ever written with their documents row, so only documents
        # stored before have rows to replace (each DELETE scans its whole table).
        stored = [doc_id for doc_id in doc_ids if doc_id in stored_before]
        for table in PER_DOCUMENT_TABLES if stored else ():
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [stored])
        # Failures of these sources from earlier runs are settled by this run's outcome.
        sources = [result.meta.source for result in latest.values() if result.meta is not None]
        con.execute(
            "DELETE FROM failures WHERE doc_id IN (SELECT unnest(?)) OR source IN (SELECT unnest(?))",
            [doc_ids, sources],
        )
        tables: dict[str, list[list[Any]]] = {}
        failures: list[Failure] = []
        for result in latest.values():
            flagged = self._fitted_rows(result, run_id, tables)
            failures.extend((*result.failures, *flagged))
            counts.failures += bool(flagged and not result.failures)
        for table, table_rows in tables.items():
            keyed = table in KEYED_TABLES or table == "documents"
            if keyed:
                table_rows = list({row[0]: row for row in table_rows}.values())
            self._insert(con, table, table_rows, verb="INSERT OR REPLACE" if keyed else "INSERT")
        self._upsert_failures(con, failures, run_id)
        return counts

    def _fitted_rows(
        self, result: DocumentResult, run_id: str | None, tables: dict[str, list[list[Any]]]
    ) -> list[Failure]:
        """Add ``result``'s rows to ``tables``, each fitted to its columns; the E204 flags."""
        assert result.meta is not None
        produced = {"documents": [rows.document_row(result, run_id)], **rows.extraction_rows(result)}
        flags: list[Failure] = []
        for table, table_rows in produced.items():
            columns = self._columns[table]
            for row in table_rows:
                fitted, emptied = rows.fit_row(row, columns)
                tables.setdefault(table, []).append(fitted)
                flags.extend(_number_flag(result, table, column, value) for column, value in emptied)
        return list({(f.code, f.message): f for f in flags}.values())  # one flag per column and value

    def record_duplicate(self, *, source: str, doc_id: str, duplicate_of: str, run_id: str | None) -> None:
        with self.writer() as con:
            con.execute("INSERT OR REPLACE INTO duplicates VALUES (?, ?, ?, ?)", [source, doc_id, duplicate_of, run_id])

    def _upsert_failures(self, con: duckdb.DuckDBPyConnection, failures: Sequence[Failure], run_id: str | None) -> None:
        """Failures keyed by source, stage and code: one seen again keeps its first sighting
        (``first_seen``, ``doc_id``) and takes the new message, run and ``last_seen``."""
        merged: dict[str, list[Any]] = {}
        for failure in failures:
            key = rows.failure_id(failure)
            if key in merged:  # what one statement per failure would have left
                merged[key][5] = failure.message
                continue
            merged[key] = [key, failure.source, failure.doc_id, failure.stage, failure.code, failure.message, run_id]
        self._insert(
            con,
            "failures",
            list(merged.values()),
            columns=("failure_id", "source", "doc_id", "stage", "code", "message", "run_id"),
            conflict="ON CONFLICT (failure_id) DO UPDATE SET message = excluded.message, "
            "run_id = excluded.run_id, last_seen = now()",
        )

    def _insert(
        self,
        con: duckdb.DuckDBPyConnection,
        table: str,
        table_rows: list[list[Any]],
        *,
        columns: Sequence[str] | None = None,
        verb: str = "INSERT",
        conflict: str = "",
    ) -> None:
        """Insert ``table_rows`` (values of ``columns``, by default all of the table's, in order)
        in one statement, binding one typed list per column."""
        if not table_rows:
            return
        types = dict(self._columns[table])
        names = list(columns) if columns is not None else list(types)
        if len(table_rows[0]) != len(names):
            raise ValueError(f"{table}: rows of {len(table_rows[0])} values for {len(names)} columns")
        listed = ", ".join(f'"{name}"' for name in names)
        unnested = ", ".join(f"unnest(?::{types[name]}[])" for name in names)
        values = [list(column) for column in zip(*table_rows, strict=True)]
        con.execute(f"{verb} INTO {table} ({listed}) SELECT {unnested} {conflict}", values)


def this_process() -> tuple[str, int]:
    """(host, pid) of this process, recorded with the runs it starts or resumes."""
    return socket.gethostname(), os.getpid()


def process_alive(host: str | None, pid: int | None) -> bool:
    """Whether the process that ran a run may still be running: True when it is unknown (a run
    recorded before m007) or on another host, False only when this host has no such process.
    (A pid reused since is taken for the run's: the run then shows as running, as before.)"""
    if host is None or pid is None or host != socket.gethostname():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # a process of another user holds the pid
    return True


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back, unless the failure already ended the transaction (DuckDB aborts it on some
    errors, and a second error here would hide the first)."""
    with contextlib.suppress(duckdb.Error):  # nothing left to roll back: the first error is the one to report
        con.execute("ROLLBACK")


def _stored_texts(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> dict[str, tuple[str, str]]:
    """doc_id -> (text_hash, source) of the ids already stored."""
    if not doc_ids:
        return {}
    found = con.execute(
        "SELECT doc_id, text_hash, source FROM documents WHERE doc_id IN (SELECT unnest(?))", [doc_ids]
    ).fetchall()
    return {doc_id: (text_hash, source) for doc_id, text_hash, source in found}


def _id_clash(result: DocumentResult, stored_source: str) -> Failure:
    assert result.meta is not None
    error = InputError("E205", {"doc_id": result.meta.doc_id, "other": stored_source})
    return error.to_failure(source=result.meta.source, stage=STORE_STAGE)


def _number_flag(result: DocumentResult, table: str, column: str, value: object) -> Failure:
    assert result.meta is not None
    error = InputError("E204", {"value": value, "column": f"{table}.{column}"})
    return error.to_failure(source=result.meta.source, stage=STORE_STAGE, doc_id=result.meta.doc_id)


def _column_types(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    """Every table's columns and their types, in table order."""
    found: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main' ORDER BY table_name, column_index"
    ).fetchall():
        found.setdefault(table, []).append((column, kind))
    return found
