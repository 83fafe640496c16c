"""The one pipeline: clean -> language check -> nlp -> the extraction stages -> result.

:class:`Pipeline` is built once from :class:`~faultlines.config.Settings`, like spaCy's
``Language``: it loads the resources (cached per process), looks up the stages that
``settings.stages`` names and checks that each reads only what exists by its turn. Every runner
goes through it: ``faultlines extract`` and ``ingest`` (through the engines, in this process, a
process pool or on Dask workers), every ``faultlines eval`` and the benchmarks in ``bench/``::

    pipeline = Pipeline.from_settings(Settings())
    for result in pipeline.pipe(sources):      # SourceDocuments in, DocumentResults out
        ...
    for analysis in pipeline.analyse(["Rebels attacked ..."]):   # strings in, Analyses out
        ...

A document whose stage breaks, or whose parse fails, becomes a coded failure for that document
and the batch goes on. ``pipeline.version`` hashes the stage names, the code and data the stages
run on and the user's actor file, so stored results made by other rules are redone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from faultlines.analysis import Analysis
from faultlines.config import EXTRACTION_STAGES, Settings
from faultlines.errors import CodedError, StageError, input_error
from faultlines.records import CleanDocument, DocumentMeta, DocumentResult, Failure, SourceDocument
from faultlines.registry import StageInfo, check_stages
from faultlines.resources import Resources, load_resources
from faultlines.stages.clean import clean
from faultlines.stages.long_text import parse_long
from faultlines.versioning import rules_fingerprint

__all__ = ["EXTRACTION_STAGES", "Pipeline", "failed_result", "pipeline_version", "source_of"]

_FRONT_STAGES = ("faultlines.ingest.v1", "faultlines.clean.v1", "faultlines.nlp.v1")
CLEAN_STAGE = "faultlines.clean.v1"
NLP_STAGE = "faultlines.nlp.v1"


def pipeline_version(settings: Settings | None = None) -> str:
    """A short hash of what decides a document's results: the stage names, the contents of the
    code and rule data they run on, the spaCy model and the user's actor file. Stored results
    made under another version are redone by the next ingest. Needs no model loaded."""
    settings = settings or Settings()
    parts = (
        ",".join((*_FRONT_STAGES, *settings.stages)),
        settings.spacy_model,
        rules_fingerprint(),
        _user_actors_fingerprint(settings),
    )
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:12]


def _user_actors_fingerprint(settings: Settings) -> str:
    from faultlines.actors.kb import user_file

    path = user_file(settings)
    try:
        stat = path.stat()
    except OSError:  # no user file: the bundled actors alone
        return "-"
    return _file_digest(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _file_digest(path: str, mtime_ns: int, size: int) -> str:
    """The file's hash, read again only when it changed (every failed input asks for the version)."""
    try:
        return hashlib.sha1(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "-"


@dataclass(frozen=True)
class Pipeline:
    """The stages, the resources they need and the version of the results they make."""

    settings: Settings
    resources: Resources
    stages: tuple[StageInfo, ...]
    version: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        """The pipeline for ``settings``, built once per process and settings."""
        return _build(settings)

    # ------------------------------------------------------------------ documents
    def pipe(self, sources: Iterable[SourceDocument]) -> Iterator[DocumentResult]:
        """One result per source, in order, parsing English texts in batches."""
        for cleaned, analysis, refusal in self._analyses(sources):
            if analysis is None:
                yield self.result(cleaned, failures=(refusal,) if refusal else ())
            else:
                yield self.result(cleaned, analysis=analysis)

    def analyse(self, texts: Iterable[str | tuple[str, str]]) -> Iterator[Analysis]:
        """The analysis of each text (or ``(doc_id, text)`` pair), in order, through exactly the
        steps :meth:`pipe` runs; the spaCy ``Doc`` is kept. A text that is not parsed (not
        English, no words) comes back with ``doc=None`` and its failure."""
        sources = (source_of(*item[::-1]) if isinstance(item, tuple) else source_of(item) for item in texts)
        for cleaned, analysis, refusal in self._analyses(sources):
            if analysis is None:
                analysis = Analysis(clean=cleaned, doc=None, failures=(refusal,) if refusal else ())
            yield analysis

    def _analyses(
        self, sources: Iterable[SourceDocument]
    ) -> Iterator[tuple[CleanDocument, Analysis | None, Failure | None]]:
        batch: list[CleanDocument] = []
        for source in sources:
            batch.append(clean(source))
            if len(batch) >= self.settings.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[CleanDocument]) -> Iterator[tuple[CleanDocument, Analysis | None, Failure | None]]:
        refusals = [_refusal(doc, self.settings) for doc in batch]
        english = [doc for doc, refusal in zip(batch, refusals, strict=True) if refusal is None]
        parsed = iter(self._parse(english))
        for doc, refusal in zip(batch, refusals, strict=True):
            if refusal is not None:
                yield doc, None, refusal
                continue
            spacy_doc = next(parsed)
            if isinstance(spacy_doc, Failure):
                yield doc, None, spacy_doc
                continue
            yield doc, self.run_stages(Analysis(clean=doc, doc=spacy_doc)), None

    def _parse(self, docs: list[CleanDocument]) -> list[Any]:
        """spaCy Docs in order; a text spaCy cannot parse becomes that document's failure."""
        nlp = self.resources.nlp
        try:
            return list(_parse_all(nlp, docs, self.settings))
        except (ValueError, MemoryError, RuntimeError):
            # One text broke the batch: parse one by one so only that document fails.
            return [self._parse_one(d) for d in docs]

    def _parse_one(self, doc: CleanDocument) -> Any:
        try:
            return next(iter(_parse_all(self.resources.nlp, [doc], self.settings)))
        except Exception as e:  # whatever spaCy raises, only this document is lost
            return StageError("E301", {"stage": NLP_STAGE, "detail": f"{type(e).__name__}: {e}"}).to_failure(
                source=doc.source.source, stage=NLP_STAGE, doc_id=doc.source.doc_id
            )

    # ------------------------------------------------------------------ stages
    def run_stages(self, analysis: Analysis) -> Analysis:
        """Each extraction stage in turn; a stage that breaks records a failure and the next one
        goes on with what the earlier ones found."""
        for info in self.stages:
            analysis = run_stage(info, analysis, self.resources)
        return analysis

    def result(
        self, doc: CleanDocument, *, analysis: Analysis | None = None, failures: tuple[Failure, ...] = ()
    ) -> DocumentResult:
        """The record of one document: what ``analysis`` found, or only ``failures``."""
        meta = document_meta(doc)
        if analysis is None:
            return DocumentResult(
                meta=meta,
                text=doc.source.text,
                failures=failures,
                boilerplate=doc.boilerplate,
                pipeline_version=self.version,
            )
        return DocumentResult(
            meta=meta,
            text=doc.source.text,
            entities=analysis.entities,
            actors=analysis.actors,
            places=analysis.places,
            events=analysis.events,
            claims=analysis.claims,
            typed_mentions=analysis.typed_mentions,
            held_back=analysis.held_back,
            failures=(*failures, *analysis.failures),
            boilerplate=doc.boilerplate,
            pipeline_version=self.version,
        )


