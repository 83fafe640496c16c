"""The actor network: actors and their factions, linked by what they did to each other.

Nodes are actors (id ``isis``) and factions (``isis|foreign fighters``, joined to their actor
by a ``faction_of`` edge). Each canonical event that happened adds to the edge between its two
sides (the faction node when a faction is known): ``hostile`` (battles, violence, explosions,
riots), ``cooperative`` (agreements, negotiations), ``exit`` (defection and desertion), or
``other``, with ``fatalities`` summed, first and last dates and the canonical event ids.
An intra-group event between two factions of one actor is also counted as ``intra``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from faultlines.across.factions import clean_factions, known_factions
from faultlines.across.fragmentation import EXIT_KINDS, HAPPENED
from faultlines.store.database import Store

HOSTILE_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"})
COOPERATIVE_KINDS = frozenset({"agreement", "negotiation"})
RELATIONS = ("hostile", "cooperative", "exit", "other")
FORMATS = ("graphml", "json")


def relation_of(event: dict[str, Any]) -> str:
    if event.get("kind") in EXIT_KINDS:
        return "exit"
    if event.get("kind") in COOPERATIVE_KINDS or event.get("sub_event_type") == "Agreement":
        return "cooperative"
    if event.get("event_type") in HOSTILE_TYPES:
        return "hostile"
    return "other"


def build_network(events: list[dict[str, Any]], names: dict[str, str] | None = None) -> nx.Graph:
    """The graph of canonical event rows (dicts with the canonical_events columns)."""
    graph = nx.Graph()
    names = names or {}
    for event in sorted(events, key=lambda e: e["canonical_id"]):
        if event.get("modality") not in HAPPENED:
            continue
        sides = [_node(graph, event, slot, names) for slot in ("actor1", "actor2")]
        if sides[0] is None or sides[1] is None:
            continue
        _add_event(graph, sides[0], sides[1], event)
    return graph


def actor_network(store: Store, *, since: str | None = None, until: str | None = None) -> nx.Graph:
    """The network of the stored canonical events dated within [since, until] (undated ones
    are included only when no period is given)."""
    with store.reader() as con:
        cursor = con.execute(
            "SELECT canonical_id, event_type, sub_event_type, kind, modality, intra_group, actor1_id, actor1, "
            "actor1_faction, actor2_id, actor2, actor2_faction, CAST(date_start AS VARCHAR) AS date_start, "
            "fatalities FROM canonical_events WHERE (? IS NULL OR date_end >= CAST(? AS DATE)) "
            "AND (? IS NULL OR date_start <= CAST(? AS DATE)) ORDER BY canonical_id",
            [since, since, until, until],
        )
        columns = [d[0] for d in cursor.description]
        events = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        names = dict(con.execute("SELECT actor_id, name FROM actors").fetchall())
    return build_network(clean_factions(events, known_factions(store)), names)


def actor_neighbourhood(graph: nx.Graph, actor_id: str, *, depth: int = 1) -> nx.Graph:
    """The actor, its factions and everything within ``depth`` edges of them."""
    seeds = [n for n, data in graph.nodes(data=True) if data.get("actor_id") == actor_id]
    keep: set[str] = set()
    for seed in seeds:
        keep |= set(nx.ego_graph(graph, seed, radius=depth + 1 if "|" in seed else depth))
    return graph.subgraph(sorted(keep)).copy()


def network_json(graph: nx.Graph) -> dict[str, Any]:
    """Nodes and edges as JSON (networkx's node-link shape)."""
    return nx.node_link_data(graph, edges="edges")


def write_network(graph: nx.Graph, path: str | Path, *, fmt: str = "graphml") -> Path:
    """Write the graph as GraphML or JSON; lists are stored as JSON strings in GraphML."""
    out = Path(path)
    if fmt == "json":
        out.write_text(json.dumps(network_json(graph), indent=2, default=str), encoding="utf-8")
    elif fmt == "graphml":
        flat = graph.copy()
        for _, _, data in flat.edges(data=True):
            data["canonical_events"] = json.dumps(data.get("canonical_events", []))
        nx.write_graphml(flat, out)
    else:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return out


def _node(graph: nx.Graph, event: dict[str, Any], slot: str, names: dict[str, str]) -> str | None:
    actor_id = event.get(f"{slot}_id")
    if not actor_id:
        return None
    if actor_id not in graph:
        graph.add_node(
            actor_id, kind="actor", actor_id=actor_id, name=names.get(actor_id) or event.get(slot) or actor_id
        )
    faction = (event.get(f"{slot}_faction") or "").strip().lower()
    if not faction:
        return actor_id
    node = f"{actor_id}|{faction}"
    if node not in graph:
        graph.add_node(node, kind="faction", actor_id=actor_id, name=faction)
        graph.add_edge(node, actor_id, relation="faction_of")
    return node


def _add_event(graph: nx.Graph, a: str, b: str, event: dict[str, Any]) -> None:
    if not graph.has_edge(a, b):
        graph.add_edge(a, b, relation="events")
    data = graph.edges[a, b]
    for key, default in (("events", 0), ("fatalities", 0), ("intra", 0), ("first", ""), ("last", ""),
                         *((r, 0) for r in RELATIONS)):  # fmt: skip
        data.setdefault(key, default)
    data.setdefault("canonical_events", [])
    data["events"] += 1
    data[relation_of(event)] += 1
    data["intra"] += bool(event.get("intra_group"))
    data["fatalities"] += int(event.get("fatalities") or 0)
    data["canonical_events"].append(event["canonical_id"])
    date = event.get("date_start")
    if date:
        data["first"] = min(filter(None, (data["first"], str(date))))
        data["last"] = max(data["last"], str(date))
