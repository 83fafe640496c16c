"""Fixtures for the cross-document tests: stores built from hand-made extractions."""

from __future__ import annotations

from pathlib import Path

import pytest
from across_fixtures import results

from faultlines.store.database import Store


@pytest.fixture
def multi_report_store(tmp_path: Path) -> Store:
    """A store holding the hand-built extractions of tests/data/multi_report."""
    store = Store(tmp_path / "multi.duckdb")
    store.write(results())
    return store
