"""Reports of one incident grouped into clusters: constrained, deterministic agglomeration.

1. Candidate pairs come from :mod:`faultlines.across.blocking`; each is decided by
   :func:`faultlines.across.similarity.compare`.
2. Accepted pairs are taken best first (score, then event ids), joining their two clusters
   only when *no* pair across them is blocked (complete-link on the blocking criteria): a
   chain of look-alikes cannot pull together two reports that contradict each other's place,
   date or victims, and two events of one report stay apart unless their sources differ.

The result depends only on the set of mentions (not on their order) because ids are content
hashes and every tie is broken by id: clustering the same events twice gives the same clusters.

Clusters only ever join along accepted pairs, so the clusters of one connected component of
accepted pairs do not depend on any other component. New mentions can therefore change only
the components they join (:func:`affected_mentions`); every other cluster stays as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from faultlines.across.blocking import block_keys, candidate_pairs, may_pair
from faultlines.across.records import Mention, MergeDecision
from faultlines.across.similarity import compare


@dataclass(frozen=True, slots=True)
class Cluster:
    """Mentions of one incident, with the decisions that joined them."""

    mentions: tuple[Mention, ...]
    links: tuple[MergeDecision, ...]


def cluster_mentions(mentions: list[Mention], *, accepted: list[MergeDecision] | None = None) -> list[Cluster]:
    """Group mentions into incidents; clusters and their members come out in id order.

    ``accepted``: every accepted pair among ``mentions``, when already known (see
    :func:`affected_mentions`)."""
    by_id = {m.event_id: m for m in mentions}
    if accepted is None:
        accepted = [d for a, b in candidate_pairs(list(by_id.values())) if (d := compare(a, b)).merge]
    accepted = sorted(accepted, key=lambda d: (-d.score, d.a, d.b))
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


def affected_mentions(mentions: Iterable[Mention], seeds: Iterable[str]) -> tuple[set[str], list[MergeDecision]]:
    """The ids of the mentions connected to ``seeds`` by accepted pairs (the seeds included), and
    every accepted pair among them (each pair sharing a block is compared once)."""
    by_id = {m.event_id: m for m in mentions}
    keys = {event_id: block_keys(m) for event_id, m in by_id.items()}
    blocks: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for event_id in sorted(by_id):
        for key in keys[event_id]:
            blocks[key].append(by_id[event_id])
    areas: dict[str, list[tuple[str, str]]] = {}
    found = {s for s in seeds if s in by_id}
    frontier, done, accepted = sorted(found), set[str](), list[MergeDecision]()
    while frontier:
        mention = by_id[frontier.pop()]
        checked = {mention.event_id}  # a pair shares several blocks: compare it once
        for key in sorted(keys[mention.event_id]):
            for other in blocks[key]:
                if other.event_id in checked or other.event_id in done:  # done: compared from its side
                    continue
                checked.add(other.event_id)
                if may_pair(mention, other, areas) and (decision := compare(mention, other)).merge:
                    accepted.append(decision)
                    if other.event_id not in found:
                        found.add(other.event_id)
                        frontier.append(other.event_id)
        done.add(mention.event_id)
    return found, accepted
