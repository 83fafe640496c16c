"""Events as PLOVER records (Open Event Data Alliance, PLOVER manual draft 0.7/0.8), one JSON per line.

The category and mode come from the ontology (:data:`faultlines.ontology.KIND_TO_PLOVER`, else
:data:`faultlines.ontology.ACLED_TO_PLOVER`). Actors are PLOVER actor objects: ``code`` the
ISO 3166 alpha-3 of the actor's home country (null when the actor list has none), ``sector``
from the ACLED inter code, ``actor_text`` the name. As the manual asks, fighting between two
armed sides (ACLED's battles) lists both sides as ``source`` and no recipient; one-sided
violence has the perpetrator as ``source`` and the target as ``recipient``. PLOVER requires a
date, so undated events are left out (and counted). Faultlines' own fields are kept under their
names (``modality``, ``kind``, ``intra_group``, ``fatalities``), as PLOVER allows.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from typing import IO, Any

from faultlines.export.acled_countries import acled_country
from faultlines.export.base import ExportStats, text_writer
from faultlines.ontology import ACLED_TO_PLOVER, KIND_TO_PLOVER

CODEBOOK = "plover-0.8 (CAMEO2PLOVER 2021 mapping of ACLED sub-event types)"
# PLOVER's quad categories (manual, "PLOVER quad categories").
QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), 2),
    **dict.fromkeys(("DEMAND", "ACCUSE", "REJECT", "SANCTION", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
# ACLED inter code -> PLOVER sector: state forces MIL, rebels REB, political and identity
# militias PRM, rioters and protesters OPP, civilians CVL; external forces (8) stay unknown.
SECTOR = {1: "MIL", 2: "REB", 3: "PRM", 4: "PRM", 5: "OPP", 6: "OPP", 7: "CVL"}
RECIPROCAL_TYPES = frozenset({"Battles"})


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One dated event as a PLOVER record."""
    record = row["record"]
    category, mode = KIND_TO_PLOVER.get(row["kind"] or "") or ACLED_TO_PLOVER.get(row["sub_event_type"], ("", ""))
    actors = [_actor(row, n) for n in ("1", "2")]
    if row["event_type"] in RECIPROCAL_TYPES:
        source, recipient = [a for a in actors if a], []
    else:
        source, recipient = [a for a in actors[:1] if a], [a for a in actors[1:] if a]
    country = acled_country(row["country_code"])
    return {
        "id": row["event_id"],
        "date": row["date_start"].isoformat(),
        "enddate": row["date_end"].isoformat() if isinstance(row["date_end"], datetime.date) else None,
        "source": source,
        "recipient": recipient,
        "event": [category] if category else [],
        "mode": [mode] if mode else [],
        "context": [],
        "quad_code": QUAD.get(category),
        "event_loc": _location(row, country.alpha3 if country else None),
        "event_text": [span["text"] for span in record.get("evidence") or []],
        "text_info": [{"start": span["start"], "end": span["end"]} for span in record.get("evidence") or []],
        "cite_info": {
            "url": row["source"] if str(row["source"]).startswith(("http://", "https://")) else None,
            "title": row["title"],
            "publication": row["outlet"],
            "language": "en",
            "codebook": CODEBOOK,
            "coder": "faultlines",
        },
        "modality": row["modality"],
        "kind": row["kind"],
        "intra_group": row["intra_group"],
        "fatalities": row["fatalities"],
        "acled_event_type": row["event_type"],
        "acled_sub_event_type": row["sub_event_type"],
    }


def write_plover_jsonl(rows: Iterable[dict[str, Any]], handle: IO[bytes]) -> ExportStats:
    stats = ExportStats()
    with text_writer(handle) as text:
        for row in rows:
            if not isinstance(row.get("date_start"), datetime.date):
                stats.leave_out("undated")
                continue
            text.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
            stats.written += 1
    return stats


def _actor(row: dict[str, Any], n: str) -> dict[str, Any] | None:
    name = row[f"actor{n}"]
    if not name:
        return None
    inter = row[f"inter{n}"]
    home = row.get(f"actor{n}_country")
    country = acled_country(home) if home else None
    code = country.alpha3 if country else None
    sector = "COP" if inter == 1 and name.lower().startswith("police") else SECTOR.get(inter or 0)
    return {
        "code": code,
        "sector": sector,
        "actor_text": name + (f" ({row[f'actor{n}_faction']})" if row[f"actor{n}_faction"] else ""),
        "identifier_id": row[f"actor{n}_id"],
        "identifier_text": name,
    }


def _location(row: dict[str, Any], alpha3: str | None) -> dict[str, Any] | None:
    if not row["location"] and row["latitude"] is None:
        return None
    place = row["record"].get("place") or {}
    return {
        "geonameid": place.get("geonameid"),
        "name": row["location"],
        "latitude": row["latitude"],
        "longitude": row["longitude"],
        "feature code": place.get("feature_code"),
        "country code": row["country_code"],
        "cc3": alpha3,
        "admin1": row["admin1"],
    }
