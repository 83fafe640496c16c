"""The canonical record of one incident, chosen from its reports by ACLED's conservative rules.

Per field (each rule is stored with the record, so a reader can see why a value was chosen):

- fatalities: the **lowest** figure any report gives (ACLED: "the most conservative estimate");
  ``low``/``high`` span every figure reported;
- date: the most precise report (lowest time precision, then the narrowest range), ties to the
  earliest;
- place: the most precise report (lowest geo precision), ties to the most reported place;
- type, kind, actors: the value most reports give, ties to the most confident report; but when
  reports name different perpetrators (actor 1) equally often, actor 1 is left unidentified
  (ACLED codes an unclear perpetrator as unidentified rather than pick a side);
- modality: the value most reports give; a tie between "asserted" and "attempted_failed" is
  coded "attempted_failed" (do not claim an attack succeeded that one source says failed).

The canonical id is a hash of the *anchor* report's event id (the first published, then the
smallest id), so an incident keeps its id as later reports join it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable
from typing import Any

from faultlines.across.dedupe import Cluster
from faultlines.across.records import CanonicalEvent, Member, Mention

RULES = {
    "fatalities": "lowest figure reported (ACLED's conservative rule); low/high span all reports",
    "date": "most precise date reported, ties to the earliest",
    "place": "most precise place reported, ties to the most reported",
    "type": "most reported type, ties to the most confident report",
    "actors": "most reported actors; a tie between perpetrators leaves actor 1 unidentified",
    "modality": "most reported; asserted vs attempted_failed ties to attempted_failed",
}
_PLACE = ("location", "geonameid", "lat", "lon", "country_code", "admin1", "geo_precision")
_DATE = ("date_start", "date_end", "time_precision")
_TYPE = ("event_type", "sub_event_type", "kind", "intra_group")
_ACTORS = ("actor1_id", "actor1", "actor1_faction", "actor2_id", "actor2", "actor2_faction")


def anchor_of(mentions: tuple[Mention, ...]) -> Mention:
    """The first published report (undated last), ties to the smallest event id."""
    return min(mentions, key=lambda m: (m.published is None, m.published or "", m.event_id))


def canonical_id_of(mentions: tuple[Mention, ...]) -> str:
    return "ce-" + hashlib.sha1(f"canonical:{anchor_of(mentions).event_id}".encode()).hexdigest()[:20]


def canonical_event(cluster: Cluster) -> CanonicalEvent:
    """The canonical record of a cluster of mentions."""
    mentions = cluster.mentions
    values: dict[str, Any] = {}
    values.update(_pick(mentions, _TYPE, key=lambda m: m.event_type is None))
    values.update(_pick(mentions, _ACTORS, key=lambda m: m.actor1_id is None))
    values.update(_disputed_perpetrator(mentions) or {})
    values.update(_pick(mentions, _PLACE, key=_place_rank))
    values.update(_pick(mentions, _DATE, key=_date_rank, vote=False))
    values["modality"] = canonical_modality(mentions)
    values.update(canonical_fatalities(mentions))
    return CanonicalEvent(
        canonical_id=canonical_id_of(mentions),
        members=members_of(cluster),
        values=values,
        rules=dict(RULES),
        sources=tuple(_source(m) for m in sorted(mentions, key=lambda m: (m.published or "9999", m.event_id))),
    )


def canonical_fatalities(mentions: tuple[Mention, ...]) -> dict[str, int | None]:
    figures = [m.fatalities for m in mentions if m.fatalities is not None]
    lows = [m.fatalities_low for m in mentions if m.fatalities_low is not None] + figures
    highs = [m.fatalities_high for m in mentions if m.fatalities_high is not None] + figures
    return {
        "fatalities": min(figures) if figures else None,
        "fatalities_low": min(lows) if lows else None,
        "fatalities_high": max(highs) if highs else None,
    }


def _disputed_perpetrator(mentions: tuple[Mention, ...]) -> dict[str, Any] | None:
    """Actor 1 unidentified when the most named perpetrators are tied."""
    counts = Counter(m.actor1_id for m in mentions if m.actor1_id)
    if len(counts) < 2:
        return None
    ranked = counts.most_common()
    if ranked[0][1] != ranked[1][1]:
        return None
    tied = sorted(a for a, n in ranked if n == ranked[0][1])
    return {"actor1_id": None, "actor1": f"Unidentified (disputed: {', '.join(tied)})", "actor1_faction": None}


def canonical_modality(mentions: tuple[Mention, ...]) -> str:
    counts = Counter(m.modality for m in mentions)
    best = max(counts.values())
    tied = {modality for modality, n in counts.items() if n == best}
    if "attempted_failed" in tied:
        return "attempted_failed"
    return min(tied, key=lambda modality: (modality != "asserted", modality))


def members_of(cluster: Cluster) -> tuple[Member, ...]:
    """Each mention with the best-scoring decision that links it to the others."""
    best: dict[str, tuple[float, str]] = {}
    for decision in cluster.links:
        for event_id in (decision.a, decision.b):
            if event_id not in best or decision.score > best[event_id][0]:
                best[event_id] = (decision.score, decision.reason())
    return tuple(Member(m.event_id, m.doc_id, *best.get(m.event_id, (1.0, "single report"))) for m in cluster.mentions)


def _pick(
    mentions: tuple[Mention, ...], fields: tuple[str, ...], *, key: Callable[[Mention], Any], vote: bool = True
) -> dict[str, Any]:
    """The fields of one chosen mention: most reported (when voting), then by ``key``, then confidence."""
    signature = {m.event_id: tuple(getattr(m, f) for f in fields) for m in mentions}
    votes = Counter(signature.values())
    chosen = min(
        mentions,
        key=lambda m: (key(m), -votes[signature[m.event_id]] if vote else 0, -m.confidence, m.event_id),
    )
    return {f: getattr(chosen, f) for f in fields}


def _place_rank(m: Mention) -> int:
    return (m.geo_precision or 9) if m.location else 10


def _date_rank(m: Mention) -> tuple[int, int, str]:
    if not m.date_start:
        return (10, 0, "")
    width = (dt.date.fromisoformat((m.date_end or m.date_start)[:10]) - dt.date.fromisoformat(m.date_start[:10])).days
    return (m.time_precision or 9, width, m.date_start)


def _source(m: Mention) -> dict[str, Any]:
    return {"event_id": m.event_id, "doc_id": m.doc_id, "outlet": m.outlet, "published": m.published,
            "sources": list(m.sources), "fatalities": m.fatalities, "modality": m.modality}  # fmt: skip
