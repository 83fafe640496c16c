"""The JSON API through the ASGI app: listing, filters, paging, errors, review actions."""

from __future__ import annotations

from fastapi.testclient import TestClient
from web_helpers import first_event_id, log_in


def test_web_api_events_are_paged_with_a_total(client: TestClient) -> None:
    body = client.get("/api/events", params={"per_page": 1}).json()
    assert body["total"] == 2 and body["pages"] == 2 and len(body["items"]) == 1
    second = client.get("/api/events", params={"per_page": 1, "page": 2}).json()
    assert second["items"][0]["event_id"] != body["items"][0]["event_id"]


def test_web_api_events_filter_by_each_field(client: TestClient) -> None:
    def total(**params: str) -> int:
        response = client.get("/api/events", params=params)
        assert response.status_code == 200, response.text
        return int(response.json()["total"])

    assert total(type="Battles") == 2
    assert total(type="Protests") == 0
    assert total(kind="infighting") == 2
    assert total(actor="isis") == 2 and total(actor="nobody") == 0
    assert total(faction="foreign") == 2 and total(faction="tribal") == 0
    assert total(place="hajin") == 2 and total(place="raqqa") == 0
    assert total(since="2018-12-04", until="2018-12-04") == 2
    assert total(since="2019-01-01") == 0
    assert total(modality="asserted") == 2 and total(modality="planned") == 0
    assert total(intra="yes") == 2 and total(intra="no") == 0
    assert total(status="unreviewed") == 2 and total(status="reviewed") == 0


def test_web_api_events_sort_by_column_both_ways(reviewer: tuple[TestClient, str]) -> None:
    client, token = reviewer
    event_id = first_event_id(client)
    client.post(
        f"/api/events/{event_id}/review",
        headers={"X-CSRF-Token": token},
        json={"action": "edit", "changes": {"fatalities": 100}},
    )
    up = [e["fatalities"] for e in client.get("/api/events", params={"sort": "fatalities"}).json()["items"]]
    down = [
        e["fatalities"] for e in client.get("/api/events", params={"sort": "fatalities", "desc": "1"}).json()["items"]
    ]
    assert up == [7, 100] and down == [100, 7]
    assert client.get("/api/events", params={"sort": "record; DROP TABLE events"}).status_code == 422


