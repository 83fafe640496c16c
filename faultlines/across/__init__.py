"""What spans documents: one record per real incident, stories, contradictions, the actor
network and a fragmentation index.

After documents are stored, :func:`update_across` brings these up to date: for new documents
it recomputes only what they can affect, and the rows always equal a full recomputation
(deterministic, whatever the order and batches the documents came in; a second call with
nothing new does nothing). Then:

- :func:`list_canonical_events`, :func:`canonical_event_of`: incidents and their reports;
- :func:`list_stories`, :func:`get_story`, :func:`story_of_document`: stories with a cited summary;
- :func:`list_contradictions`, :func:`contradictions_for_event`: where reports disagree;
- :func:`fragmentation_series`, :func:`plot_fragmentation`: an actor coming apart, per period;
- :func:`actor_network`, :func:`actor_neighbourhood`, :func:`write_network`: who did what to whom.

Example::

    from faultlines.across import update_across, list_contradictions
    from faultlines.store.database import Store

    store = Store("faultlines.duckdb")
    update_across(store)
    for item in list_contradictions(store, field="fatalities"):
        print(item["canonical_value"], [side["value"] for side in item["sides"]])
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "update_across": "faultlines.across.update",
    "AcrossSummary": "faultlines.across.update",
    "list_canonical_events": "faultlines.store.across_tables",
    "canonical_event_of": "faultlines.store.across_tables",
    "list_stories": "faultlines.store.across_tables",
    "get_story": "faultlines.store.across_tables",
    "story_of_document": "faultlines.store.across_tables",
    "list_contradictions": "faultlines.store.across_tables",
    "contradictions_for_event": "faultlines.store.across_tables",
    "resolve_actor": "faultlines.store.across_tables",
    "ensure_current": "faultlines.across.update",
    "fragmentation_series": "faultlines.across.fragmentation",
    "plot_fragmentation": "faultlines.across.plot",
    "actor_network": "faultlines.across.network",
    "actor_neighbourhood": "faultlines.across.network",
    "network_json": "faultlines.across.network",
    "write_network": "faultlines.across.network",
    "cluster_mentions": "faultlines.across.dedupe",
    "compare": "faultlines.across.similarity",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'faultlines.across' has no attribute {name!r}")
