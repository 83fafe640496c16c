"""End to end with the real pipeline (loads spaCy and the gazetteer): the Dask engine stores
what the one-process engine stores, and spaCy's memory zone around a batch changes no result."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines import service
from faultlines.config import Settings
from faultlines.engines import tasks
from faultlines.engines.dask import DaskEngine
from faultlines.errors import ResourceError
from faultlines.records import SourceDocument
from faultlines.stages.ingest import read_paths
from faultlines.store.contents import table_rows as stored_rows
from faultlines.store.database import Store

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports"


@pytest.fixture(scope="module")
def pipeline_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose models load here (skips, with the reason, when they cannot)."""
    settings = Settings(db_path=str(tmp_path_factory.mktemp("db") / "unused.duckdb"))
    try:
        tasks.preload(settings)
    except (ResourceError, ImportError) as e:
        pytest.skip(f"the pipeline cannot load here: {e}")
    return settings


def table_rows(db: str) -> dict[str, list[tuple]]:
    return stored_rows(Store(db))


@pytest.mark.distributed
def test_engines_pipeline_dask_stores_what_one_process_stores(tmp_path: Path, pipeline_settings: Settings) -> None:
    here = pipeline_settings.with_(db_path=str(tmp_path / "here.duckdb"), batch_size=4)
    on_dask = here.with_(db_path=str(tmp_path / "dask.duckdb"))
    service.ingest([str(EXAMPLES)], here)
    with DaskEngine(workers=2) as engine:
        summary = service.ingest([str(EXAMPLES)], on_dask, engine=engine)
    assert summary.counts.documents >= 12
    expected, found = table_rows(here.db_path), table_rows(on_dask.db_path)
    assert {t: len(r) for t, r in found.items()} == {t: len(r) for t, r in expected.items()}
    assert found == expected


def test_engines_pipeline_memory_zone_changes_no_result(
    pipeline_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [d for d in read_paths([EXAMPLES], pipeline_settings) if isinstance(d, SourceDocument)]
    monkeypatch.setattr(tasks, "USE_MEMORY_ZONE", False)
    without_zone = tasks.process_batch(items, pipeline_settings)
    monkeypatch.setattr(tasks, "USE_MEMORY_ZONE", True)
    in_zone = tasks.process_batch(items, pipeline_settings)
    after_zone = tasks.process_batch(items, pipeline_settings)
    assert sum(len(r.events) for r in without_zone) > 0
    assert in_zone == without_zone
    assert after_zone == without_zone
