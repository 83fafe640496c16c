"""Reading the cross-document tables (canonical events, stories, contradictions), for the CLI,
the web app and scripts: the SQL of the across step's read side lives here, with the store's.

Each returns plain JSON-ready dicts (the shapes of :mod:`faultlines.across.serialise`).
:func:`faultlines.across.update.ensure_current` brings the tables up to date first.
"""

from __future__ import annotations

import json
from typing import Any

from faultlines.errors import UsageError
from faultlines.store.database import Store


def list_stories(store: Store, *, min_documents: int = 1) -> list[dict[str, Any]]:
    """Stories, largest first (then by period), each with its documents, actors, places and summary."""
    return _records(
        store,
        "SELECT record FROM stories WHERE documents >= ? ORDER BY documents DESC, period_start NULLS LAST, story_id",
        [min_documents],
    )


def get_story(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story by its id, or by the start of its id when exactly one story's id starts so
    (the first characters a table shows); None otherwise. ``%`` and ``_`` match themselves."""
    exact = _records(store, "SELECT record FROM stories WHERE story_id = ?", [story_id])
    if exact:
        return exact[0]
    found = _records(
        store, "SELECT record FROM stories WHERE starts_with(story_id, ?) ORDER BY story_id LIMIT 2", [story_id]
    )
    return found[0] if len(found) == 1 and story_id else None


def story_of_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """The story a document belongs to, or None."""
    found = _records(
        store, "SELECT s.record FROM stories s JOIN story_documents d USING (story_id) WHERE d.doc_id = ?", [doc_id]
    )
    return found[0] if found else None


def list_canonical_events(store: Store, *, min_reports: int = 1) -> list[dict[str, Any]]:
    """Canonical events with their members and sources, most reported first."""
    return _records(
        store,
        "SELECT record FROM canonical_events WHERE documents >= ? "
        "ORDER BY documents DESC, date_start NULLS LAST, canonical_id",
        [min_reports],
    )


def canonical_event_of(store: Store, event_or_canonical_id: str) -> dict[str, Any] | None:
    """The canonical event of a stored event id, or the canonical event with that id."""
    found = _records(
        store,
        "SELECT c.record FROM canonical_events c WHERE c.canonical_id = ? OR c.canonical_id IN "
        "(SELECT canonical_id FROM canonical_members WHERE event_id = ?) LIMIT 1",
        [event_or_canonical_id, event_or_canonical_id],
    )
    return found[0] if found else None


def list_contradictions(store: Store, *, field: str | None = None, subject: str | None = None) -> list[dict[str, Any]]:
    """Every contradiction, optionally of one ``field`` (fatalities, perpetrator, modality, place,
    date, quantity) or one ``subject`` ("event" or "claim")."""
    sql = "SELECT record FROM contradictions WHERE (? IS NULL OR field = ?) AND (? IS NULL OR subject = ?) "
    return _records(store, sql + "ORDER BY subject DESC, field, contradiction_id", [field, field, subject, subject])


def contradictions_for_event(store: Store, event_or_canonical_id: str) -> list[dict[str, Any]]:
    """The contradictions among the reports of the incident that an event (or canonical id) belongs to."""
    canonical = canonical_event_of(store, event_or_canonical_id)
    if canonical is None:
        return []
    return _records(
        store,
        "SELECT record FROM contradictions WHERE subject_id = ? ORDER BY field",
        [canonical["canonical_id"]],
    )


def resolve_actor(store: Store, query: str) -> str:
    """The actor id that ``query`` names: an id, a name or an alias seen (case-insensitive)."""
    with store.reader() as con:
        row = con.execute(
            "SELECT actor_id FROM actors WHERE lower(actor_id) = lower(?) OR lower(name) = lower(?) "
            "UNION SELECT actor_id FROM document_actors, unnest(CAST(aliases_seen AS VARCHAR[])) AS t(alias) "
            "WHERE lower(alias) = lower(?) ORDER BY actor_id LIMIT 1",
            [query, query, query],
        ).fetchone()
        if row:
            return str(row[0])
        known = [r[0] for r in con.execute(
            "SELECT actor_id FROM actors WHERE lower(name) LIKE lower(?) OR lower(actor_id) LIKE lower(?) "
            "ORDER BY actor_id LIMIT 5", [f"%{query}%", f"%{query}%"]).fetchall()]  # fmt: skip
    hint = f" (did you mean {', '.join(known)}?)" if known else ""
    raise UsageError(f"no actor called {query!r} in the database{hint}: give an actor id or a name seen in reports")


def _records(store: Store, sql: str, values: list[Any]) -> list[dict[str, Any]]:
    with store.reader() as con:
        return [json.loads(row[0]) for row in con.execute(sql, values).fetchall()]
