"""The per-document pipeline: clean -> language check -> nlp -> extraction stages -> result.

``process_documents(sources, settings)`` is a pure function of its inputs (models come from the
per-process cache in :mod:`faultlines.resources`), so the same call runs in this process, in a
process pool, or on Dask workers. A stage that breaks on one document records a failure for that
document and the batch goes on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace

from faultlines.analysis import Analysis
from faultlines.config import Settings
from faultlines.errors import CodedError, StageError, input_error
from faultlines.records import CleanDocument, DocumentMeta, DocumentResult, Failure, SourceDocument
from faultlines.registry import get_stage
from faultlines.resources import Resources, load_resources
from faultlines.stages.clean import clean

EXTRACTION_STAGES = (
    "faultlines.actors.v1",
    "faultlines.events.v1",
    "faultlines.places.v1",
    "faultlines.dates.v1",
    "faultlines.claims.v1",
)
_FRONT_STAGES = ("faultlines.ingest.v1", "faultlines.clean.v1", "faultlines.nlp.v1")


def pipeline_version(stages: Iterable[str] = EXTRACTION_STAGES) -> str:
    """A short hash of the stage names: stored results made by other versions are redone."""
    names = ",".join((*_FRONT_STAGES, *stages))
    return hashlib.sha1(names.encode()).hexdigest()[:12]


def process_documents(
    sources: Iterable[SourceDocument],
    settings: Settings,
    *,
    resources: Resources | None = None,
    stages: tuple[str, ...] = EXTRACTION_STAGES,
) -> Iterator[DocumentResult]:
    """Results for ``sources``, in order, parsing English texts in batches."""
    resources = resources or load_resources(settings)
    batch: list[CleanDocument] = []
    for source in sources:
        batch.append(clean(source))
        if len(batch) >= settings.batch_size:
            yield from _process_batch(batch, resources, stages)
            batch = []
    if batch:
        yield from _process_batch(batch, resources, stages)


def process_document(source: SourceDocument, settings: Settings) -> DocumentResult:
    """One document through the whole pipeline (see :func:`process_documents` for batches)."""
    return next(process_documents([source], settings))


def _process_batch(
    batch: list[CleanDocument], resources: Resources, stages: tuple[str, ...]
) -> Iterator[DocumentResult]:
    english = [doc for doc in batch if _refusal(doc, resources.settings) is None]
    parsed = iter(resources.nlp.pipe([doc.body for doc in english], batch_size=resources.settings.batch_size))
    for doc in batch:
        refusal = _refusal(doc, resources.settings)
        if refusal is not None:
            yield _result(doc, failures=(refusal,), stages=stages)
            continue
        analysis = Analysis(clean=doc, doc=next(parsed))
        yield _result(doc, analysis=_run_stages(analysis, resources, stages), stages=stages)


def _refusal(doc: CleanDocument, settings: Settings) -> Failure | None:
    """Why this document is stored but not parsed, if it is not."""
    source = doc.source
    if not doc.body.strip() or not any(c.isalpha() for c in doc.body):
        return input_error("E203").to_failure(source=source.source, stage="faultlines.clean.v1", doc_id=source.doc_id)
    if doc.language != "en" or doc.language_score < settings.min_english_score:
        return input_error("E201", language=doc.language).to_failure(
            source=source.source, stage="faultlines.clean.v1", doc_id=source.doc_id
        )
    return None


def _run_stages(analysis: Analysis, resources: Resources, stages: tuple[str, ...]) -> Analysis:
    for name in stages:
        info = get_stage(name)
        try:
            analysis = info.function(analysis, resources)
        except CodedError as e:
            failure = e.to_failure(source=analysis.clean.source.source, stage=name, doc_id=analysis.clean.source.doc_id)
            analysis = replace(analysis, failures=(*analysis.failures, failure))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError) as e:
            # A bug in one stage must not lose the document or the batch: record it and go on.
            error = StageError("E301", {"stage": name, "detail": f"{type(e).__name__}: {e}"})
            failure = error.to_failure(
                source=analysis.clean.source.source, stage=name, doc_id=analysis.clean.source.doc_id
            )
            analysis = replace(analysis, failures=(*analysis.failures, failure))
    return analysis


def _result(
    doc: CleanDocument,
    *,
    stages: tuple[str, ...],
    analysis: Analysis | None = None,
    failures: tuple[Failure, ...] = (),
) -> DocumentResult:
    source = doc.source
    meta = DocumentMeta(
        doc_id=source.doc_id,
        source=source.source,
        text_hash=source.text_hash,
        title=source.title or (doc.title.text if doc.title else None),
        outlet=source.outlet or (doc.outlet.text if doc.outlet else None),
        author=source.author or (doc.byline.text if doc.byline else None),
        url=source.url,
        published=source.published,
        published_from=source.published_from,
        language=doc.language,
        chars=len(source.text),
        input_format=source.input_format,
    )
    if analysis is None:
        return DocumentResult(
            meta=meta,
            text=source.text,
            failures=failures,
            boilerplate=doc.boilerplate,
            pipeline_version=pipeline_version(stages),
        )
    return DocumentResult(
        meta=meta,
        text=source.text,
        entities=analysis.entities,
        actors=analysis.actors,
        places=analysis.places,
        events=analysis.events,
        claims=analysis.claims,
        failures=(*failures, *analysis.failures),
        boilerplate=doc.boilerplate,
        pipeline_version=pipeline_version(stages),
    )


def failed_result(failure: Failure) -> DocumentResult:
    """The result for an input that could not be read at all."""
    return DocumentResult(meta=None, text=None, failures=(failure,), pipeline_version=pipeline_version())
