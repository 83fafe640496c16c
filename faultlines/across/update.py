"""The single entry point that (re)computes everything across documents after an ingest.

:func:`update_across` reads the per-document tables, clusters event mentions into canonical
events, finds their contradictions, groups documents into stories, finds disputed figures
inside each story, and replaces the cross-document tables in one transaction.

The result is a function of the stored documents alone: whatever order they were ingested in,
and however often it runs, the same rows come out (ids are content hashes, every tie is broken
by id). A fingerprint of the stored documents and of this package's code is kept, so a call
with nothing new is a no-op, and new code recomputes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from faultlines.across.canonical import canonical_event
from faultlines.across.claims import disputed_claims, load_claims
from faultlines.across.contradictions import event_contradictions
from faultlines.across.corpus import load_documents
from faultlines.across.dedupe import cluster_mentions
from faultlines.across.mentions import load_mentions
from faultlines.across.persist import replace_all, set_state
from faultlines.across.records import CanonicalEvent, Contradiction, Story
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
    """Recompute canonical events, stories and contradictions for the stored documents.

    ``doc_ids`` names the documents just ingested; it is a hint only (the result always equals a
    full recomputation, which is what makes it order-independent). Returns a summary; when the
    stored documents have not changed since the last call (and not ``force``), does nothing.
    """
    del doc_ids  # every run is equivalent to a full recomputation; see the docstring
    fingerprint = store_fingerprint(store)
    if not force and _stored_fingerprint(store) == fingerprint:
        return AcrossSummary(updated=False)
    canonicals, stories, contradictions, events = compute_across(store)
    with store.writer() as con:
        replace_all(con, canonicals, stories, contradictions)
        set_state(con, "fingerprint", fingerprint)
    return AcrossSummary(
        updated=True,
        events=events,
        canonical_events=len(canonicals),
        merged=sum(c.reports > 1 for c in canonicals),
        stories=len(stories),
        contradictions=len(contradictions),
    )


def compute_across(store: Store) -> tuple[list[CanonicalEvent], list[Story], list[Contradiction], int]:
    """(canonical events, stories, contradictions, number of events), without writing anything."""
    mentions = load_mentions(store)
    by_id = {m.event_id: m for m in mentions}
    canonicals = []
    contradictions: list[Contradiction] = []
    for cluster in cluster_mentions(mentions):
        canonical = canonical_event(cluster)
        canonicals.append(canonical)
        contradictions += event_contradictions(canonical, tuple(by_id[m.event_id] for m in canonical.members))
    shared = {c.canonical_id: sorted({m.doc_id for m in c.members}) for c in canonicals if c.reports > 1}
    stories = build_stories(load_documents(store), shared)
    contradictions += disputed_claims(load_claims(store), incident_groups(shared.values()))
    return canonicals, stories, contradictions, len(mentions)


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
    with store.reader() as con:
        rows = con.execute("SELECT doc_id, text_hash, pipeline_version FROM documents ORDER BY doc_id").fetchall()
    digest = hashlib.sha1(method_version().encode())
    for row in rows:
        digest.update("|".join(str(v) for v in row).encode() + b"\n")
    return digest.hexdigest()


def _stored_fingerprint(store: Store) -> str | None:
    with store.reader() as con:
        row = con.execute("SELECT value FROM across_state WHERE key = 'fingerprint'").fetchone()
    return row[0] if row else None
