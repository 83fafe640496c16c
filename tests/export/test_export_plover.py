"""PLOVER JSONL: PLOVER's event, mode and actor fields, from the ontology's mapping."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from export_fixtures import event_id, result

from faultlines.export.registry import export
from faultlines.store.database import Store


@pytest.fixture
def records(tmp_path: Path) -> dict[str, dict]:
    store = Store(tmp_path / "plover.duckdb")
    store.write([result()])
    handle = io.BytesIO()
    stats = export(store, "plover-jsonl", handle)
    assert stats.left_out == {"undated": 1}  # PLOVER requires a date; the planned attack is not published
    return {r["id"]: r for r in map(json.loads, handle.getvalue().decode("utf-8").splitlines())}


def test_export_plover_one_sided_violence_has_a_source_and_the_event_and_mode(records: dict[str, dict]) -> None:
    shelling = records[event_id("shelling")]
    assert (shelling["event"], shelling["mode"], shelling["quad_code"]) == (["ASSAULT"], ["heavy-weapons"], 4)
    assert shelling["source"] == [
        {
            "code": "SYR",
            "sector": "MIL",
            "actor_text": "Military Forces of Syria",
            "identifier_id": "syria_military",
            "identifier_text": "Military Forces of Syria",
        }
    ]
    assert shelling["recipient"] == [] and shelling["date"] == "2018-12-04"
    assert shelling["event_loc"]["cc3"] == "SYR" and shelling["event_loc"]["country code"] == "SY"
    assert shelling["event_text"] == [
        "BEIRUT, Dec 6 (Test Wire) – Artillery shelling killed nine civilians in Kafranbel on Tuesday, residents said."
    ]


def test_export_plover_takes_the_kinds_category_and_keeps_faultlines_fields(records: dict[str, dict]) -> None:
    protest = records[event_id("protest")]
    assert (protest["event"], protest["mode"]) == (["PROTEST"], ["demo"])
    assert protest["modality"] == "asserted" and protest["acled_sub_event_type"] == "Peaceful protest"
    assert protest["cite_info"]["publication"] == "Test Wire"


def test_export_plover_battles_list_both_sides_as_source(records: dict[str, dict]) -> None:
    clash = records[event_id("clash")]
    assert [a["actor_text"] for a in clash["source"]] == ["Islamic State"] and clash["recipient"] == []
    assert clash["source"][0]["sector"] == "REB"
