"""The cross-document analysis (:mod:`faultlines.across`) as the workbench reads it.

``across`` keeps canonical events, stories and contradictions in their own tables, rebuilt by
:func:`refresh` (at start-up and after every ingestion from the web app; a no-op when the
stored documents have not changed). Pages only read those tables. Each function imports its
part of ``across`` when called and answers None when that part is not installed, so a page
says "not available" instead of failing.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType
from typing import Any

import duckdb

from faultlines.across.update import ensure_current
from faultlines.errors import StoreError
from faultlines.store import across_tables
from faultlines.store.database import Store

log = logging.getLogger("faultlines.web")


def _part(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"faultlines.across.{name}")
    except ImportError as e:
        log.info("faultlines.across.%s is not available: %s", name, e)
        return None


def refresh(store: Store) -> str:
    """Bring the cross-document tables up to date; the summary line (or why it could not)."""
    try:
        return str(ensure_current(store).line())
    except (StoreError, duckdb.Error) as e:  # another writer holds the file: pages show the last results
        log.warning("cross-document tables not refreshed: %s", e)
        return f"across: not refreshed ({e})"


def _query(function: str, *args: Any) -> Any:
    try:
        return getattr(across_tables, function)(*args)
    except duckdb.CatalogException:  # the across tables are not in this database yet
        return None


def incident_of(store: Store, event_id: str) -> dict[str, Any] | None:
    """The canonical event (incident) an event belongs to, with its members and sources."""
    return _query("canonical_event_of", store, event_id)  # type: ignore[no-any-return]


def contradictions_of(store: Store, event_id: str) -> list[dict[str, Any]]:
    return _query("contradictions_for_event", store, event_id) or []


def all_contradictions(store: Store) -> list[dict[str, Any]] | None:
    return _query("list_contradictions", store)  # type: ignore[no-any-return]


def stories(store: Store) -> list[dict[str, Any]] | None:
    return _query("list_stories", store)  # type: ignore[no-any-return]


def fragmentation(store: Store, actor_id: str) -> list[dict[str, Any]] | None:
    """The fragmentation index of an actor per month (over canonical events), or None."""
    module = _part("fragmentation")
    return module.fragmentation_series(store, actor_id) if module else None


def neighbourhood(store: Store, actor_id: str) -> dict[str, Any] | None:
    """The actor's network neighbourhood (its factions and who they met) as node-link JSON."""
    network = _part("network")
    if network is None:
        return None
    graph = network.actor_network(store)
    return network.network_json(network.actor_neighbourhood(graph, actor_id))  # type: ignore[no-any-return]
