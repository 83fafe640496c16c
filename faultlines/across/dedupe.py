"""Reports of one incident grouped into clusters: constrained, deterministic agglomeration.

1. Candidate pairs come from :mod:`faultlines.across.blocking`; each is decided by
   :func:`faultlines.across.similarity.compare`.
2. Accepted pairs are taken best first (score, then event ids), joining their two clusters
   only when *no* pair across them is blocked (complete-link on the blocking criteria): a
   chain of look-alikes cannot pull together two reports that contradict each other's place,
   date or victims, and two events of one report stay apart unless their sources differ.

The result depends only on the set of mentions (not on their order) because ids are content
hashes and every tie is broken by id: clustering the same events twice gives the same clusters.
"""

from __future__ import annotations

from dataclasses import dataclass

from faultlines.across.blocking import candidate_pairs
from faultlines.across.records import Mention, MergeDecision
from faultlines.across.similarity import compare


@dataclass(frozen=True, slots=True)
class Cluster:
    """Mentions of one incident, with the decisions that joined them."""

    mentions: tuple[Mention, ...]
    links: tuple[MergeDecision, ...]


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Group mentions into incidents; clusters and their members come out in id order."""
    by_id = {m.event_id: m for m in mentions}
    accepted = [d for a, b in candidate_pairs(list(by_id.values())) if (d := compare(a, b)).merge]
    accepted.sort(key=lambda d: (-d.score, d.a, d.b))
    owner = {event_id: event_id for event_id in by_id}
    members: dict[str, list[str]] = {event_id: [event_id] for event_id in by_id}
    links: dict[str, list[MergeDecision]] = {event_id: [] for event_id in by_id}
    cache: dict[tuple[str, str], MergeDecision] = {(d.a, d.b): d for d in accepted}
    for decision in accepted:
        left, right = owner[decision.a], owner[decision.b]
        if left == right or not _compatible(members[left], members[right], by_id, cache):
            continue
        keep, gone = sorted((left, right))
        for event_id in members[gone]:
            owner[event_id] = keep
        members[keep].extend(members.pop(gone))
        links[keep].extend([*links.pop(gone), decision])
    clusters = [Cluster(tuple(by_id[e] for e in sorted(ids)), tuple(links[key])) for key, ids in members.items()]
    return sorted(clusters, key=lambda c: c.mentions[0].event_id)


def _compatible(
    left: list[str], right: list[str], by_id: dict[str, Mention], cache: dict[tuple[str, str], MergeDecision]
) -> bool:
    """No pair across the two clusters is blocked (a contradiction of place, date, type, victims)."""
    for x in left:
        for y in right:
            key = (x, y) if x < y else (y, x)
            if key not in cache:
                cache[key] = compare(by_id[x], by_id[y])
            if cache[key].blocked is not None:
                return False
    return True
