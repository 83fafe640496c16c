"""Average-link agglomerative clustering over a sparse similarity graph, deterministic.

Pairs missing from the graph count as similarity 0. Two clusters join while the mean
similarity over all their cross pairs reaches ``threshold``; the best pair goes first and ties
break on the clusters' smallest ids, so the result depends only on the graph. Clustering may
start from given groups (items known to belong together) instead of single items.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping


def average_link(
    items: Iterable[str],
    similarity: Mapping[tuple[str, str], float],
    threshold: float,
    *,
    groups: Iterable[Iterable[str]] = (),
) -> list[list[str]]:
    """Clusters (each sorted, the list sorted by first member) of ``items``, starting from
    ``groups`` (disjoint; items of no group start alone)."""
    members: dict[str, list[str]] = {item: [item] for item in sorted(set(items))}
    owner = {item: item for item in members}
    for group in groups:
        inside = sorted(set(group) & members.keys())
        for item in inside[1:]:
            members[inside[0]].extend(members.pop(item))
            owner[item] = inside[0]
    pair_value: dict[tuple[str, str], float] = {}
    for (a, b), value in similarity.items():
        if a in owner and b in owner and a != b:
            key = (a, b) if a < b else (b, a)
            pair_value[key] = max(value, pair_value.get(key, 0.0))
    sums: dict[str, dict[str, float]] = defaultdict(dict)
    for (a, b), value in pair_value.items():
        x, y = owner[a], owner[b]
        if x != y:
            sums[x][y] = sums[y][x] = sums[x].get(y, 0.0) + value
    heap = [(-value / (len(members[a]) * len(members[b])), a, b) for a in sums for b, value in sums[a].items() if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b not in sums[a]:
            continue
        mean = sums[a][b] / (len(members[a]) * len(members[b]))
        if abs(mean + negative) > 1e-12:
            continue  # stale entry: the clusters changed since it was pushed
        if mean < threshold:
            break
        _join(a, b, members, sums, heap)
    return sorted((sorted(group) for group in members.values()), key=lambda group: group[0])


def _join(
    a: str, b: str, members: dict[str, list[str]], sums: dict[str, dict[str, float]], heap: list[tuple[float, str, str]]
) -> None:
    keep, gone = (a, b) if a < b else (b, a)
    members[keep].extend(members.pop(gone))
    for other, value in sums.pop(gone).items():
        sums[other].pop(gone, None)
        if other != keep:
            sums[keep][other] = sums[other][keep] = sums[keep].get(other, 0.0) + value
    sums[keep].pop(gone, None)
    for other, value in sums[keep].items():
        x, y = (keep, other) if keep < other else (other, keep)
        heapq.heappush(heap, (-value / (len(members[keep]) * len(members[other])), x, y))
