"""Whether two mentions report one incident: criteria combined into a :class:`MergeDecision`.

The decision (deterministic and symmetric: the two mentions are put in event-id order first):

1. Any criterion that blocks (see :mod:`faultlines.across.criteria`) rules the merge out.
2. Two events of one document merge only when different sources are quoted for them (one
   report citing two tolls from two monitors); otherwise the extraction stage already decided.
3. An *anchor* is required: a shared named victim; or a person named in both events' evidence
   (not as its quoted source) together with places that agree at district precision or better; or a date known on both
   sides and at most a few weeks wide together with a place known on both sides. Look-alikes
   without a when and a where ("100 executed" in two reports that date nothing) never merge.
4. *Who* must agree: an actor, a named victim or a named person in common. When one report does not know who
   was involved (no actor, no named victim), a precise match may stand in for it: the same
   geocoded place (within :data:`NEAR_KM` at town precision), the same day and the same
   sub-event type. Two reports that name different actors and no common victim never merge.
5. The weighted mean of the known criteria must reach :data:`THRESHOLD`.
"""

from __future__ import annotations

from faultlines.across import criteria
from faultlines.across.records import Mention, MergeDecision

THRESHOLD = 0.6
NEAR_KM = 5.0
WEIGHTS = {"type": 1.0, "date": 2.0, "place": 1.5, "actors": 1.5, "fatalities": 0.5, "victims": 3.0, "people": 2.0}
_CRITERIA = {
    "type": criteria.type_score,
    "date": criteria.date_score,
    "place": criteria.place_score,
    "actors": criteria.actor_score,
    "fatalities": criteria.fatality_score,
    "victims": criteria.victim_score,
    "people": criteria.people_score,
}


def compare(first: Mention, second: Mention, *, threshold: float = THRESHOLD) -> MergeDecision:
    """Score two mentions on every criterion and decide whether they are one incident."""
    a, b = sorted((first, second), key=lambda m: m.event_id)
    scores: dict[str, float | None] = {}
    reasons: list[str] = []
    for name, function in _CRITERIA.items():
        score, reason = function(a, b)
        scores[name] = score
        if score is not None:
            reasons.append(reason)
        if score == criteria.BLOCK:
            return MergeDecision(a.event_id, b.event_id, False, 0.0, scores, (reason,), blocked=name)
    if a.doc_id == b.doc_id and not (a.sources and b.sources and not set(a.sources) & set(b.sources)):
        return MergeDecision(a.event_id, b.event_id, False, 0.0, scores, ("same report, same source",), "document")
    total = _weighted_mean(scores)
    if not has_anchor(scores):
        return MergeDecision(a.event_id, b.event_id, False, total, scores, (*reasons, "no anchor (when and where)"))
    if not has_identity(a, b, scores):
        return MergeDecision(a.event_id, b.event_id, False, total, scores, (*reasons, "no actor or victim in common"))
    return MergeDecision(a.event_id, b.event_id, total >= threshold, total, scores, tuple(reasons))


def has_anchor(scores: dict[str, float | None]) -> bool:
    """A shared named victim; a shared named person plus agreeing precise places; or a date of a
    few weeks at most plus a known place."""
    date, place = scores.get("date"), scores.get("place")
    if scores.get("victims") == 1.0 or (scores.get("people") == 1.0 and (place or 0.0) >= 0.5):
        return True
    return date is not None and date >= 0.5 and place is not None


def has_identity(a: Mention, b: Mention, scores: dict[str, float | None]) -> bool:
    """An actor or named victim in common; or, when one side knows no one, a precise match."""
    if (scores.get("actors") or 0.0) > 0.0 or scores.get("victims") == 1.0 or scores.get("people") == 1.0:
        return True
    if (a.actor_ids or a.victims) and (b.actor_ids or b.victims):
        return False
    precise = a.geo_precision == 1 and b.geo_precision == 1 and a.sub_event_type == b.sub_event_type
    return precise and scores.get("date") == 1.0 and (scores.get("place") or 0.0) >= 1.0 - 0.5 * NEAR_KM / 30.0


def _weighted_mean(scores: dict[str, float | None]) -> float:
    known = {name: s for name, s in scores.items() if s is not None}
    weight = sum(WEIGHTS[name] for name in known)
    return round(sum(WEIGHTS[name] * s for name, s in known.items()) / weight, 4) if weight else 0.0
