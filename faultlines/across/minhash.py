"""MinHash signatures and LSH banding: near-duplicate documents in about linear time.

A document is the set of its word 5-grams (shingles); the Jaccard similarity of two sets is
estimated by the share of equal positions in their signatures, the minimum of ``num_perm``
universal hashes ``(a*x + b) mod p`` over the set (Broder 1997). LSH splits a signature into
``bands`` of ``rows``: documents that agree on every row of some band become candidates, which
is likely when their similarity is above about ``(1/bands)**(1/rows)``.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

PRIME = np.uint64((1 << 61) - 1)
NUM_PERM = 128
_SEED = 20141121


def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    generator = np.random.default_rng(_SEED)
    a = generator.integers(1, 1 << 32, size=num_perm, dtype=np.uint64)
    b = generator.integers(0, 1 << 32, size=num_perm, dtype=np.uint64)
    return a, b


def shingles(words: list[str], k: int = 5) -> set[int]:
    """32-bit hashes of the word k-grams (the whole text when shorter than k words)."""
    grams = [" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))] if words else []
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little") for g in grams}


def signature(hashes: set[int], num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash signature of a set of 32-bit hashes (all-max for the empty set)."""
    if not hashes:
        return np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    a, b = _permutations(num_perm)
    x = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))[:, None]
    return ((x * a + b) % PRIME).min(axis=0)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two sets."""
    return float(np.mean(a == b))


def candidates(signatures: dict[str, np.ndarray], *, bands: int = 32, rows: int = 4) -> set[tuple[str, str]]:
    """Pairs (in id order) that agree on every row of at least one band."""
    buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    for key in sorted(signatures):
        for band in range(bands):
            buckets[(band, signatures[key][band * rows : (band + 1) * rows].tobytes())].append(key)
    pairs: set[tuple[str, str]] = set()
    for members in buckets.values():
        pairs.update(itertools.combinations(members, 2))
    return pairs


def near_duplicates(signatures: dict[str, np.ndarray], threshold: float = 0.5) -> Iterable[tuple[str, str, float]]:
    """(a, b, similarity) for candidate pairs whose estimated similarity reaches ``threshold``."""
    for a, b in sorted(candidates(signatures)):
        score = similarity(signatures[a], signatures[b])
        if score >= threshold:
            yield a, b, score
