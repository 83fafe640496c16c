"""Average-link agglomerative clustering over a sparse similarity graph, deterministic.

Pairs missing from the graph count as similarity 0. Two clusters join while the mean
similarity over all their cross pairs reaches ``threshold``; the best pair goes first and ties
break on the clusters' smallest ids, so the result depends only on the graph.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping


def average_link(
    items: Iterable[str], similarity: Mapping[tuple[str, str], float], threshold: float
) -> list[list[str]]:
    """Clusters (each sorted, the list sorted by first member) of ``items``."""
    members: dict[str, list[str]] = {item: [item] for item in sorted(set(items))}
    sums: dict[str, dict[str, float]] = defaultdict(dict)
    for (a, b), value in similarity.items():
        if a in members and b in members and a != b:
            sums[a][b] = sums[b][a] = max(value, sums[a].get(b, 0.0))
    heap = [(-value, a, b) for a in sums for b, value in sums[a].items() if a < b]
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
