"""Figures that sources dispute: the same quantity given differently by different sources.

Two claims are about the same thing when they share a unit, both count deaths or neither does,
share most of the words of what they count ("fighters who defected" / "fighters", at least one
of them specific: not "people" or "men"), come from one document or from documents that report
one canonical event, and are attributed to different sources. Vague words ("dozens", "several")
are bounds, not figures, and are never taken as a disagreement. The canonical value is the lowest figure (ACLED's
conservative rule for counts).
"""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from faultlines.across.contradictions import contradiction_id
from faultlines.across.records import Contradiction, Evidence, Side
from faultlines.across.text import word_set
from faultlines.store.database import Store

RULE = "lowest figure reported (ACLED's conservative rule)"
_VAGUE = re.compile(r"^(a |an )?(few|several|dozens|scores|hundreds|thousands|many|some|numerous|a number)\b", re.I)
_STOP = word_set("the a an of and or in on at to by for with his her its their who were was him them they he she it ")
_DEATH = frozenset({"killed", "dead", "died", "death", "deaths", "killing"})
_GENERIC = frozenset({"people", "person", "men", "man", "women", "woman", "child", "children", "other", "total"})
_MIN_OVERLAP = 0.5
_MIN_DIFFERENCE = 0.1  # figures within 10% of each other agree


@dataclass(frozen=True, slots=True)
class ClaimMention:
    claim_id: str
    doc_id: str
    start: int
    end: int
    text: str
    value: float
    unit: str | None
    what: frozenset[str]
    deaths: bool
    source: str
    outlet: str | None


def load_claims(store: Store, *, doc_ids: Collection[str] | None = None) -> list[ClaimMention]:
    """Stored claims with a figure (of ``doc_ids`` only, when given), sorted by id."""
    sql = (
        'SELECT c.claim_id, c.doc_id, c.start, c."end", c.text, c.value, c.unit, c.what, c.attribution, d.outlet '
        "FROM claims c JOIN documents d USING (doc_id) WHERE c.value IS NOT NULL"
    )
    values: list[object] = []
    if doc_ids is not None:
        sql += " AND c.doc_id IN (SELECT unnest(?))"
        values.append(sorted(doc_ids))
    with store.reader() as con:
        rows = con.execute(sql + " ORDER BY c.claim_id", values).fetchall()
    return [_claim(*row) for row in rows]


def _claim(claim_id, doc_id, start, end, text, value, unit, what, attribution, outlet) -> ClaimMention:  # type: ignore[no-untyped-def]
    chain = json.loads(attribution) if isinstance(attribution, str) else (attribution or [])
    source = next((a.get("source") for a in chain if a.get("source")), None) or outlet or doc_id[:12]
    words = what_words(what or "")
    return ClaimMention(claim_id, doc_id, start or 0, end or 0, text or "", float(value), unit,
                        words - _DEATH, bool(words & _DEATH), source, outlet)  # fmt: skip


