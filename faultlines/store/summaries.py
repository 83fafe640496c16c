"""Lists and counts the workbench, the API and the CLI show: documents, actors, places, months.

Part of the read service (:mod:`faultlines.store.read` names them all).

Every event count here is over reviewed values (:func:`overlaid_events_sql`) and leaves out
events a reviewer rejected.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import duckdb

from faultlines.store.database import Store
from faultlines.store.review import overlaid_events_sql

LIVE = f"(SELECT * FROM ({overlaid_events_sql()}) WHERE review_status <> 'rejected')"
INTRA = "intra_group"


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def list_documents(store: Store, *, limit: int, offset: int, search: str | None = None) -> tuple[list[dict], int]:
    """Documents (newest first) with their event counts, and how many there are in all."""
    where, values = "", []
    if search:
        where = " WHERE lower(coalesce(d.title, '') || '|' || coalesce(d.outlet, '') || '|' || d.source) LIKE ?"
        values.append(f"%{search.lower()}%")
    with store.reader() as con:
        total = con.execute(f"SELECT count(*) FROM documents d{where}", values).fetchone()[0]  # type: ignore[index]
        rows = _dicts(
            con.execute(
                "SELECT d.doc_id, d.title, d.outlet, d.source, d.published, d.chars, d.ingested_at, "
                "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events "
                f"FROM documents d{where} ORDER BY d.ingested_at DESC, d.doc_id "
                f"LIMIT {int(limit)} OFFSET {int(offset)}",
                values,
            )
        )
    return rows, int(total)


def document_actors(store: Store, doc_id: str) -> list[dict[str, Any]]:
    with store.reader() as con:
        rows = _dicts(
            con.execute(
                "SELECT da.actor_id, a.name, a.inter, da.aliases_seen, da.factions FROM document_actors da "
                "LEFT JOIN actors a USING (actor_id) WHERE da.doc_id = ? ORDER BY a.name",
                [doc_id],
            )
        )
    for row in rows:
        row["aliases_seen"] = json.loads(row["aliases_seen"] or "[]")
        row["factions"] = json.loads(row["factions"] or "[]")
    return rows


def monthly_counts(
    store: Store, *, actor_id: str | None = None, intra_only: bool = False, by: str = "kind"
) -> list[dict[str, Any]]:
    """Events per month and kind (or ACLED event type): [{"month": date, "kind": str, "n": int}]."""
    series = "event_type" if by == "event_type" else "coalesce(kind, event_type)"
    clauses, values = ["date_start IS NOT NULL"], []
    if actor_id:
        clauses.append("(actor1_id = ? OR actor2_id = ?)")
        values += [actor_id, actor_id]
    if intra_only:
        clauses.append(INTRA)
    with store.reader() as con:
        return _dicts(
            con.execute(
                f"SELECT date_trunc('month', date_start) AS month, {series} AS kind, count(*) AS n "
                f"FROM {LIVE} WHERE {' AND '.join(clauses)} GROUP BY ALL ORDER BY month, kind",
                values,
            )
        )


def list_actors(store: Store, *, search: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Actors with how many documents mention them and how many events they take part in."""
    where, values = "", []
    if search:
        where = " WHERE lower(a.name || '|' || a.actor_id) LIKE ?"
        values.append(f"%{search.lower()}%")
    with store.reader() as con:
        return _dicts(con.execute(ACTORS_SQL.format(live=LIVE, where=where, limit=int(limit)), values))


ACTORS_SQL = """
SELECT a.actor_id, a.name, a.inter, a.country, coalesce(dc.documents, 0) AS documents,
       coalesce(ev.events, 0) AS events, coalesce(ev.intra_events, 0) AS intra_events
FROM actors a
LEFT JOIN (SELECT actor_id, count(DISTINCT doc_id) AS documents FROM document_actors GROUP BY actor_id) dc
       USING (actor_id)
LEFT JOIN (SELECT actor_id, count(DISTINCT event_id) AS events,
                  count(DISTINCT event_id) FILTER (WHERE intra_group) AS intra_events
           FROM (SELECT event_id, actor1_id AS actor_id, intra_group FROM {live}
                 UNION ALL SELECT event_id, actor2_id, intra_group FROM {live})
           GROUP BY actor_id) ev USING (actor_id)
{where} ORDER BY events DESC, documents DESC, a.name LIMIT {limit}
"""


