"""A picklable stand-in for the per-batch pipeline task, so engine tests need no model.

It returns, for each document, a result with one event whose id is derived from the document,
so a document processed twice and stored twice would show as a doubled event. It can sleep per
batch (to leave time to kill a worker midway), note the worker's pid, and fail on purpose.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path

from faultlines.config import Settings
from faultlines.pipeline import failed_result, pipeline_version
from faultlines.records import DocumentMeta, DocumentResult, Event, Failure, SourceDocument, Span

Item = SourceDocument | Failure


def standin_batch(
    items: Sequence[Item],
    settings: Settings,
    *,
    delay_s: float = 0.0,
    pid_dir: str | None = None,
    fail_on: str | None = None,
) -> list[DocumentResult]:
    """One result per item, in order; raises RuntimeError when a text contains ``fail_on``."""
    if pid_dir is not None:
        (Path(pid_dir) / str(os.getpid())).touch()
    if delay_s:
        time.sleep(delay_s)
    return [
        failed_result(item, settings) if isinstance(item, Failure) else _result(item, settings, fail_on)
        for item in items
    ]


def _result(doc: SourceDocument, settings: Settings, fail_on: str | None) -> DocumentResult:
    if fail_on is not None and fail_on in doc.text:
        raise RuntimeError(f"stand-in told to fail on {doc.source}")
    meta = DocumentMeta(
        doc_id=doc.doc_id,
        source=doc.source,
        text_hash=doc.text_hash,
        title=doc.title,
        outlet=doc.outlet,
        author=None,
        url=None,
        published=doc.published,
        published_from=doc.published_from,
        language="en",
        chars=len(doc.text),
        input_format=doc.input_format,
    )
    first = doc.text.split(".")[0]
    event = Event(
        event_id=hashlib.sha1(f"standin:{doc.doc_id}".encode()).hexdigest(),
        event_type="Battles",
        sub_event_type="Armed clash",
        kind=None,
        modality="asserted",
        trigger=Span(0, min(5, len(doc.text)), doc.text[:5]),
        evidence=(Span(0, len(first), first),),
    )
    return DocumentResult(meta=meta, text=doc.text, events=(event,), pipeline_version=pipeline_version(settings))


def write_reports(folder: Path, count: int, *, prefix: str = "r") -> Path:
    """``count`` distinct small reports as .txt files (each its own text, so no duplicates)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"{prefix}{number:04d}.txt").write_text(
            f"Report {number}. Fighters attacked a checkpoint near Hajin on Monday, killing {number + 2}.\n",
            encoding="utf-8",
        )
    return folder
