"""The lists and counts the workbench pages show, as the read service gives them.

The queries live in :mod:`faultlines.store.summaries` (all SQL stays in the store); this module
names them for the pages.
"""

from __future__ import annotations

from faultlines.store.summaries import (
    actor_detail,
    document_actors,
    list_actors,
    list_documents,
    list_places,
    monthly_counts,
    recent_failures,
    same_event_elsewhere,
)

__all__ = [
    "actor_detail",
    "document_actors",
    "list_actors",
    "list_documents",
    "list_places",
    "monthly_counts",
    "recent_failures",
    "same_event_elsewhere",
]
