"""Events as an ACLED-style CSV, with ACLED's exact column names.

ACLED codes events that happened, so by default only ``asserted`` and ``alleged`` events are
exported; the modality goes into ``tags`` so nothing is hidden. Unknown values are left empty,
never filled with a guess: an event with no date has an empty ``event_date``.
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterable
from typing import IO, Any

from faultlines.export.acled_regions import acled_region

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
DEFAULT_MODALITIES = ("asserted", "alleged")

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def write_acled_csv(rows: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    """Write events (rows from :func:`faultlines.store.queries.list_events`); return the count."""
    writer = csv.DictWriter(handle, fieldnames=COLUMNS)
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow(acled_row(row))
        written += 1
    return written


def acled_row(row: dict[str, Any]) -> dict[str, Any]:
    record = row["record"]
    country = _country(row.get("country_code"))
    date = row.get("date_start")
    inter1, inter2 = row.get("inter1"), row.get("inter2")
    return {
        "event_id_cnty": f"{country['alpha3'] if country else 'XXX'}{int(row['event_id'][:8], 16) % 10**8}",
        "event_date": date.isoformat() if isinstance(date, datetime.date) else (date or ""),
        "year": date.year if isinstance(date, datetime.date) else "",
        "time_precision": row.get("time_precision") or "",
        "disorder_type": _DISORDER.get(row["event_type"], ""),
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "actor1": _actor_name(record.get("actor1")),
        "assoc_actor_1": "; ".join(_actor_name(a) for a in record.get("assoc_actor_1", [])),
        "inter1": inter1 if inter1 is not None else "",
        "actor2": _actor_name(record.get("actor2")),
        "assoc_actor_2": "; ".join(_actor_name(a) for a in record.get("assoc_actor_2", [])),
        "inter2": inter2 if inter2 is not None else "",
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if row["event_type"] == "Violence against civilians" else "",
        "iso": country["numeric"] if country else "",
        "region": acled_region(row.get("country_code")) or "",
        "country": country["name"] if country else "",
        "admin1": row.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": row.get("location") or "",
        "latitude": row.get("latitude") if row.get("latitude") is not None else "",
        "longitude": row.get("longitude") if row.get("longitude") is not None else "",
        "geo_precision": row.get("geo_precision") or "",
        "source": "; ".join(_sources(row, record)),
        "source_scale": "",
        "notes": " ".join(e["text"].strip() for e in record.get("evidence", []))[:2000],
        "fatalities": row.get("fatalities") or 0,
        "tags": _tags(row, record),
        "timestamp": "",
    }


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's two-digit interaction code: the lower inter code first; 10 x inter1 when alone."""
    if inter1 is None:
        return ""
    if inter2 is None:
        return str(inter1 * 10)
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def _actor_name(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    return actor["name"] + (f" ({actor['faction']})" if actor.get("faction") else "")


def _sources(row: dict[str, Any], record: dict[str, Any]) -> list[str]:
    sources: list[str] = []
    for name in [row.get("outlet"), *(a.get("source") for a in record.get("attribution", []))]:
        if name and name not in sources:
            sources.append(name)
    return sources


def _tags(row: dict[str, Any], record: dict[str, Any]) -> str:
    tags = [f"modality: {record['modality']}"]
    if record.get("kind"):
        tags.append(f"kind: {record['kind']}")
    if record.get("intra_group"):
        tags.append("intra-group")
    return "; ".join(tags)


def _country(alpha2: str | None) -> dict[str, Any] | None:
    if not alpha2:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_2=alpha2.upper())
    if found is None:
        return None
    return {"alpha3": found.alpha_3, "numeric": int(found.numeric), "name": getattr(found, "common_name", found.name)}
