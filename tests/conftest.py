"""Shared fixtures. Unit tests build records by hand; only tests marked `slow` load spaCy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from testdata import BENCH, EXAMPLES, SEEDS, SHARED, source_document

from faultlines.analysis import Analysis
from faultlines.config import SPACY_MODEL, Settings
from faultlines.records import CleanDocument

__all__ = ["BENCH", "EXAMPLES", "SEEDS", "SHARED"]

# The one conftest: each area's fixtures live in tests/fixtures/<package>.py, named after the
# package its tests cover, and are loaded here so that every test sees the same set.
pytest_plugins = [
    "fixtures.across",
    "fixtures.actors",
    "fixtures.engines",
    "fixtures.events",
    "fixtures.gazetteer",
    "fixtures.web",
]


@pytest.fixture(scope="session")
def nlp():
    """Plain spaCy (no Faultlines ruler), loaded once per test session."""
    spacy = pytest.importorskip("spacy")
    return spacy.load(SPACY_MODEL)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings whose database and caches live in the test's temporary folder."""
    return Settings(db_path=str(tmp_path / "test.duckdb"), data_dir=str(tmp_path / "data"))


@pytest.fixture
def analysis_of(nlp) -> Callable[..., Analysis]:
    """Build an Analysis for a sentence we wrote: `analysis_of("ISIS fighters ...", published=...)`."""

    def build(text: str, *, published: str | None = None) -> Analysis:
        source = source_document(text, published=published)
        return Analysis(clean=CleanDocument(source=source, body=text), doc=nlp(text))

    return build
