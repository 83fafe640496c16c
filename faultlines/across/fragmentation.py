"""A fragmentation index per actor over time, from canonical events (each incident once).

For actor A and a period (month by default), over the canonical events that happened (modality
asserted, alleged or attempted_failed) with A as actor 1 or actor 2:

- ``total``  T = number of those events;
- ``intra``  I = intra-group events: infighting, execution of members, assassination of a
  member, coup attempt, refusal of orders, internal dispute (or any event coded ``intra_group`` that
  is not an exit);
- ``exits``  X = defections and desertions in which A loses members (A is actor 1, or the
  event is intra-group);
- ``index``  F = (I + X) / T, the share of A's activity that is A coming apart, with a Wilson
  95 % interval ``[low, high]`` (wide when T is small);
- ``effective_factions`` N = 1 / sum_f p_f^2 (inverse Simpson), where p_f is the share of A's
  participations (its actor-1 and actor-2 slots) attributed to faction f, the unattributed ones
  counting as one faction, "(whole group)" (only labels the actors stage knows as factions of A
  count: :mod:`faultlines.across.factions`). N = 1 when A acts as one body; 2 when its activity
  is split evenly between two factions.

``confidence`` is "low" when T < 5, "medium" when T < 20, else "high". Undated events are
counted in a period called "undated".
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from faultlines.across.factions import clean_factions, known_factions
from faultlines.store.database import Store

INTRA_KINDS = frozenset({"infighting", "execution_of_members", "assassination_of_member", "coup_attempt",
                         "refusal_of_orders", "internal_dispute"})  # fmt: skip
EXIT_KINDS = frozenset({"defection", "desertion"})
HAPPENED = ("asserted", "alleged", "attempted_failed")
PERIODS = ("month", "quarter", "year")
WHOLE_GROUP = "(whole group)"
UNDATED = "undated"
_Z = 1.96


@dataclass
class FragmentationPoint:
    """The index of one actor in one period."""

    period: str
    total: int = 0
    intra: int = 0
    exits: int = 0
    factions: Counter[str] = field(default_factory=Counter)
    canonical_ids: list[str] = field(default_factory=list)

    @property
    def index(self) -> float:
        return (self.intra + self.exits) / self.total if self.total else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.intra + self.exits, self.total)

    @property
    def effective_factions(self) -> float:
        return inverse_simpson(self.factions)

    @property
    def confidence(self) -> str:
        return "low" if self.total < 5 else "medium" if self.total < 20 else "high"

    def as_dict(self) -> dict[str, Any]:
        low, high = self.interval
        return {
            "period": self.period, "total": self.total, "intra": self.intra, "exits": self.exits,
            "index": round(self.index, 4), "low": round(low, 4), "high": round(high, 4),
            "effective_factions": round(self.effective_factions, 3), "factions": dict(sorted(self.factions.items())),
            "confidence": self.confidence, "canonical_events": self.canonical_ids,
        }  # fmt: skip


def wilson(successes: int, n: int) -> tuple[float, float]:
    """Wilson score 95 % interval of a proportion; (0, 1) when n is 0."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + _Z**2 / (2 * n)) / (1 + _Z**2 / n)
    half = _Z * math.sqrt(p * (1 - p) / n + _Z**2 / (4 * n * n)) / (1 + _Z**2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def inverse_simpson(counts: Counter[str]) -> float:
    """1 / sum p_i^2 over the counts; 0 when there is nothing."""
    total = sum(counts.values())
    return 1.0 / sum((c / total) ** 2 for c in counts.values()) if total else 0.0


def period_of(date: str | None, period: str = "month") -> str:
    """'2018-12', '2018-Q4' or '2018' for an ISO date; 'undated' for None."""
    if not date:
        return UNDATED
    year, month = date[:4], int(date[5:7])
    return {"month": f"{year}-{month:02d}", "quarter": f"{year}-Q{(month - 1) // 3 + 1}", "year": year}[period]


def fragmentation_series(store: Store, actor_id: str, *, period: str = "month") -> list[dict[str, Any]]:
    """The index of ``actor_id`` per period (dated periods in order, then "undated")."""
    events = clean_factions(_events_of(store, actor_id), known_factions(store))
    return [point.as_dict() for point in fragmentation_points(events, actor_id, period=period)]


def fragmentation_points(
    events: list[dict[str, Any]], actor_id: str, *, period: str = "month"
) -> list[FragmentationPoint]:
    """The series from canonical event rows (dicts with the canonical_events columns)."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    points: dict[str, FragmentationPoint] = defaultdict(lambda: FragmentationPoint(""))
    for event in events:
        if event.get("modality") not in HAPPENED or actor_id not in (event.get("actor1_id"), event.get("actor2_id")):
            continue
        key = period_of(str(event["date_start"]) if event.get("date_start") else None, period)
        point = points[key]
        point.period = key
        _count(point, event, actor_id)
    return sorted(points.values(), key=lambda p: (p.period == UNDATED, p.period))


def _count(point: FragmentationPoint, event: dict[str, Any], actor_id: str) -> None:
    point.total += 1
    point.canonical_ids.append(event["canonical_id"])
    kind = event.get("kind")
    if kind in EXIT_KINDS and (event.get("actor1_id") == actor_id or event.get("intra_group")):
        point.exits += 1
    elif kind in INTRA_KINDS or event.get("intra_group"):
        point.intra += 1
    for slot in ("actor1", "actor2"):
        if event.get(f"{slot}_id") == actor_id:
            point.factions[(event.get(f"{slot}_faction") or WHOLE_GROUP).strip().lower()] += 1


def _events_of(store: Store, actor_id: str) -> list[dict[str, Any]]:
    with store.reader() as con:
        cursor = con.execute(
            "SELECT canonical_id, kind, modality, intra_group, actor1_id, actor1_faction, actor2_id, actor2_faction, "
            "CAST(date_start AS VARCHAR) AS date_start FROM canonical_events WHERE ? IN (actor1_id, actor2_id) "
            "ORDER BY canonical_id",
            [actor_id],
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
