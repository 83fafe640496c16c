"""Analyst review: reviewed values overlaid on extracted events, and the audit trail.

A reviewer accepts, edits or rejects an event (or reopens it). The ``reviews`` table keeps the
values the reviewer stands behind in the same typed columns as ``events``;
:func:`overlaid_events_sql` overlays them, and the read service (:mod:`faultlines.store.read`)
reads events only through it, so every reader shows reviewed values where there are any.
Every change adds a row to ``review_audit`` (who, when, the action, before and after).

Example::

    review_event(store, event_id, action="edit", reviewer="ana", changes={"fatalities": 9})
    rows = read.events(store, EventFilter(kind="infighting"), ReviewFilter(status="reviewed"))
"""

from __future__ import annotations

import datetime
import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    from faultlines.actors.kb import ActorKB

from faultlines.store.database import Store
from faultlines.store.queries import EVENT_COLUMNS
from faultlines.store.review_actors import default_kb, resolve_actor
from faultlines.store.review_rules import REVIEWABLE, ReviewError, check_consistency, validate_changes

__all__ = [
    "REVIEWABLE",
    "ReviewError",
    "ReviewFilter",
    "audit_trail",
    "review_counts",
    "review_event",
    "validate_changes",
]
ACTIONS = ("accept", "edit", "reject", "reopen")
STATUS_OF_ACTION = {"accept": "accepted", "edit": "edited", "reject": "rejected", "reopen": "unreviewed"}
# What a review-status filter may ask for; "reviewed" is accepted or edited (not rejected).
STATUS_FILTERS = ("unreviewed", "reviewed", "accepted", "edited", "rejected")
REVIEW_COLUMNS = ("review_status", "reviewer", "reviewed_at", "review_reason")


@dataclass(frozen=True)
class ReviewFilter:
    """Selection on review state and faction, added to an :class:`EventFilter`.

    ``include_rejected`` False drops rejected events (what exports do).
    """

    status: str | None = None
    faction: str | None = None
    include_rejected: bool = True

    def clauses(self) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        values: list[Any] = []
        if self.status == "reviewed":
            clauses.append("e.review_status IN ('accepted', 'edited')")
        elif self.status:
            clauses.append("e.review_status = ?")
            values.append(self.status)
        if not self.include_rejected:
            clauses.append("e.review_status <> 'rejected'")
        if self.faction:
            clauses.append("lower(coalesce(e.actor1_faction, '') || '|' || coalesce(e.actor2_faction, '')) LIKE ?")
            values.append(f"%{self.faction.lower()}%")
        return clauses, values


def overlaid_events_sql() -> str:
    """``events`` with reviewed values in place of the extracted ones, plus the review columns."""
    columns = [
        f"CASE WHEN r.event_id IS NULL THEN x.{c} ELSE r.{c} END AS {c}" if c in REVIEWABLE else f"x.{c}"
        for c in EVENT_COLUMNS
    ]
    # An inter code follows its actor: the extracted one while the actor is the extracted one.
    for n in ("1", "2"):
        columns[EVENT_COLUMNS.index(f"inter{n}")] = (
            f"CASE WHEN r.event_id IS NULL OR r.actor{n}_id IS NOT DISTINCT FROM x.actor{n}_id "
            f"THEN x.inter{n} ELSE a{n}.inter END AS inter{n}"
        )
    columns += [
        "coalesce(r.record, x.record) AS record",
        "coalesce(r.status, 'unreviewed') AS review_status",
        "r.reviewer",
        "r.reviewed_at",
        "r.reason AS review_reason",
    ]
    return (
        f"SELECT {', '.join(columns)} FROM events x LEFT JOIN reviews r ON r.event_id = x.event_id "
        "LEFT JOIN actors a1 ON a1.actor_id = r.actor1_id LEFT JOIN actors a2 ON a2.actor_id = r.actor2_id"
    )


def audit_trail(store: Store, event_id: str | None = None, *, limit: int = 200) -> list[dict[str, Any]]:
    """Review changes, newest first (of one event, or of all)."""
    sql = "SELECT audit_id, event_id, reviewer, changed_at, action, reason, before, after FROM review_audit"
    values: list[Any] = []
    if event_id:
        sql += " WHERE event_id = ?"
        values.append(event_id)
    sql += f" ORDER BY changed_at DESC, audit_id LIMIT {int(limit)}"
    with store.reader() as con:
        found = _dicts(con.execute(sql, values))
    for row in found:
        row["before"] = json.loads(row["before"]) if row["before"] else None
        row["after"] = json.loads(row["after"]) if row["after"] else None
    return found


def review_counts(store: Store) -> dict[str, int]:
    """Number of events in each review status (unreviewed included)."""
    with store.reader() as con:
        found = con.execute(
            f"SELECT review_status, count(*) FROM ({overlaid_events_sql()}) GROUP BY review_status"
        ).fetchall()
    return {status: 0 for status in ("unreviewed", "accepted", "edited", "rejected")} | dict(found)


