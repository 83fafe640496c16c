"""The JSONL, GeoJSON and Parquet writers of stored events (rows of :func:`faultlines.store.read.events`)."""

from __future__ import annotations

import datetime
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import duckdb

from faultlines.export.base import ExportStats, text_writer
from faultlines.store.queries import EVENT_COLUMNS

DOCUMENT_FIELDS = ("doc_id", "source", "outlet", "published")
REVIEW_FIELDS = ("review_status", "reviewer", "reviewed_at")


def jsonl_record(row: dict[str, Any]) -> dict[str, Any]:
    """The contract event with its document and review state."""
    return row["record"] | {c: row[c] for c in DOCUMENT_FIELDS} | {"review_status": row["review_status"]}


def write_jsonl(rows: Iterable[dict[str, Any]], handle: IO[bytes]) -> ExportStats:
    stats = ExportStats()
    with text_writer(handle) as text:
        for row in rows:
            text.write(json.dumps(jsonl_record(row), ensure_ascii=False, default=_iso) + "\n")
            stats.written += 1
    return stats


def geojson(rows: Iterable[dict[str, Any]], stats: ExportStats | None = None) -> dict[str, Any]:
    """Events with coordinates as a FeatureCollection (GeoJSON order: longitude, latitude)."""
    features = []
    for row in rows:
        if row["latitude"] is None or row["longitude"] is None:
            if stats is not None:
                stats.leave_out("unlocated")
            continue
        properties = {c: row[c] for c in EVENT_COLUMNS if c not in ("latitude", "longitude")}
        properties |= {"outlet": row["outlet"], "source": row["source"], "review_status": row["review_status"]}
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


def write_geojson(rows: Iterable[dict[str, Any]], handle: IO[bytes]) -> ExportStats:
    stats = ExportStats()
    collection = geojson(rows, stats)
    stats.written = len(collection["features"])
    with text_writer(handle) as text:
        json.dump(collection, text, ensure_ascii=False, default=_iso)
    return stats


# Parquet columns and their DuckDB types: the event columns as stored, the document's, the
# review state, and the contract record as JSON text.
PARQUET_COLUMNS = {
    **{c: "VARCHAR" for c in EVENT_COLUMNS},
    **{c: "INTEGER" for c in EVENT_COLUMNS if c.startswith(("inter", "fatalities")) or c.endswith("precision")},
    "intra_group": "BOOLEAN",
    "latitude": "DOUBLE",
    "longitude": "DOUBLE",
    "confidence": "DOUBLE",
    "date_start": "DATE",
    "date_end": "DATE",
    "outlet": "VARCHAR",
    "title": "VARCHAR",
    "source": "VARCHAR",
    "published": "DATE",
    "review_status": "VARCHAR",
    "record": "JSON",
}


def write_parquet(rows: Iterable[dict[str, Any]], handle: IO[bytes]) -> ExportStats:
    """DuckDB types the columns and writes the Parquet file; its bytes go to ``handle``."""
    stats = ExportStats()
    with tempfile.TemporaryDirectory(prefix="faultlines-parquet-") as tmp:
        lines, out = Path(tmp) / "rows.jsonl", Path(tmp) / "events.parquet"
        with lines.open("w", encoding="utf-8") as text:
            for row in rows:
                values = {c: row.get(c) for c in PARQUET_COLUMNS}
                values["record"] = json.dumps(row["record"], ensure_ascii=False, default=_iso)
                text.write(json.dumps(values, ensure_ascii=False, default=_iso) + "\n")
                stats.written += 1
        columns = ", ".join(f"'{c}': '{t}'" for c, t in PARQUET_COLUMNS.items())
        con = duckdb.connect()
        try:
            con.execute(
                f"COPY (SELECT * FROM read_json('{lines}', format='newline_delimited', columns={{{columns}}})) "
                f"TO '{out}' (FORMAT parquet)"
            )
        finally:
            con.close()
        handle.write(out.read_bytes())
    return stats


def _iso(value: Any) -> Any:
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def export_events(
    store: Any,
    fmt: str,
    output: str | Path,
    *,
    selection: Any = None,
    modalities: tuple[str, ...] | None = None,
    reviewed_only: bool = False,
) -> int:
    """Write the selected events to the file ``output`` in format ``fmt``; return how many were
    written (:func:`faultlines.export.registry.export` says also how many were left out and why)."""
    from dataclasses import replace

    from faultlines.export.registry import export  # the registry imports these writers
    from faultlines.store.queries import EventFilter

    selection = selection or EventFilter()
    if modalities:
        selection = replace(selection, modalities=tuple(modalities))
    with Path(output).open("wb") as handle:
        return export(store, fmt, handle, selection=selection, reviewed_only=reviewed_only).written
