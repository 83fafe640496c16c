"""The exporters: each format's name, media type, file suffix and writer, in one registry.

The CLI (`faultlines export --format NAME`), the web pages (`/export/NAME`) and the API
(`/api/export/NAME`) all look formats up here and write the same rows, read by
:func:`faultlines.store.read.events`: reviewed values, rejected events left out, and by default
only what a user would publish (asserted and alleged events).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from faultlines.errors import UsageError
from faultlines.export.acled_csv import write_acled_csv
from faultlines.export.base import ExportStats
from faultlines.export.formats import write_geojson, write_jsonl, write_parquet
from faultlines.export.plover import write_plover_jsonl
from faultlines.store import read
from faultlines.store.database import Store
from faultlines.store.queries import EventFilter
from faultlines.store.review import ReviewFilter

Writer = Callable[[Iterable[dict[str, Any]], IO[bytes]], ExportStats]


@dataclass(frozen=True)
class Exporter:
    name: str
    media_type: str
    suffix: str
    writer: Writer
    description: str


EXPORTERS = {
    e.name: e
    for e in (
        Exporter("acled-csv", "text/csv; charset=utf-8", ".csv", write_acled_csv, "ACLED's columns (dated events)"),
        Exporter("jsonl", "application/x-ndjson", ".jsonl", write_jsonl, "contract events, one per line"),
        Exporter("geojson", "application/geo+json", ".geojson", write_geojson, "events with coordinates"),
        Exporter("parquet", "application/vnd.apache.parquet", ".parquet", write_parquet, "typed columns"),
        Exporter("plover-jsonl", "application/x-ndjson", ".jsonl", write_plover_jsonl, "PLOVER records (dated)"),
    )
}
FORMATS = tuple(EXPORTERS)


class ExportFormatError(UsageError):
    """An export format that is not in the registry."""


def exporter(name: str) -> Exporter:
    if name not in EXPORTERS:
        raise ExportFormatError(f"unknown export format {name!r}: choose one of {', '.join(FORMATS)}")
    return EXPORTERS[name]


def export_rows(
    store: Store,
    selection: EventFilter | None = None,
    *,
    reviewed_only: bool = False,
    include_rejected: bool = False,
    review: ReviewFilter | None = None,
    order_by: str = "date_start",
    descending: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """The events an export writes: reviewed values, rejected ones left out, and only asserted and
    alleged events unless ``selection`` names modalities."""
    if review is None:
        review = ReviewFilter(status="reviewed" if reviewed_only else None, include_rejected=include_rejected)
    selection = read.publishable(selection or EventFilter())
    return read.events(store, selection, review, order_by=order_by, descending=descending, limit=limit)


def export(store: Store, name: str, handle: IO[bytes], **options: Any) -> ExportStats:
    """Write the events :func:`export_rows` selects (``options``) in format ``name`` to ``handle``."""
    return exporter(name).writer(export_rows(store, **options), handle)
