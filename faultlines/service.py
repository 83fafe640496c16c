"""The one place that composes reading, the pipeline, the store and exports.

The CLI and the web app call these functions and only format what they return.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from faultlines.config import Settings
from faultlines.pipeline import EXTRACTION_STAGES, failed_result, pipeline_version, process_documents
from faultlines.records import DocumentResult, Failure, SourceDocument
from faultlines.stages.ingest import list_files, read_file, read_paths
from faultlines.store.database import Store, WriteCounts

Progress = Callable[[int], None]  # called with the number of input files just finished


@dataclass
class IngestSummary:
    run_id: str
    files: int = 0
    counts: WriteCounts = field(default_factory=WriteCounts)
    skipped_files: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, duplicate of)

    def line(self) -> str:
        c = self.counts
        return (
            f"{c.documents} documents stored, {c.events} events, {c.failures} failures, "
            f"{c.duplicates} duplicates, {c.unchanged} unchanged (run {self.run_id})"
        )


def extract(paths: Iterable[str | Path], settings: Settings) -> Iterator[DocumentResult]:
    """Results for every input, in input order, without a store (`faultlines extract`)."""
    for chunk in _chunks(read_paths(paths, settings), settings.batch_size):
        yield from _process_in_order(chunk, settings)


def ingest(
    paths: list[str],
    settings: Settings,
    *,
    force: bool = False,
    progress: Progress | None = None,
    command: str = "ingest",
) -> IngestSummary:
    """Read, extract and store; documents already stored by this pipeline version are skipped."""
    store = Store(settings.db_path)
    skipped: list[Path] = []
    files = list(list_files(paths, skipped))
    run_id = store.start_run(command=command, paths=paths, settings=asdict(settings))
    summary = IngestSummary(run_id=run_id, files=len(files), skipped_files=[str(p) for p in skipped])
    seen_hashes: dict[str, str] = {}
    version = pipeline_version()
    try:
        for batch in _batches_of_files(files, settings):
            items, done_files = batch
            todo = _select_new(items, store, summary, seen_hashes, version, force=force)
            results = list(_process_in_order(todo, settings))
            summary.counts.add(store.write(results, run_id=run_id))
            if progress:
                progress(done_files)
    except BaseException:
        store.finish_run(run_id, summary.counts, status="interrupted")
        raise
    store.finish_run(run_id, summary.counts)
    return summary


def _select_new(
    items: list[SourceDocument | Failure],
    store: Store,
    summary: IngestSummary,
    seen_hashes: dict[str, str],
    version: str,
    *,
    force: bool,
) -> list[SourceDocument | Failure]:
    """Drop documents stored already (same text, same pipeline) and exact duplicates."""
    documents = [item for item in items if isinstance(item, SourceDocument)]
    stored = store.stored_versions([d.doc_id for d in documents])
    owners = store.owners_of_hashes([d.text_hash for d in documents])
    todo: list[SourceDocument | Failure] = []
    for item in items:
        if isinstance(item, Failure):
            todo.append(item)
            continue
        if not force and stored.get(item.doc_id) == (item.text_hash, version):
            summary.counts.unchanged += 1
            continue
        owner = seen_hashes.get(item.text_hash) or owners.get(item.text_hash)
        if owner is not None and owner != item.doc_id:
            summary.counts.duplicates += 1
            summary.duplicates.append((item.source, owner))
            store.record_duplicate(source=item.source, doc_id=item.doc_id, duplicate_of=owner, run_id=summary.run_id)
            continue
        seen_hashes[item.text_hash] = item.doc_id
        todo.append(item)
    return todo


def _batches_of_files(
    files: list[Path | Failure], settings: Settings
) -> Iterator[tuple[list[SourceDocument | Failure], int]]:
    """(items, number of files they came from), about ``batch_size`` items at a time."""
    items: list[SourceDocument | Failure] = []
    done = 0
    for entry in files:
        items.extend([entry] if isinstance(entry, Failure) else read_file(entry, settings))
        done += 1
        if len(items) >= settings.batch_size:
            yield items, done
            items, done = [], 0
    if items or done:
        yield items, done


def _process_in_order(items: list[SourceDocument | Failure], settings: Settings) -> Iterator[DocumentResult]:
    documents = [item for item in items if isinstance(item, SourceDocument)]
    processed = iter(process_documents(documents, settings, stages=EXTRACTION_STAGES) if documents else ())
    for item in items:
        yield failed_result(item) if isinstance(item, Failure) else next(processed)


def _chunks(items: Iterable[SourceDocument | Failure], size: int) -> Iterator[list[SourceDocument | Failure]]:
    chunk: list[SourceDocument | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
