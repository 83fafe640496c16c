"""The single entry point that updates everything across documents after an ingest.

:func:`update_across` clusters event mentions into canonical events, finds their
contradictions, groups documents into stories, finds disputed figures inside each group of
documents reporting one incident, and writes the rows that changed in one transaction.

The result is a function of the stored documents alone: whatever order they were ingested in,
in whatever batches, and however often it runs, the same rows come out (ids are content
hashes, every tie is broken by id). A fingerprint of the stored documents and of this
package's code is kept, so a call with nothing new is a no-op, and new code recomputes.

When the documents named are new and the rest are exactly those of the last run, only what
they can affect is recomputed (and the result still equals a full recomputation):

- canonical events: the connected components of accepted merge pairs that contain a new
  mention (clusters never join across components; see :mod:`faultlines.across.dedupe`);
- disputed figures: the groups of documents (reporting one incident) that those components'
  documents belong to, before and after;
- stories: all of them, because a story link weighs words by their frequency in the whole
  store (IDF), which every new document changes; the step is near-linear, and only stories
  that changed are rewritten.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from faultlines.across.canonical import canonical_event
from faultlines.across.claims import disputed_claims, load_claims
from faultlines.across.contradictions import event_contradictions
from faultlines.across.corpus import load_documents
from faultlines.across.dedupe import affected_mentions, cluster_mentions
from faultlines.across.mentions import load_mentions
from faultlines.across.persist import set_state, sync_canonicals, sync_contradictions, sync_stories
from faultlines.across.records import CanonicalEvent, Contradiction, Mention, MergeDecision
from faultlines.across.stories import build_stories
from faultlines.store.database import Store

VERSION = "across-1"


def method_version() -> str:
    """A hash of this package's code: stored results made by other code are recomputed."""
    digest = hashlib.sha1(VERSION.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class AcrossSummary:
    """What :func:`update_across` found (or that it had nothing to do)."""

    updated: bool
    events: int = 0
    canonical_events: int = 0
    merged: int = 0  # canonical events reported by more than one document
    stories: int = 0
    contradictions: int = 0

    def line(self) -> str:
        if not self.updated:
            return "across: up to date"
        return (
            f"across: {self.events} events -> {self.canonical_events} canonical ({self.merged} from several reports), "
            f"{self.stories} stories, {self.contradictions} contradictions"
        )


def update_across(store: Store, doc_ids: Sequence[str] | None = None, *, force: bool = False) -> AcrossSummary:
    """Update canonical events, stories and contradictions for the stored documents.

    ``doc_ids`` names the documents just ingested: when they are new and every other document
    is one the last run saw, only what they can affect is recomputed; otherwise (or with
    ``force``) everything is. Either way the rows equal a full recomputation. Returns a summary;
    when the stored documents have not changed since the last call (and not ``force``), does
    nothing.
    """
    documents = _document_rows(store)
    fingerprint = fingerprint_of(documents)
    stored = _stored_fingerprint(store)
    if not force and stored == fingerprint:
        return AcrossSummary(updated=False)
    new = None if force or doc_ids is None or stored is None else _new_documents(store, doc_ids, documents, stored)
    mentions = load_mentions(store)
    old = _stored_links(store)
    accepted = None
    if new is None:
        scope = {m.event_id for m in mentions}
    else:
        scope, accepted = affected_mentions(mentions, [m.event_id for m in mentions if m.doc_id in new])
    old_ids = {canonical_id for event_id, (canonical_id, _) in old.members.items() if new is None or event_id in scope}
    canonicals, contradictions = canonical_events([m for m in mentions if m.event_id in scope], accepted)
    shared = _shared(old, old_ids, canonicals)
    groups = incident_groups(shared.values())
    if new is None:
        touched: set[str] | None = None
    else:
        touched = _touched_documents(old, groups, {m.doc_id for m in mentions if m.event_id in scope} | new)
    contradictions += disputed_claims(load_claims(store, doc_ids=touched), groups, events=shared)
    stories = build_stories(load_documents(store), shared)
    stale = _stale_contradictions(old, old_ids, touched)
    with store.writer() as con:
        sync_canonicals(con, old_ids, canonicals)
        sync_contradictions(con, stale, contradictions)
        sync_stories(con, stories)
        set_state(con, "fingerprint", fingerprint)
        total, merged, disagreements = con.execute(
            "SELECT (SELECT count(*) FROM canonical_events), "
            "(SELECT count(*) FROM canonical_events WHERE documents > 1), (SELECT count(*) FROM contradictions)"
        ).fetchone()
    return AcrossSummary(
        updated=True,
        events=len(mentions),
        canonical_events=total,
        merged=merged,
        stories=len(stories),
        contradictions=disagreements,
    )


def canonical_events(
    mentions: list[Mention], accepted: list[MergeDecision] | None = None
) -> tuple[list[CanonicalEvent], list[Contradiction]]:
    """The canonical events of ``mentions`` and the contradictions among each one's reports."""
    by_id = {m.event_id: m for m in mentions}
    canonicals = []
    contradictions: list[Contradiction] = []
    for cluster in cluster_mentions(mentions, accepted=accepted):
        canonical = canonical_event(cluster)
        canonicals.append(canonical)
        contradictions += event_contradictions(canonical, tuple(by_id[m.event_id] for m in canonical.members))
    return canonicals, contradictions


@dataclass(frozen=True)
class _Links:
    """What the last run stored: event -> (canonical event, document); contradiction -> its documents."""

    members: dict[str, tuple[str, str]]
    event_contradictions: dict[str, str]  # contradiction id -> canonical id
    claim_contradictions: dict[str, set[str]]  # contradiction id -> documents of its sides


def _stored_links(store: Store) -> _Links:
    with store.reader() as con:
        rows = con.execute("SELECT event_id, canonical_id, doc_id FROM canonical_members").fetchall()
        members = {e: (c, d) for e, c, d in rows}
        rows = con.execute("SELECT contradiction_id, subject, subject_id, record FROM contradictions").fetchall()
    events = {cid: subject_id for cid, subject, subject_id, _ in rows if subject == "event"}
    claims = {
        cid: {side["doc_id"] for side in json.loads(record)["sides"]}
        for cid, subject, _, record in rows
        if subject == "claim"
    }
    return _Links(members, events, claims)


def _shared(old: _Links, replaced: set[str], canonicals: list[CanonicalEvent]) -> dict[str, list[str]]:
    """Canonical event -> its documents, for those reported by several documents."""
    documents: dict[str, set[str]] = defaultdict(set)
    for canonical_id, doc_id in old.members.values():
        if canonical_id not in replaced:
            documents[canonical_id].add(doc_id)
    for canonical in canonicals:
        documents[canonical.canonical_id] = {m.doc_id for m in canonical.members}
    return {c: sorted(docs) for c, docs in sorted(documents.items()) if len(docs) > 1}


def _touched_documents(old: _Links, groups: dict[str, str], changed: set[str]) -> set[str]:
    """The documents whose group of documents reporting one incident may have changed: every
    document of a group, before or after, that holds a changed document."""
    before = incident_groups(
        sorted(docs) for docs in _documents_by_canonical(old).values() if len(docs) > 1
    )  # fmt: skip
    touched = set(changed)
    for grouping in (before, groups):
        roots = {grouping[d] for d in changed if d in grouping}
        touched |= {d for d, root in grouping.items() if root in roots}
    return touched


def _documents_by_canonical(old: _Links) -> dict[str, set[str]]:
    documents: dict[str, set[str]] = defaultdict(set)
    for canonical_id, doc_id in old.members.values():
        documents[canonical_id].add(doc_id)
    return documents


def _stale_contradictions(old: _Links, replaced: set[str], touched: set[str] | None) -> set[str]:
    """The stored contradictions this run recomputes."""
    events = {cid for cid, canonical_id in old.event_contradictions.items() if canonical_id in replaced}
    claims = {cid for cid, docs in old.claim_contradictions.items() if touched is None or docs & touched}
    return events | claims


def _new_documents(
    store: Store, doc_ids: Sequence[str], documents: list[tuple[str, ...]], stored: str
) -> set[str] | None:
    """The documents of ``doc_ids`` the last run did not see, when every other stored document
    is one it saw (else None: recompute everything)."""
    with store.reader() as con:
        seen = {row[0] for row in con.execute("SELECT doc_id FROM story_documents").fetchall()}
    present = {row[0] for row in documents}
    new = {d for d in doc_ids if d in present and d not in seen}
    if not new or fingerprint_of([row for row in documents if row[0] not in new]) != stored:
        return None
    return new


def incident_groups(doc_groups: Iterable[list[str]]) -> dict[str, str]:
    """Document -> the smallest id of the documents connected to it by shared canonical events."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for group in doc_groups:
        for other in group[1:]:
            a, b = sorted((root(group[0]), root(other)))
            parent[b] = a
    return {doc_id: root(doc_id) for doc_id in parent}


def store_fingerprint(store: Store) -> str:
    """A hash of what the cross-document results are computed from."""
    return fingerprint_of(_document_rows(store))


def fingerprint_of(documents: Iterable[Sequence[object]]) -> str:
    digest = hashlib.sha1(method_version().encode())
    for row in documents:
        digest.update("|".join(str(v) for v in row).encode() + b"\n")
    return digest.hexdigest()


def _document_rows(store: Store) -> list[tuple[str, ...]]:
    with store.reader() as con:
        rows = con.execute("SELECT doc_id, text_hash, pipeline_version FROM documents ORDER BY doc_id").fetchall()
    return [tuple(row) for row in rows]


def _stored_fingerprint(store: Store) -> str | None:
    with store.reader() as con:
        row = con.execute("SELECT value FROM across_state WHERE key = 'fingerprint'").fetchone()
    return row[0] if row else None


def ensure_current(store: Store) -> AcrossSummary:
    """Recompute the cross-document tables if documents were added or changed since the last run."""
    return update_across(store)
