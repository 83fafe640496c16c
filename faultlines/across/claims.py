"""Figures that sources dispute: the same quantity given differently by different sources.

Two claims are about the same thing when they share a unit, both count deaths or neither does,
share most of the words of what they count ("fighters who defected" / "fighters", at least one
of them specific: not "people" or "men"), come from one document or from documents that report
one canonical event, and are attributed to different sources. Vague words ("dozens", "several") are bounds, not figures,
and are never taken as a disagreement. The canonical value is the lowest figure (ACLED's
conservative rule for counts).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
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


def load_claims(store: Store) -> list[ClaimMention]:
    """Stored claims with a figure, sorted by id."""
    with store.reader() as con:
        rows = con.execute(
            'SELECT c.claim_id, c.doc_id, c.start, c."end", c.text, c.value, c.unit, c.what, c.attribution, d.outlet '
            "FROM claims c JOIN documents d USING (doc_id) WHERE c.value IS NOT NULL ORDER BY c.claim_id"
        ).fetchall()
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


def disputed_claims(claims: list[ClaimMention], scope: Mapping[str, str]) -> list[Contradiction]:
    """Contradictions among claims; ``scope`` maps a document to its group of documents reporting
    one incident (a document missing from it is its own scope)."""
    groups: dict[str, list[ClaimMention]] = {}
    precise = [c for c in claims if not _VAGUE.match(c.text.strip()) and c.what]
    for c in precise:
        for other in precise:
            if c.claim_id < other.claim_id and _disagree(c, other, scope):
                key = _group_key(groups, c, other)
                groups.setdefault(key, [])
                for member in (c, other):
                    if member not in groups[key]:
                        groups[key].append(member)
    return [_contradiction(key, members) for key, members in sorted(groups.items())]


def _disagree(a: ClaimMention, b: ClaimMention, scope: Mapping[str, str]) -> bool:
    if scope.get(a.doc_id, a.doc_id) != scope.get(b.doc_id, b.doc_id) or (a.unit, a.deaths) != (b.unit, b.deaths):
        return False
    shared = a.what & b.what
    if a.source == b.source or not shared - _GENERIC or len(shared) / len(a.what | b.what) < _MIN_OVERLAP:
        return False
    return abs(a.value - b.value) > _MIN_DIFFERENCE * max(abs(a.value), abs(b.value))


def _group_key(groups: dict[str, list[ClaimMention]], a: ClaimMention, b: ClaimMention) -> str:
    for key, members in groups.items():
        if a in members or b in members:
            return key
    return a.claim_id


def _contradiction(key: str, members: list[ClaimMention]) -> Contradiction:
    members = sorted(members, key=lambda c: (c.value, c.claim_id))
    sides = tuple(
        Side(c.value, c.doc_id, c.source, c.outlet, c.claim_id, Evidence(c.doc_id, c.start, c.end, c.text))
        for c in members
    )
    return Contradiction(contradiction_id(key, "quantity"), "claim", key, "quantity", sides, members[0].value, RULE)