def test_web_api_errors_share_one_shape(client: TestClient) -> None:
    missing = client.get("/api/events/nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found" and "nope" in missing.json()["error"]["message"]
    invalid = client.get("/api/events", params={"since": "last week", "per_page": 100000})
    assert invalid.status_code == 422
    fields = {d["field"] for d in invalid.json()["error"]["details"]}
    assert {"since", "per_page"} <= fields
    no_route = client.get("/api/nothing-here")
    assert no_route.status_code == 404 and set(no_route.json()["error"]) == {"status", "code", "message", "details"}


def test_web_api_document_has_text_and_everything_found(client: TestClient) -> None:
    doc_id = client.get("/api/documents").json()["items"][0]["doc_id"]
    body = client.get(f"/api/documents/{doc_id}").json()
    assert body["text"] and body["entities"] and body["places"] and body["events"] and body["actors"]
    for entity in body["entities"]:
        assert body["text"][entity["start"] : entity["end"]] == entity["text"]
    assert client.get("/api/documents/zzz").status_code == 404


def test_web_api_lists_actors_places_and_cross_document_results(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["items"]
    assert [a["actor_id"] for a in actors] == ["isis"] and actors[0]["events"] == 2
    actor = client.get("/api/actors/isis").json()
    assert ("foreign fighters", 2) in [tuple(f) for f in actor["factions"]]
    places = client.get("/api/places").json()["items"]
    assert places[0]["location"] == "Hajin" and places[0]["events"] == 2
    for path in ("/api/stories", "/api/contradictions"):
        body = client.get(path).json()
        assert set(body) >= {"available", "items", "total"}
    fragmentation = client.get("/api/fragmentation/isis").json()
    assert fragmentation["intra_group_by_month"][0]["n"] == 2
    assert client.get("/api/fragmentation/nobody").status_code == 404


def test_web_api_openapi_describes_the_api(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {
        "/api/events",
        "/api/events/{event_id}/review",
        "/api/documents",
        "/api/actors",
        "/api/stories",
        "/api/contradictions",
        "/api/places",
    } <= set(schema["paths"])
    assert "/events" not in schema["paths"]  # pages are not API
    assert "/api/events/{event_id}/review" in client.get("/api/docs").text


def test_web_api_review_needs_a_reviewer_and_a_token(client: TestClient) -> None:
    event_id = first_event_id(client)
    anonymous = client.post(f"/api/events/{event_id}/review", json={"action": "accept"})
    assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "login_required"
    log_in(client)
    no_token = client.post(f"/api/events/{event_id}/review", json={"action": "accept"})
    assert no_token.status_code == 403
    assert client.get("/api/events", params={"status": "reviewed"}).json()["total"] == 0


def test_web_api_review_edit_changes_values_and_keeps_an_audit_trail(reviewer: tuple[TestClient, str]) -> None:
    client, token = reviewer
    event_id = first_event_id(client)
    response = client.post(
        f"/api/events/{event_id}/review",
        headers={"X-CSRF-Token": token},
        json={
            "action": "edit",
            "reason": "toll in the second paragraph",
            "changes": {"fatalities": 9, "modality": "alleged", "actor2_faction": None},
        },
    )
    assert response.status_code == 200, response.text
    event = client.get(f"/api/events/{event_id}").json()["event"]
    assert (event["fatalities"], event["modality"], event["actor2_faction"]) == (9, "alleged", None)
    assert event["review_status"] == "edited" and event["reviewer"] == "ana"
    assert event["record"]["fatalities"]["best"] == 9 and event["record"]["actor2"]["faction"] is None
    audit = client.get(f"/api/events/{event_id}/audit").json()
    assert audit[0]["before"] == {
        "status": "unreviewed",
        "fatalities": 7,
        "modality": "asserted",
        "actor2_faction": "local fighters",
    }
    assert audit[0]["after"] == {"status": "edited", "fatalities": 9, "modality": "alleged", "actor2_faction": None}
    assert audit[0]["reviewer"] == "ana" and audit[0]["reason"] == "toll in the second paragraph"
    assert client.get("/api/events", params={"reviewed_only": "true"}).json()["total"] == 1
    assert client.get("/api/events", params={"modality": "alleged"}).json()["total"] == 1


def test_web_api_review_refuses_bad_values_with_the_reason(reviewer: tuple[TestClient, str]) -> None:
    client, token = reviewer
    event_id = first_event_id(client)
    headers = {"X-CSRF-Token": token}
    reject = client.post(f"/api/events/{event_id}/review", headers=headers, json={"action": "reject"})
    assert reject.status_code == 400 and "reason" in reject.json()["error"]["message"]
    unknown = client.post(
        f"/api/events/{event_id}/review", headers=headers, json={"action": "edit", "changes": {"confidence": 1}}
    )
    assert unknown.status_code == 422
    vocabulary = client.post(
        f"/api/events/{event_id}/review", headers=headers, json={"action": "edit", "changes": {"modality": "probably"}}
    )
    assert vocabulary.status_code == 400 and "vocabulary" in vocabulary.json()["error"]["message"]
    negative = client.post(
        f"/api/events/{event_id}/review", headers=headers, json={"action": "edit", "changes": {"fatalities": -1}}
    )
    assert negative.status_code == 422
    assert client.get(f"/api/events/{event_id}/audit").json() == []


def test_web_api_rejected_events_leave_exports_but_stay_listed(reviewer: tuple[TestClient, str]) -> None:
    client, token = reviewer
    event_id = first_event_id(client)
    response = client.post(
        f"/api/events/{event_id}/review",
        headers={"X-CSRF-Token": token},
        json={"action": "reject", "reason": "a reprint of an older clash"},
    )
    assert response.status_code == 200
    assert client.get("/api/events").json()["total"] == 2
    assert client.get("/api/events", params={"status": "rejected"}).json()["total"] == 1
    geojson = client.get("/api/events.geojson").json()
    assert event_id not in [f["id"] for f in geojson["features"]] and len(geojson["features"]) == 1
    assert client.get("/events.csv").text.count("\n") == 2  # header + the one event left
    assert client.get("/events.csv", params={"status": "rejected"}).text.count("\n") == 2
