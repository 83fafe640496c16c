"""Events as an ACLED CSV: ACLED's exact columns, filled by ACLED's codebook.

How each column is filled is written down in docs/acled-columns.md. An event without a date is
left out (ACLED has none) and counted; unknown values are left empty, never guessed.
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterable
from typing import IO, Any

from faultlines.export.acled_actors import actor_columns, civilian_targeting
from faultlines.export.acled_actors import interaction as interaction
from faultlines.export.acled_countries import acled_country
from faultlines.export.acled_notes import acled_notes
from faultlines.export.base import ExportStats, text_writer
from faultlines.export.source_scales import source_scale

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def write_acled_csv(rows: Iterable[dict[str, Any]], handle: IO[bytes]) -> ExportStats:
    """Write events (rows of :func:`faultlines.store.read.events`) to a binary handle."""
    stats = ExportStats()
    with text_writer(handle) as text:
        writer = csv.DictWriter(text, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            if not isinstance(row.get("date_start"), datetime.date):
                stats.leave_out("undated")
                continue
            writer.writerow(acled_row(row))
            stats.written += 1
    return stats


def acled_row(row: dict[str, Any]) -> dict[str, Any]:
    """One dated event as ACLED's columns."""
    record = row["record"]
    country = acled_country(row.get("country_code"))
    date: datetime.date = row["date_start"]
    actors = actor_columns(row, country.name if country else None)
    sources = _sources(row, record)
    return {
        "event_id_cnty": f"{country.alpha3 if country else 'XXX'}{int(row['event_id'][:8], 16) % 10**8}",
        "event_date": date.isoformat(),
        "year": date.year,
        "time_precision": _blank(row.get("time_precision")),
        "disorder_type": _DISORDER.get(row["event_type"], ""),
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "actor1": actors.actor1,
        "assoc_actor_1": actors.assoc_actor_1,
        "inter1": _blank(actors.inter1),
        "actor2": actors.actor2,
        "assoc_actor_2": actors.assoc_actor_2,
        "inter2": _blank(actors.inter2) if actors.actor2 else 0,
        "interaction": actors.interaction(),
        "civilian_targeting": civilian_targeting(row, actors),
        "iso": country.numeric if country else "",
        "region": (country.region or "") if country else "",
        "country": country.name if country else "",
        "admin1": row.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": row.get("location") or "",
        "latitude": _blank(row.get("latitude")),
        "longitude": _blank(row.get("longitude")),
        "geo_precision": _blank(row.get("geo_precision")),
        "source": "; ".join(sources),
        "source_scale": source_scale(sources),
        "notes": acled_notes(row, sources),
        "fatalities": row.get("fatalities") or 0,
        "tags": _tags(record, actors.unnamed, actors.described),
        "timestamp": _timestamp(row),
    }


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _sources(row: dict[str, Any], record: dict[str, Any]) -> list[str]:
    sources: list[str] = []
    for name in [row.get("outlet"), *(a.get("source") for a in record.get("attribution", []))]:
        if name and name not in sources:
            sources.append(name)
    return sources


def _tags(record: dict[str, Any], unnamed: list[str], described: dict[str, str]) -> str:
    tags = [f"modality: {record['modality']}"]
    if record.get("kind"):
        tags.append(f"kind: {record['kind']}")
    if record.get("intra_group"):
        tags.append("intra-group")
    tags += [f"{side}: not named in the report" for side in unnamed]
    tags += [f"{side}: described as '{text}'" for side, text in described.items()]
    return "; ".join(tags)


def _timestamp(row: dict[str, Any]) -> int | str:
    """When the row last changed here (stored or reviewed), as Unix seconds, like ACLED's upload time."""
    times = [t for t in (row.get("ingested_at"), row.get("reviewed_at")) if isinstance(t, datetime.datetime)]
    if not times:
        return ""
    return int(max(times).replace(tzinfo=datetime.UTC).timestamp())
