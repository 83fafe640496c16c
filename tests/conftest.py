"""Shared fixtures. Unit tests build records by hand; only tests marked `slow` load spaCy."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from faultlines.analysis import Analysis
from faultlines.config import SPACY_MODEL, Settings
from faultlines.records import CleanDocument, SourceDocument

SHARED = Path(__file__).resolve().parents[2] / "shared"
BENCH = SHARED / "bench"
SEEDS = SHARED / "seeds"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"


@pytest.fixture(scope="session")
def nlp():
    """Plain spaCy (no Faultlines ruler), loaded once per test session."""
    spacy = pytest.importorskip("spacy")
    return spacy.load(SPACY_MODEL)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings whose database and caches live in the test's temporary folder."""
    return Settings(db_path=str(tmp_path / "test.duckdb"), data_dir=str(tmp_path / "data"))


def source_document(text: str, *, published: str | None = None, doc_id: str | None = None) -> SourceDocument:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    return SourceDocument(
        doc_id=doc_id or digest, source="test", text=text, text_hash=digest, published=published
    )


@pytest.fixture
def analysis_of(nlp) -> Callable[..., Analysis]:
    """Build an Analysis for a sentence we wrote: `analysis_of("ISIS fighters ...", published=...)`."""

    def build(text: str, *, published: str | None = None) -> Analysis:
        source = source_document(text, published=published)
        return Analysis(clean=CleanDocument(source=source, body=text), doc=nlp(text))

    return build