def review_event(
    store: Store,
    event_id: str,
    *,
    action: str,
    reviewer: str,
    reason: str | None = None,
    changes: dict[str, Any] | None = None,
    actors: ActorKB | None = None,
) -> dict[str, Any]:
    """Apply one review action and record it in the audit trail; return the audit entry.

    ``changes`` (for ``edit``) maps :data:`REVIEWABLE` columns to new values; ``reject`` needs
    a reason. An edited actor is resolved against ``actors`` (default: the knowledge base the
    pipeline uses) or added to the store as a new actor (:mod:`faultlines.store.review_actors`).
    """
    if action not in ACTIONS:
        raise ReviewError(f"unknown review action {action!r}: use one of {', '.join(ACTIONS)}")
    if action == "reject" and not (reason and reason.strip()):
        raise ReviewError("a rejection needs a reason: say why the event is wrong")
    changes = validate_changes(changes or {}) if action == "edit" else {}
    if action == "edit" and not changes:
        raise ReviewError("an edit needs at least one changed value")
    with store.writer() as con:
        current = _current(con, event_id)
        changes, inters = _resolved_actors(con, actors, current, changes)
        check_consistency(current, changes)
        before = {"status": current["review_status"]} | {c: current[c] for c in changes}
        values = {c: current[c] for c in REVIEWABLE} | changes
        status = STATUS_OF_ACTION[action]
        now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
        if action == "reopen":
            con.execute("DELETE FROM reviews WHERE event_id = ?", [current["event_id"]])
        else:
            record = reviewed_record(json.loads(current["record"]), values, inters)
            record["review"] = {
                "status": status,
                "reviewer": reviewer,
                "reviewed_at": now.isoformat(),
                "reason": reason,
            }
            _save(con, current["event_id"], status, reason, reviewer, now, values, record)
        after = {"status": status} | changes
        entry = {
            "audit_id": uuid.uuid4().hex,
            "event_id": current["event_id"],
            "reviewer": reviewer,
            "changed_at": now,
            "action": action,
            "reason": reason,
            "before": _jsonable(before),
            "after": _jsonable(after),
        }
        con.execute(
            "INSERT INTO review_audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                entry["audit_id"],
                entry["event_id"],
                reviewer,
                now,
                action,
                reason,
                json.dumps(entry["before"]),
                json.dumps(entry["after"]),
            ],
        )
    return entry


def _resolved_actors(
    con: duckdb.DuckDBPyConnection, kb: ActorKB | None, current: dict[str, Any], changes: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, int | None]]:
    """The edit with each edited actor resolved (id, name), and the inter codes of those actors."""
    out, inters = dict(changes), {}
    for n in ("1", "2"):
        name_key, id_key = f"actor{n}", f"actor{n}_id"
        if name_key not in changes and id_key not in changes:
            continue
        name = changes[name_key] if name_key in changes else current[name_key]
        actor_id = changes.get(id_key) if id_key in changes or name_key in changes else current[id_key]
        kb = kb or default_kb()
        found = resolve_actor(con, kb, name=name, actor_id=actor_id)
        out[name_key], out[id_key] = (found.name, found.actor_id) if found else (None, None)
        inters[n] = found.inter if found else None
    return out, inters


def _current(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    found = _dicts(con.execute(f"SELECT * FROM ({overlaid_events_sql()}) WHERE event_id = ?", [event_id]))
    if not found:
        raise ReviewError(f"no event {event_id!r}: it may have been re-extracted; reload the events list")
    return found[0]


def _save(
    con: duckdb.DuckDBPyConnection,
    event_id: str,
    status: str,
    reason: str | None,
    reviewer: str,
    now: datetime.datetime,
    values: dict[str, Any],
    record: dict[str, Any],
) -> None:
    columns = ["event_id", "status", "reason", "reviewer", "reviewed_at", *REVIEWABLE, "record"]
    row = [event_id, status, reason, reviewer, now, *(values[c] for c in REVIEWABLE), json.dumps(_jsonable(record))]
    con.execute(f"INSERT OR REPLACE INTO reviews ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", row)


# -- the reviewed contract record -----------------------------------------------------------------


def reviewed_record(
    record: dict[str, Any], values: dict[str, Any], inters: dict[str, int | None] | None = None
) -> dict[str, Any]:
    """The contract record with reviewed flat values written into its nested fields.

    ``inters`` holds the inter codes of actors the edit changed ("1", "2"); the others keep theirs.
    """
    inters = inters or {}
    out = dict(record)
    for key in ("event_type", "sub_event_type", "kind", "modality", "intra_group"):
        out[key] = values[key]
    for n in ("1", "2"):
        name = values[f"actor{n}"]
        old = record.get(f"actor{n}") or {}
        out[f"actor{n}"] = (
            None
            if not name
            else {
                "name": name,
                "actor_id": values[f"actor{n}_id"],
                "faction": values[f"actor{n}_faction"],
                "inter": inters[n] if n in inters else old.get("inter"),
            }
        )
    out["place"] = _reviewed_place(record.get("place"), values)
    out["date"] = (record.get("date") or {}) | {
        "start": _iso(values["date_start"]),
        "end": _iso(values["date_end"]),
        "precision": values["time_precision"],
        "text": values["date_text"],
    }
    out["fatalities"] = (record.get("fatalities") or {}) | {
        "best": values["fatalities"],
        "low": values["fatalities_low"],
        "high": values["fatalities_high"],
    }
    return out


def _reviewed_place(place: dict[str, Any] | None, values: dict[str, Any]) -> dict[str, Any] | None:
    if not values["location"] and values["latitude"] is None:
        return None
    base = place or {"start": None, "end": None, "text": None, "geonameid": None, "feature_code": None}
    return base | {
        "name": values["location"],
        "lat": values["latitude"],
        "lon": values["longitude"],
        "country_code": values["country_code"],
        "admin1": values["admin1"],
        "precision": values["geo_precision"],
    }


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return _iso(value)


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
