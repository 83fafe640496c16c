"""Exports of stored events: ACLED CSV, JSONL (contract events), GeoJSON and Parquet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from faultlines.export.acled_csv import DEFAULT_MODALITIES, write_acled_csv
from faultlines.store.database import Store
from faultlines.store.queries import EVENT_COLUMNS, EventFilter
from faultlines.store.review import ReviewFilter, list_reviewed_events, overlaid_events_sql

FORMATS = ("acled-csv", "jsonl", "geojson", "parquet")


def export_events(
    store: Store,
    fmt: str,
    output: str | Path,
    *,
    selection: EventFilter = EventFilter(),  # noqa: B008  (frozen, so a shared default is safe)
    modalities: tuple[str, ...] | None = None,
    reviewed_only: bool = False,
) -> int:
    """Write the selected events to ``output``; return how many were written.

    ``modalities`` limits the events by modality; ACLED CSV defaults to events that happened.
    Reviewed values replace extracted ones, events a reviewer rejected are left out, and
    ``reviewed_only`` keeps only events a reviewer accepted or edited.
    """
    if modalities is None and fmt == "acled-csv":
        modalities = DEFAULT_MODALITIES
    review = ReviewFilter(status="reviewed" if reviewed_only else None, include_rejected=False)
    rows = [r for r in list_reviewed_events(store, selection, review) if not modalities or r["modality"] in modalities]
    path = Path(output)
    if fmt == "parquet":
        return _write_parquet(store, rows, path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        if fmt == "acled-csv":
            return write_acled_csv(rows, handle)
        if fmt == "jsonl":
            for row in rows:
                handle.write(json.dumps(_jsonl_record(row), ensure_ascii=False, default=str) + "\n")
            return len(rows)
        if fmt == "geojson":
            collection = geojson(rows)
            json.dump(collection, handle, ensure_ascii=False, default=str)
            return len(collection["features"])
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _jsonl_record(row: dict[str, Any]) -> dict[str, Any]:
    return row["record"] | {
        "doc_id": row["doc_id"],
        "source": row["source"],
        "outlet": row["outlet"],
        "published": row["published"],
    }


def geojson(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Events with coordinates as a FeatureCollection (GeoJSON order: longitude, latitude)."""
    features = []
    for row in rows:
        if row["latitude"] is None or row["longitude"] is None:
            continue
        properties = {c: row[c] for c in EVENT_COLUMNS if c not in ("latitude", "longitude")}
        properties |= {"outlet": row["outlet"], "source": row["source"]}
        properties["evidence"] = " ".join(e["text"].strip() for e in row["record"].get("evidence", []))
        features.append(
            {
                "type": "Feature",
                "id": row["event_id"],
                "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _write_parquet(store: Store, rows: list[dict[str, Any]], path: Path) -> int:
    """DuckDB writes the Parquet file itself; the ids select the same events as the other formats."""
    ids = [row["event_id"] for row in rows]
    columns = ", ".join("e." + c for c in EVENT_COLUMNS)
    with store.reader() as con:
        con.execute(
            f"COPY (SELECT {columns}, d.outlet, d.title, d.source, d.published, e.record "
            f"FROM ({overlaid_events_sql()}) e JOIN documents d USING (doc_id) "
            "WHERE e.event_id IN (SELECT unnest($ids)) "
            f"ORDER BY e.date_start NULLS LAST, e.event_id) TO '{_sql_path(path)}' (FORMAT parquet)",
            {"ids": ids},
        )
    return len(ids)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