def actor_detail(store: Store, actor_id: str) -> dict[str, Any] | None:
    """One actor: aliases and factions seen (with counts) and its network neighbourhood."""
    with store.reader() as con:
        found = _dicts(con.execute("SELECT actor_id, name, inter, country FROM actors WHERE actor_id = ?", [actor_id]))
        if not found:
            return None
        actor = found[0]
        mentions = con.execute(
            "SELECT aliases_seen, factions FROM document_actors WHERE actor_id = ?", [actor_id]
        ).fetchall()
        sides = _dicts(
            con.execute(
                f"SELECT actor1_id, actor1, actor1_faction, actor2_id, actor2, actor2_faction, kind, intra_group "
                f"FROM {LIVE} WHERE actor1_id = ? OR actor2_id = ?",
                [actor_id, actor_id],
            )
        )
    aliases: Counter[str] = Counter()
    factions: Counter[str] = Counter()
    for aliases_seen, faction_list in mentions:
        aliases.update(json.loads(aliases_seen or "[]"))
        factions.update(json.loads(faction_list or "[]"))
    actor["aliases"] = aliases.most_common()
    actor["factions"] = _event_factions(sides, actor_id, factions).most_common()
    actor["neighbours"] = neighbours(sides, actor_id)
    return actor


def _event_factions(sides: list[dict[str, Any]], actor_id: str, factions: Counter[str]) -> Counter[str]:
    """Factions by the number of reports naming them, plus those only seen in (reviewed) events."""
    extra: Counter[str] = Counter()
    for row in sides:
        for n in ("1", "2"):
            name = row[f"actor{n}_faction"]
            if row[f"actor{n}_id"] == actor_id and name and name not in factions:
                extra[name] += 1
    return factions + extra


def neighbours(sides: list[dict[str, Any]], actor_id: str) -> list[dict[str, Any]]:
    """Who the actor meets in events (the other side, or its own factions for intra-group events)."""
    links: Counter[tuple[str | None, str]] = Counter()
    for row in sides:
        if row["intra_group"]:
            links[(actor_id, "(own factions)")] += 1
            continue
        other = "2" if row["actor1_id"] == actor_id else "1"
        name = row[f"actor{other}"]
        if name:
            links[(row[f"actor{other}_id"], name)] += 1
    return [{"actor_id": a, "name": n, "events": c} for (a, n), c in links.most_common(16)]


def list_places(store: Store, *, limit: int = 500) -> list[dict[str, Any]]:
    """Places events happened at, with coordinates and event counts."""
    with store.reader() as con:
        return _dicts(
            con.execute(
                "SELECT location, country_code, admin1, avg(latitude) AS latitude, avg(longitude) AS longitude, "
                "min(geo_precision) AS geo_precision, count(*) AS events, sum(coalesce(fatalities, 0)) AS fatalities "
                f"FROM {LIVE} WHERE location IS NOT NULL GROUP BY ALL ORDER BY events DESC, location LIMIT {int(limit)}"
            )
        )


def same_event_elsewhere(store: Store, event: dict[str, Any]) -> list[dict[str, Any]]:
    """Events of other reports with the same type, place and day: likely the same event."""
    if event["date_start"] is None or event["location"] is None:
        return []
    with store.reader() as con:
        return _dicts(
            con.execute(
                f"SELECT event_id, doc_id FROM {LIVE} WHERE doc_id <> ? AND event_type = ? "
                "AND lower(location) = lower(?) AND date_start = ? LIMIT 20",
                [event["doc_id"], event["event_type"], event["location"], event["date_start"]],
            )
        )


def recent_failures(store: Store, *, limit: int = 10) -> list[dict[str, Any]]:
    with store.reader() as con:
        return _dicts(
            con.execute(
                "SELECT source, code, message, stage, doc_id, last_seen FROM failures "
                f"ORDER BY last_seen DESC LIMIT {int(limit)}"
            )
        )
