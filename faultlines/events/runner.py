"""Running the extraction stages up to events over plain texts, for scorers and scripts.

The benchmarks hold bare texts, not files: each becomes a document, is parsed in batches, and
goes through the actors stage (when it is installed) and the events stage. Without the full
resources (gazetteer, actor knowledge base) the events stage runs alone on plain spaCy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from faultlines.analysis import Analysis
from faultlines.config import Settings
from faultlines.errors import FaultlinesError
from faultlines.records import CleanDocument, SourceDocument
from faultlines.registry import get_stage

EVENT_STAGES = ("faultlines.actors.v1", "faultlines.events.v1")


@dataclass(frozen=True)
class Runner:
    nlp: Any
    resources: Any  # faultlines.resources.Resources, or None when only spaCy could be loaded
    stages: tuple[str, ...]


def load_runner(settings: Settings | None = None) -> Runner:
    """The full resources when they load, else plain spaCy and the events stage alone."""
    settings = settings or Settings()
    try:
        from faultlines.resources import load_resources

        resources = load_resources(settings)
        nlp = resources.nlp
    except (ImportError, FaultlinesError, OSError):
        from faultlines.stages.nlp import load_spacy

        resources, nlp = None, load_spacy(settings.spacy_model)
    stages = tuple(name for name in EVENT_STAGES if _available(name) and (resources or name.endswith("events.v1")))
    return Runner(nlp=nlp, resources=resources, stages=stages)


def _available(name: str) -> bool:
    try:
        get_stage(name)
    except (FaultlinesError, ImportError):
        return False
    return True


def source_of(text: str, doc_id: str | None = None) -> SourceDocument:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    return SourceDocument(doc_id=doc_id or digest, source="text", text=text, text_hash=digest)


def analyse(runner: Runner, texts: Iterable[tuple[str, str]], *, batch_size: int = 16) -> Iterator[Analysis]:
    """Analyses of ``(doc_id, text)`` pairs, in order, through the runner's stages."""
    pairs = list(texts)
    docs = runner.nlp.pipe((text for _, text in pairs), batch_size=batch_size)
    for (doc_id, text), doc in zip(pairs, docs, strict=True):
        analysis = Analysis(clean=CleanDocument(source=source_of(text, doc_id), body=text), doc=doc)
        for name in runner.stages:
            analysis = get_stage(name).function(analysis, runner.resources)
        yield analysis
