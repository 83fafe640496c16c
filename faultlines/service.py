"""The one place that composes reading, the pipeline, the store and exports.

The CLI and the web app call these functions and only format what they return.

Ingest streams: files are read lazily in batches, each batch goes to an engine (this process,
a process pool, or a Dask cluster; see :mod:`faultlines.engines`), and each result batch is
written by this process, the single DuckDB writer, in one transaction together with the record
of which inputs it finished. At most a few batches per worker are in memory at any time, so
memory stays flat whatever the corpus size, and a killed run continues with :func:`resume`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields
from functools import partial
from pathlib import Path
from typing import Any

from faultlines.config import Settings
from faultlines.engines.base import Engine
from faultlines.engines.local import LocalEngine
from faultlines.engines.tasks import process_batch
from faultlines.errors import InputError, UsageError
from faultlines.pipeline import pipeline_version
from faultlines.records import DocumentResult, Failure, SourceDocument
from faultlines.stages.ingest import list_files, read_file, read_paths
from faultlines.store.database import RunMark, RunRecord, Store, WriteCounts

Progress = Callable[[int], None]  # called with the number of input files just finished
Item = SourceDocument | Failure
BatchTask = Callable[..., list[DocumentResult]]  # task(items, settings=...) -> one result per item, in order
MAX_LISTED_DUPLICATES = 1000  # the summary lists this many; the store keeps them all
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def after_ingest(store: Store, doc_ids: Sequence[str]) -> None:
    """Cross-document steps (de-duplication, stories, contradictions) for the documents a run stored.

    Called once at the end of every completed ingest (and again by a resumed run that had
    finished its map but not this step) with every document the run stored, including those
    stored before it was resumed. ``update_across`` is incremental and idempotent, so a run
    killed while it runs calls it again safely.
    """
    from faultlines.across.update import update_across

    update_across(store, list(doc_ids))


@dataclass
class IngestSummary:
    run_id: str
    files: int = 0
    counts: WriteCounts = field(default_factory=WriteCounts)
    skipped_files: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, duplicate of); first 1000
    resumed: int = 0  # inputs an earlier, interrupted part of this run had finished already

    def line(self) -> str:
        c = self.counts
        text = (
            f"{c.documents} documents stored, {c.events} events, {c.failures} failures, "
            f"{c.duplicates} duplicates, {c.unchanged} unchanged (run {self.run_id})"
        )
        return text + (f"; {self.resumed} inputs were done before resuming" if self.resumed else "")


def extract(
    paths: Iterable[str | Path], settings: Settings, *, engine: Engine | None = None
) -> Iterator[DocumentResult]:
    """Results for every input, in input order, without a store (`faultlines extract`)."""
    paths = _path_list(paths, "extract")
    chunks = ((None, chunk) for chunk in _chunks(read_paths(paths, settings), settings.batch_size))
    with _engine_or_default(engine) as active:
        for _, results in active.map_batches(partial(process_batch, settings=settings), chunks, ordered=True):
            yield from results


def extract_text(
    text: str,
    settings: Settings | None = None,
    *,
    published: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    doc_id: str | None = None,
) -> dict[str, Any]:
    """The contract record (what `faultlines extract` prints) for one text, for notebooks and
    scripts; the text goes through the same pipeline as a file would.

    Example::

        record = faultlines.extract_text("Gunmen killed three soldiers in Mosul on Tuesday.",
                                         published="2019-01-22")
        [e["sub_event_type"] for e in record["events"]]
    """
    from faultlines.contract import to_contract
    from faultlines.pipeline import failed_result
    from faultlines.stages.ingest import make_document

    if not isinstance(text, str):
        raise UsageError(f"extract_text takes the text as a str, not {type(text).__name__}: read the file first")
    if published is not None and not _ISO_DAY.fullmatch(published):
        raise UsageError(f"published must be a date as YYYY-MM-DD, not {published!r}")
    settings = settings or Settings()
    metadata = {"id": doc_id, "title": title, "outlet": outlet, "published": published}
    try:
        document = make_document(text, source="text", settings=settings, metadata=metadata, input_format="text")
    except InputError as e:  # an empty text: the same failure a file would get
        return to_contract(failed_result(e.to_failure(source="text", stage="faultlines.ingest.v1"), settings))
    (result,) = process_batch([document], settings=settings)
    return to_contract(result)


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many input files (and unreadable paths) ``paths`` name: the length of a progress bar."""
    return sum(1 for _ in list_files(_path_list(paths, "count_inputs")))


