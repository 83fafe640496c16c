import json

import networkx as nx

from faultlines.across.network import actor_neighbourhood, build_network, relation_of, write_network

EVENTS = [
    {"canonical_id": "c1", "event_type": "Battles", "kind": "infighting", "modality": "asserted", "intra_group": True,
     "actor1_id": "isis", "actor1_faction": "foreign fighters", "actor2_id": "isis", "actor2_faction": "local fighters",
     "date_start": "2018-12-04", "fatalities": 7},
    {"canonical_id": "c2", "event_type": "Strategic developments", "sub_event_type": "Agreement", "kind": "agreement",
     "modality": "asserted", "actor1_id": "sdf", "actor2_id": "coalition", "date_start": "2018-12-05"},
    {"canonical_id": "c3", "event_type": "Battles", "kind": "armed_clash", "modality": "asserted", "actor1_id": "sdf",
     "actor2_id": "isis", "date_start": "2018-12-06", "fatalities": 3},
    {"canonical_id": "c4", "event_type": "Battles", "kind": "armed_clash", "modality": "planned", "actor1_id": "sdf",
     "actor2_id": "isis"},
]  # fmt: skip


def test_network_edges_count_hostile_cooperative_and_factions() -> None:
    graph = build_network(EVENTS, {"isis": "Islamic State"})
    faction_edge = graph.edges["isis|foreign fighters", "isis|local fighters"]
    assert (faction_edge["hostile"], faction_edge["intra"], faction_edge["fatalities"]) == (1, 1, 7)
    assert graph.edges["sdf", "coalition"]["cooperative"] == 1
    assert graph.edges["sdf", "isis"]["events"] == 1  # the planned clash did not happen
    assert graph.nodes["isis"]["name"] == "Islamic State"
    assert relation_of({"kind": "desertion"}) == "exit"


def test_network_neighbourhood_and_exports_round_trip(tmp_path) -> None:
    graph = build_network(EVENTS)
    around = actor_neighbourhood(graph, "coalition")
    assert set(around) == {"coalition", "sdf"}
    write_network(graph, tmp_path / "g.graphml")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_edges() == graph.number_of_edges()
    write_network(graph, tmp_path / "g.json", fmt="json")
    assert len(json.loads((tmp_path / "g.json").read_text())["edges"]) == graph.number_of_edges()
