"""The unit of work an engine runs on a worker: one batch of read inputs through the pipeline.

These functions are module-level so they pickle by reference: a process-pool or Dask worker
imports ``faultlines.engines.tasks`` and loads the models itself, once per process.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from typing import Any

from faultlines.config import DEFAULT_DB, Settings
from faultlines.pipeline import Pipeline, failed_result
from faultlines.records import DocumentResult, Failure, SourceDocument

Item = SourceDocument | Failure

# spaCy keeps every string it has seen in its vocabulary, so a long-running worker grows with
# the corpus. Inside a memory zone (spaCy >= 3.8) the strings and lexemes a batch adds are freed
# when the batch is done; results are plain records by then, so nothing outside points at them.
USE_MEMORY_ZONE = True
_DEFAULTS = Settings()


def process_batch(items: Sequence[Item], settings: Settings) -> list[DocumentResult]:
    """Results for ``items``, in order: documents are parsed together, read failures passed on."""
    documents = [item for item in items if isinstance(item, SourceDocument)]
    if not documents:
        return [failed_result(item, settings) for item in items if isinstance(item, Failure)]
    pipeline = Pipeline.from_settings(worker_settings(settings))
    with memory_zone(pipeline.resources.nlp):
        processed = iter(pipeline.pipe(documents))
        return [failed_result(item, settings) if isinstance(item, Failure) else next(processed) for item in items]


def preload(settings: Settings) -> None:
    """Load models and gazetteer now (an engine's per-worker setup), not on the first batch."""
    Pipeline.from_settings(worker_settings(settings))


def worker_settings(settings: Settings) -> Settings:
    """``settings`` without what only the ingesting process reads (the database, the file size
    limit), so that a long-lived worker serving runs on several databases loads its models once
    (they are cached per distinct Settings)."""
    return settings.with_(db_path=DEFAULT_DB, max_mb=_DEFAULTS.max_mb)


@contextmanager
def memory_zone(nlp: Any) -> Iterator[None]:
    """spaCy's memory zone around one batch, where spaCy has them and they are switched on."""
    zone = getattr(nlp, "memory_zone", None)
    with zone() if (USE_MEMORY_ZONE and zone is not None) else nullcontext():
        yield