def _path_list(paths: Iterable[str | Path] | str | Path, command: str) -> list[str | Path]:
    """``paths`` as a list; a bare string is refused (iterating it would read each character as a
    path), a single Path is taken as a list of one."""
    if isinstance(paths, Path):
        return [paths]
    if isinstance(paths, str):
        raise UsageError(
            f"{command}() takes a list of files or folders, e.g. {command}([{paths[:40]!r}]); "
            "for a text in a string, use faultlines.extract_text(text)"
        )
    return list(paths)


def ingest(
    paths: list[str],
    settings: Settings,
    *,
    force: bool = False,
    progress: Progress | None = None,
    command: str = "ingest",
    engine: Engine | None = None,
    task: BatchTask = process_batch,
) -> IngestSummary:
    """Read, extract and store; documents already stored by this pipeline version are skipped.

    ``engine`` runs the batches (default: this process); ``task`` is the per-batch function
    (the pipeline; tests pass a stand-in). The run gets an id; if it is killed or interrupted,
    :func:`resume` finishes it.
    """
    paths = [str(p) for p in _path_list(paths, "ingest")]
    store = Store(settings.db_path)
    with _engine_or_default(engine) as active:
        options = {"force": force, **active.describe()}
        run_id = store.start_run(command=command, paths=paths, settings=asdict(settings), options=options)
        run = _IngestRun(store, settings, IngestSummary(run_id=run_id), force=force, resuming=False, progress=progress)
        return run.execute(paths, active, task)


def run_to_resume(settings: Settings, run_id: str | None = None) -> RunRecord:
    """The run ``--resume`` continues: ``run_id``, or the latest ingest that did not finish."""
    store = Store(settings.db_path)
    run = store.get_run(run_id) if run_id else store.last_unfinished_run()
    if run is None and run_id:
        raise UsageError(
            f"no run {run_id} in {settings.db_path}: list runs with `faultlines runs --db {settings.db_path}`"
        )
    if run is None:
        raise UsageError(
            f"every ingest run in {settings.db_path} has finished: nothing to resume "
            "(start a new one with `faultlines ingest PATHS`)"
        )
    return run


def resume(
    settings: Settings,
    run: RunRecord | str | None = None,
    *,
    progress: Progress | None = None,
    engine: Engine | None = None,
    task: BatchTask = process_batch,
) -> IngestSummary:
    """Continue an ingest run where it stopped, with its own paths, settings and ``force``.

    Inputs the run finished are skipped without being parsed again; the rest are processed
    as the run would have. Only the database path (and the engine) come from the caller.
    """
    record = run if isinstance(run, RunRecord) else run_to_resume(settings, run)
    run_settings = settings_from_record(record.settings, db_path=settings.db_path)
    store = Store(settings.db_path)
    store.set_run_status(record.run_id, "running")
    force = bool(record.options.get("force", False))
    with _engine_or_default(engine) as active:
        summary = IngestSummary(run_id=record.run_id)
        ingest_run = _IngestRun(store, run_settings, summary, force=force, resuming=True, progress=progress)
        return ingest_run.execute(record.paths, active, task)


def settings_from_record(values: dict[str, object], *, db_path: str) -> Settings:
    """The Settings a run was started with (fields this version does not know are dropped)."""
    known = {f.name for f in fields(Settings)}
    # JSON gave lists where Settings holds tuples (Settings must stay hashable).
    kept = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items() if k in known}
    return Settings(**kept).with_(db_path=db_path)  # type: ignore[arg-type]


@dataclass
class _Unit:
    """One batch of inputs: those to process, and those settled without processing."""

    files: int
    items: list[Item] = field(default_factory=list)
    marks: list[RunMark] = field(default_factory=list)
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # (source, doc_id, duplicate of)
    settled: WriteCounts = field(default_factory=WriteCounts)
    hashes: list[str] = field(default_factory=list)  # text hashes claimed until this unit is written


