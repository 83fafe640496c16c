"""Pages through the ASGI app: every page renders, untrusted text is escaped, forms are guarded."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from web_helpers import XSS, csrf_of, first_event_id, log_in

PAGES = ("/", "/documents", "/events", "/map", "/actors", "/actors/isis", "/stories", "/ingest", "/login", "/api/docs")


@pytest.mark.parametrize("path", PAGES)
def test_web_pages_render_with_a_strict_content_security_policy(client: TestClient, path: str) -> None:
    if path == "/ingest":
        log_in(client)  # for reviewers and admins only
    response = client.get(path)
    assert response.status_code == 200, response.text
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "object-src 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text and " style=" not in response.text  # no inline script or style


def test_web_pages_document_and_event_highlight_what_was_found(client: TestClient) -> None:
    doc_id = client.get("/api/documents").json()["items"][0]["doc_id"]
    html = client.get(f"/documents/{doc_id}").text
    assert 'class="hl k-evidence k-place"' in html and "k-entity" in html and "k-trigger" in html
    event_id = first_event_id(client)
    event = client.get(f"/events/{event_id}").text
    assert 'class="hl k-evidence k-trigger"' in event
    assert "Evidence in 2 reports" in event  # the other report of the same clash, with its own evidence
    assert event.count('class="doc-text"') == 2


def test_web_pages_escape_untrusted_text_and_titles(app_config, client: TestClient) -> None:
    from web_helpers import result_for

    from faultlines.store.database import Store

    result = result_for(XSS, title='<img src=x onerror="alert(1)">Title', source="<script>x</script>.txt")
    Store(app_config.db_path).write([result])
    assert result.meta is not None
    for path in (f"/documents/{result.meta.doc_id}", "/documents", "/", "/events"):
        html = client.get(path).text
        assert "<script>document" not in html and "<img src=x onerror" not in html, path
    document = client.get(f"/documents/{result.meta.doc_id}").text
    assert "&lt;script" in document and "onerror=&#34;window.__xss = 2&#34;&gt;" in document
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;Title" in document


def test_web_pages_filter_sort_and_page_the_events_table(client: TestClient) -> None:
    html = client.get("/events", params={"kind": "infighting", "per_page": 1, "sort": "date_start"}).text
    assert html.count('class="event-row"') == 1 and "page 1 of 2" in html
    assert "/events.csv?kind=infighting&amp;per_page=1" in html or "/events.csv?" in html
    assert 'class="event-row"' not in client.get("/events", params={"type": "Riots"}).text
    bad = client.get("/events", params={"since": "yesterday"})
    assert bad.status_code == 422 and "since" in bad.text


def test_web_pages_view_exports_follow_the_filters(client: TestClient) -> None:
    assert client.get("/events.csv", params={"place": "hajin"}).text.count("\n") == 3
    assert client.get("/events.csv", params={"place": "raqqa"}).text.count("\n") == 1
    features = client.get("/events.geojson", params={"actor": "isis"}).json()["features"]
    assert len(features) == 2 and features[0]["geometry"]["coordinates"] == [40.83, 34.69]


def test_web_pages_login_sets_a_guarded_session_cookie(app_config) -> None:
    from faultlines.web.app import create_app

    with TestClient(create_app(app_config), base_url="https://testserver") as client:
        token = csrf_of(client.get("/login").text)
        wrong = client.post("/login", data={"username": "ana", "password": "nope-nope", "csrf": token})
        assert wrong.status_code == 401 and "wrong username or password" in wrong.text
        ok = client.post(
            "/login",
            data={"username": "ana", "password": "correct horse battery", "csrf": token},
            follow_redirects=False,
        )
        cookie = ok.headers["set-cookie"].lower()
        assert "fl_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie and "secure" in cookie
        assert ">ana<" in client.get("/").text


def test_web_pages_forms_refuse_a_missing_or_foreign_token(client: TestClient) -> None:
    assert client.post("/login", data={"username": "ana", "password": "x" * 9}).status_code == 403
    log_in(client)
    event_id = first_event_id(client)
    forged = client.post(f"/events/{event_id}/review", data={"action": "accept", "csrf": "forged"})
    assert forged.status_code == 403
    assert client.get(f"/api/events/{event_id}").json()["event"]["review_status"] == "unreviewed"


def test_web_pages_review_form_edits_only_changed_fields(reviewer) -> None:
    client, token = reviewer
    event_id = first_event_id(client)
    form = client.get(f"/events/{event_id}").text
    assert 'id="review-edit"' in form
    fields = {
        "csrf": token,
        "action": "edit",
        "reason": "the monitor said nine",
        "fatalities": "9",
        "location": "Hajin",
        "latitude": "34.69",
        "modality": "asserted",
        "intra_group": "yes",
    }
    response = client.post(f"/events/{event_id}/review", data=fields, follow_redirects=False)
    assert response.status_code == 303
    audit = client.get(f"/api/events/{event_id}/audit").json()
    assert audit[0]["after"] == {"status": "edited", "fatalities": 9}
    assert "the monitor said nine" in client.get(f"/events/{event_id}").text


def test_web_pages_logout_ends_the_session(reviewer) -> None:
    client, token = reviewer
    assert client.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert "Reviewer log in" in client.get("/").text
    event_id = first_event_id(client)
    assert (
        client.post(
            f"/api/events/{event_id}/review", json={"action": "accept"}, headers={"X-CSRF-Token": token}
        ).status_code
        == 401
    )


def test_web_pages_ingest_needs_a_reviewer(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    response = client.post("/ingest", data={"csrf": token, "text": "x clashed in Hajin"})
    assert response.status_code == 401


def test_web_pages_ingest_refuses_wrong_types_and_sizes(reviewer) -> None:
    client, token = reviewer
    cases = [
        ({"files": ("report.exe", b"MZ", "application/octet-stream")}, 415),
        ({"files": ("../../etc/passwd.txt", b"\x00\x01binary", "text/plain")}, 415),
        ({"files": ("big.txt", b"a" * (2048 * 1024 + 10), "text/plain")}, 413),
        ({}, 400),
    ]
    for files, status in cases:
        response = client.post("/ingest", data={"csrf": token}, files=files)
        assert response.status_code == status, (files.keys(), response.status_code)


def test_web_pages_ingest_runs_in_the_background_with_progress(reviewer) -> None:
    client, token = reviewer
    response = client.post(
        "/ingest",
        data={"csrf": token, "title": "Pasted", "text": "Guards clashed in Hajin at dawn."},
        files={"files": ("../../../tmp/evil.txt", b"Fighters clashed near Hajin.", "text/plain")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    job_url = "/api" + response.headers["location"]
    deadline = time.monotonic() + 20
    while (job := client.get(job_url).json())["status"] in ("queued", "running"):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert job["status"] == "done" and job["done"] == job["files"] == 2 and len(job["doc_ids"]) == 2
    titles = [d["title"] for d in client.get("/api/documents").json()["items"]]
    assert "Pasted" in titles
    sources = [d["source"] for d in client.get("/api/documents").json()["items"]]
    assert "000.txt" in sources and not any("evil" in s for s in sources)
