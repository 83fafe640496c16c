"""Exports: ACLED's exact columns, valid GeoJSON, Parquet that reads back the same events."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
from records_factory import make_result

from faultlines.export.acled_csv import COLUMNS, interaction
from faultlines.export.formats import export_events
from faultlines.store.database import Store

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
    "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
    "tags,timestamp"
)


def stored(tmp_path: Path) -> Store:
    store = Store(tmp_path / "f.duckdb")
    store.write([make_result()])
    return store


def test_export_acled_csv_has_acleds_exact_columns_and_values(tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    assert export_events(stored(tmp_path), "acled-csv", out) == 1
    assert ",".join(COLUMNS) == ACLED_HEADER
    with out.open(encoding="utf-8") as handle:
        assert handle.readline().strip() == ACLED_HEADER
    [row] = list(csv.DictReader(out.open(encoding="utf-8")))
    assert row["event_date"] == "2018-12-04" and row["year"] == "2018" and row["time_precision"] == "1"
    assert (row["country"], row["iso"], row["region"]) == ("Syria", "760", "Middle East")
    assert row["event_id_cnty"].startswith("SYR")
    assert row["actor1"] == "Islamic State (foreign fighters)" and row["interaction"] == "22"
    assert row["fatalities"] == "7" and "intra-group" in row["tags"]
    assert row["disorder_type"] == "Political violence" and row["civilian_targeting"] == ""


def test_export_acled_leaves_out_events_that_did_not_happen(tmp_path: Path) -> None:
    store = stored(tmp_path)
    with store.writer() as con:
        con.execute("UPDATE events SET modality = 'planned'")
    assert export_events(store, "acled-csv", tmp_path / "a.csv") == 0
    assert export_events(store, "acled-csv", tmp_path / "b.csv", modalities=("planned",)) == 1


def test_export_interaction_codes() -> None:
    assert interaction(1, 2) == "12" and interaction(2, 1) == "12" and interaction(3, None) == "30"
    assert interaction(None, None) == ""


def test_export_geojson_points_are_longitude_first(tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    export_events(stored(tmp_path), "geojson", out)
    collection = json.loads(out.read_text(encoding="utf-8"))
    [feature] = collection["features"]
    assert collection["type"] == "FeatureCollection"
    assert feature["geometry"] == {"type": "Point", "coordinates": [40.83, 34.69]}
    assert feature["properties"]["kind"] == "infighting"


def test_export_parquet_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    export_events(stored(tmp_path), "parquet", out)
    rows = duckdb.sql(f"SELECT kind, fatalities, location FROM read_parquet('{out}')").fetchall()
    assert rows == [("infighting", 7, "Hajin")]


def test_export_jsonl_carries_the_contract_event_and_its_document(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    export_events(stored(tmp_path), "jsonl", out)
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["sub_event_type"] == "Armed clash" and record["outlet"] == "Test Wire"
    assert record["evidence"][0]["text"].startswith("Foreign fighters")