def what_words(what: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", what.lower())
    return frozenset(w if w in _DEATH else w.removesuffix("s") for w in words if w not in _STOP and len(w) > 2)


def disputed_claims(
    claims: Iterable[ClaimMention], scope: Mapping[str, str], *, events: Mapping[str, Iterable[str]] | None = None
) -> list[Contradiction]:
    """Contradictions among claims; ``scope`` maps a document to its group of documents reporting
    one incident (a document missing from it is its own scope). With ``events`` (canonical event
    -> its documents), only claims of one document or of two documents reporting one canonical
    event are compared; without, any two claims of one scope are.

    Claims that disagree, directly or through others, form one contradiction keyed by its
    smallest claim id. Only claims of one (scope, unit, deaths) bucket sharing a specific word
    are compared, so the work grows with the buckets' sizes, not with the square of all claims.
    """
    buckets: dict[tuple[str, str | None, bool], list[ClaimMention]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: c.claim_id):
        if c.what - _GENERIC and not _VAGUE.match(c.text.strip()):
            buckets[(scope.get(c.doc_id, c.doc_id), c.unit, c.deaths)].append(c)
    events_of: dict[str, list[list[str]]] | None = None
    if events is not None:
        events_of = defaultdict(list)
        for doc_ids in events.values():
            for doc_id in (listed := sorted(set(doc_ids))):
                events_of[doc_id].append(listed)
    parent: dict[str, str] = {}
    by_id: dict[str, ClaimMention] = {}
    seen: set[tuple[str, str]] = set()
    for bucket in buckets.values():
        for part in _parts(bucket, events_of):
            for a, b in _pairs_sharing_a_word(part):
                if (a.claim_id, b.claim_id) not in seen and _disagree(a, b):
                    by_id[a.claim_id], by_id[b.claim_id] = a, b
                    _union(parent, a.claim_id, b.claim_id)
                seen.add((a.claim_id, b.claim_id))
    groups: dict[str, list[ClaimMention]] = defaultdict(list)
    for claim_id in sorted(by_id):
        groups[_root(parent, claim_id)].append(by_id[claim_id])
    return [_contradiction(key, members) for key, members in sorted(groups.items())]


def _parts(bucket: list[ClaimMention], events_of: Mapping[str, list[list[str]]] | None) -> list[list[ClaimMention]]:
    """The claims (sorted by id) that may be compared: each document's, and each canonical
    event's (``events_of``: document -> the documents of each canonical event it reports)."""
    if events_of is None:
        return [bucket]
    by_doc: dict[str, list[ClaimMention]] = defaultdict(list)
    for c in bucket:
        by_doc[c.doc_id].append(c)
    parts = list(by_doc.values())
    groups = {tuple(doc_ids) for doc_id in by_doc for doc_ids in events_of.get(doc_id, [])}
    for doc_ids in sorted(groups):
        inside = [d for d in doc_ids if d in by_doc]
        if len(inside) > 1:
            parts.append(sorted((c for d in inside for c in by_doc[d]), key=lambda c: c.claim_id))
    return parts


def _pairs_sharing_a_word(bucket: list[ClaimMention]) -> Iterator[tuple[ClaimMention, ClaimMention]]:
    """Each pair (in id order) sharing a specific word of what they count, once."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(bucket):
        for word in sorted(c.what - _GENERIC):
            index[word].append(i)
    seen: set[tuple[int, int]] = set()
    for positions in index.values():
        for i, j in itertools.combinations(positions, 2):
            if (i, j) not in seen:
                seen.add((i, j))
                yield bucket[i], bucket[j]


def _disagree(a: ClaimMention, b: ClaimMention) -> bool:
    """Two claims of one bucket: different sources, mostly the same words, figures apart."""
    if a.source == b.source or len(a.what & b.what) / len(a.what | b.what) < _MIN_OVERLAP:
        return False
    return abs(a.value - b.value) > _MIN_DIFFERENCE * max(abs(a.value), abs(b.value))


def _root(parent: dict[str, str], x: str) -> str:
    while parent.setdefault(x, x) != x:
        parent[x] = x = parent[parent[x]]
    return x


def _union(parent: dict[str, str], a: str, b: str) -> None:
    """Join the groups of ``a`` and ``b`` under the smaller root (so roots are smallest ids)."""
    low, high = sorted((_root(parent, a), _root(parent, b)))
    parent[high] = low


def _contradiction(key: str, members: list[ClaimMention]) -> Contradiction:
    members = sorted(members, key=lambda c: (c.value, c.claim_id))
    sides = tuple(
        Side(c.value, c.doc_id, c.source, c.outlet, c.claim_id, Evidence(c.doc_id, c.start, c.end, c.text))
        for c in members
    )
    return Contradiction(contradiction_id(key, "quantity"), "claim", key, "quantity", sides, members[0].value, RULE)
