"""The whole pipeline on the project's multi-report fixtures, then the cross-document layer."""

from pathlib import Path

import pytest
from across_fixtures import reports

from faultlines.across.update import update_across
from faultlines.config import Settings
from faultlines.pipeline import Pipeline
from faultlines.records import SourceDocument
from faultlines.store.across_tables import list_canonical_events, list_contradictions
from faultlines.store.database import Store


@pytest.mark.slow
def test_across_pipeline_multi_report_incidents(tmp_path: Path) -> None:
    sources = [
        SourceDocument(r["id"], r["id"], r["text"], r["id"], title=r["title"], outlet=r["outlet"], published=day)
        for r in reports()
        if (day := r["published"])
    ]
    store = Store(tmp_path / "mr.duckdb")
    store.write(list(Pipeline.from_settings(Settings()).pipe(sources)))
    update_across(store)
    groups = [{m["doc_id"] for m in e["members"]} for e in list_canonical_events(store)]
    # Never merged: the look-alike bombing two weeks later in another town, and the two incidents.
    assert not any("mr-05-harbour" in g and len(g) > 1 for g in groups)
    assert not any({"mr-01-harbour", "mr-04-valley"} <= g for g in groups)
    # The Tal Tamr bombing is reported by three outlets and merges across at least two of them.
    assert any(len(g & {"mr-01-harbour", "mr-02-plains", "mr-03-river"}) >= 2 for g in groups)
    # The officials' 14 against the monitor's figure is flagged; the canonical toll is the lowest.
    tolls = [c for c in list_contradictions(store, field="fatalities") if 14 in {s["value"] for s in c["sides"]}]
    assert tolls
    assert tolls[0]["canonical_value"]["best"] == min(s["value"] for s in tolls[0]["sides"])