@lru_cache(maxsize=4)
def _build(settings: Settings) -> Pipeline:
    stages = check_stages(settings.stages)
    return Pipeline(
        settings=settings, resources=load_resources(settings), stages=stages, version=pipeline_version(settings)
    )


def _parse_all(nlp: Any, docs: list[CleanDocument], settings: Settings) -> Iterator[Any]:
    """Short texts through ``nlp.pipe`` in batches; a text over spaCy's length limit in sections."""
    short = [d.body for d in docs if len(d.body) <= nlp.max_length]
    parsed = iter(nlp.pipe(short, batch_size=settings.batch_size))
    for d in docs:
        yield next(parsed) if len(d.body) <= nlp.max_length else parse_long(nlp, d.body)


def run_stage(info: StageInfo, analysis: Analysis, resources: Resources) -> Analysis:
    """One stage on one document; whatever it raises becomes that document's failure."""
    source = analysis.clean.source
    try:
        return info.function(analysis, resources)
    except CodedError as e:
        failure = e.to_failure(source=source.source, stage=info.name, doc_id=source.doc_id)
    except Exception as e:  # a bug in one stage must not lose the document or the batch
        error = StageError("E301", {"stage": info.name, "detail": f"{type(e).__name__}: {e}"})
        failure = error.to_failure(source=source.source, stage=info.name, doc_id=source.doc_id)
    return replace(analysis, failures=(*analysis.failures, failure))


def _refusal(doc: CleanDocument, settings: Settings) -> Failure | None:
    """Why this document is stored but not parsed, if it is not."""
    source = doc.source
    if not doc.body.strip() or not any(c.isalpha() for c in doc.body):
        return input_error("E203").to_failure(source=source.source, stage=CLEAN_STAGE, doc_id=source.doc_id)
    if doc.language != "en" or doc.language_score < settings.min_english_score:
        return input_error("E201", language=doc.language).to_failure(
            source=source.source, stage=CLEAN_STAGE, doc_id=source.doc_id
        )
    return None


def source_of(text: str, doc_id: str | None = None) -> SourceDocument:
    """A document for a bare string (its id: the given one, else a hash of the text)."""
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    return SourceDocument(doc_id=doc_id or digest, source="text", text=text, text_hash=digest)


def document_meta(doc: CleanDocument) -> DocumentMeta:
    source = doc.source
    return DocumentMeta(
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


def failed_result(failure: Failure, settings: Settings | None = None) -> DocumentResult:
    """The result for an input that could not be read at all."""
    return DocumentResult(meta=None, text=None, failures=(failure,), pipeline_version=pipeline_version(settings))