class _IngestRun:
    """The driver side of one ingest (or resumed) run: select, dispatch, write."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        summary: IngestSummary,
        *,
        force: bool,
        resuming: bool,
        progress: Progress | None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.summary = summary
        self.force = force
        self.resuming = resuming
        self.progress = progress
        self.version = pipeline_version(settings)
        # Texts claimed by batches in flight (hash -> doc_id); a written batch's texts are found
        # in the store instead, so this holds at most the batches in flight.
        self.pending: dict[str, str] = {}

    def execute(self, paths: list[str], engine: Engine, task: BatchTask) -> IngestSummary:
        skipped: list[Path] = []
        try:
            units = self._units(list_files(paths, skipped))
            # In input order: rows shared between documents (actors) end the same on every engine.
            for unit, results in engine.map_batches(partial(task, settings=self.settings), units, ordered=True):
                self._write(unit, results)
            doc_ids = self.store.run_doc_ids(self.summary.run_id)
            if doc_ids:
                after_ingest(self.store, doc_ids)
        except BaseException:
            self.store.set_run_status(self.summary.run_id, "interrupted")
            raise
        self.store.set_run_status(self.summary.run_id, "done")
        self.summary.skipped_files = [str(p) for p in skipped]
        return self.summary

    def _units(self, files: Iterable[Path | Failure]) -> Iterator[tuple[_Unit, list[Item]]]:
        """(unit, items to process) for each batch; batches with nothing to process are written here."""
        for items, file_count in _batches_of_files(files, self.settings):
            self.summary.files += file_count
            unit = self._select(items, file_count)
            if unit.items:
                yield unit, unit.items
            else:
                self._write(unit, [])

    def _select(self, items: list[Item], file_count: int) -> _Unit:
        """Drop inputs this run finished, documents stored already (same text, same pipeline)
        and exact duplicates; what is left is processed."""
        unit = _Unit(files=file_count)
        documents = [item for item in items if isinstance(item, SourceDocument)]
        known = self.store.lookup_inputs(
            doc_ids=[d.doc_id for d in documents],
            text_hashes=[d.text_hash for d in documents],
            run_id=self.summary.run_id if self.resuming else None,
            sources=[item.source for item in items],
        )
        stored, owners = known.stored, known.owners
        for item in items:
            if item.source in known.done:
                self.summary.resumed += 1
            elif isinstance(item, Failure):
                unit.items.append(item)
            elif not self.force and stored.get(item.doc_id) == (item.text_hash, self.version):
                unit.settled.unchanged += 1
                unit.marks.append(RunMark(item.source, item.doc_id, "unchanged"))
            elif (owner := self.pending.get(item.text_hash) or owners.get(item.text_hash)) not in (None, item.doc_id):
                unit.settled.duplicates += 1
                unit.duplicates.append((item.source, item.doc_id, str(owner)))
                unit.marks.append(RunMark(item.source, item.doc_id, "duplicate"))
            else:
                self.pending[item.text_hash] = item.doc_id
                unit.hashes.append(item.text_hash)
                unit.items.append(item)
        return unit

    def _write(self, unit: _Unit, results: list[DocumentResult]) -> None:
        marks = [*unit.marks, *(_mark(result) for result in results)]
        counts = self.store.write_run_batch(
            results, run_id=self.summary.run_id, marks=marks, duplicates=unit.duplicates, settled=unit.settled
        )
        self.summary.counts.add(counts)
        room = MAX_LISTED_DUPLICATES - len(self.summary.duplicates)
        self.summary.duplicates.extend((source, owner) for source, _, owner in unit.duplicates[: max(0, room)])
        for text_hash in unit.hashes:
            self.pending.pop(text_hash, None)
        if self.progress:
            self.progress(unit.files)


def _mark(result: DocumentResult) -> RunMark:
    if result.meta is not None:
        return RunMark(result.meta.source, result.meta.doc_id, "stored")
    failure = result.failures[0]
    return RunMark(failure.source, failure.doc_id, "failed")


def _engine_or_default(engine: Engine | None) -> Engine | _Borrowed:
    """The caller's engine (left open for them), or a one-process engine closed after use."""
    return LocalEngine(workers=1) if engine is None else _Borrowed(engine)


class _Borrowed:
    """A caller's engine used in a ``with`` block without being closed at its end."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __enter__(self) -> Engine:
        return self.engine

    def __exit__(self, *_: object) -> None:
        return None


def _batches_of_files(files: Iterable[Path | Failure], settings: Settings) -> Iterator[tuple[list[Item], int]]:
    """(items, number of files whose last item is among them), ``batch_size`` items at a time; a
    file of many records (JSONL, CSV) is split over as many batches as it needs."""
    items: list[Item] = []
    done = 0
    for entry in files:
        produced = iter([entry] if isinstance(entry, Failure) else read_file(entry, settings))
        item = next(produced, None)
        if item is None:
            done += 1  # a file with nothing in it
        while item is not None:
            following = next(produced, None)
            items.append(item)
            if following is None:
                done += 1  # the file ends with this item
            if len(items) >= settings.batch_size:
                yield items, done
                items, done = [], 0
            item = following
    if items or done:
        yield items, done


def _chunks(items: Iterable[SourceDocument | Failure], size: int) -> Iterator[list[SourceDocument | Failure]]:
    chunk: list[SourceDocument | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
