"""Issue 17's findings on the workbench, each a request that was answered wrongly before.

Bodies are limited and logins checked before a body is read; ids match exactly and are
encoded in links; logins are throttled; roles decide who changes data; a review's values are
checked; every response, a 500 too, carries the security headers.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from records_factory import make_result
from web_helpers import PASSWORD, csrf_of, first_event_id, log_in

from faultlines.store.database import Store
from faultlines.web import auth
from faultlines.web.app import WebConfig, create_app
from faultlines.web.throttle import LoginThrottle


def asgi_post(app: Any, path: str, headers: dict[str, str]) -> tuple[int, bool]:
    """POST to the app without a body source: (status, whether the app asked for the body)."""
    asked: list[bool] = []
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        asked.append(True)
        return {"type": "http.request", "body": b"{}", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
    }
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], bool(asked)


# -- bounded cost: sizes and logins before bodies --------------------------------------------------


def test_web_security_anonymous_write_is_refused_before_its_body_is_read(app_config: WebConfig) -> None:
    app = create_app(app_config)
    huge = {"content-type": "application/json", "content-length": str(150 * 1024 * 1024)}
    assert asgi_post(app, "/api/events/x/review", huge) == (413, False)
    small = {"content-type": "application/json", "content-length": "2"}
    assert asgi_post(app, "/api/events/x/review", small) == (401, False)
    assert asgi_post(app, "/events/x/review", small) == (401, False)
    assert asgi_post(app, "/ingest", small) == (401, False)


def test_web_security_unmeasured_or_oversized_bodies_are_refused(reviewer: tuple[TestClient, str]) -> None:
    client, token = reviewer
    event_id = first_event_id(client)

    def chunks():
        yield b'{"action": "accept"}'

    chunked = client.post(
        f"/api/events/{event_id}/review",
        headers={"X-CSRF-Token": token, "content-type": "application/json"},
        content=chunks(),
    )
    assert chunked.status_code == 411 and chunked.json()["error"]["code"] == "length_required"
    big = client.post(
        f"/api/events/{event_id}/review",
        headers={"X-CSRF-Token": token},
        json={"action": "reject", "reason": "x" * 100_000},
    )
    assert big.status_code == 413 and big.json()["error"]["code"] == "too_large"
    fine = client.post(f"/api/events/{event_id}/review", headers={"X-CSRF-Token": token}, json={"action": "accept"})
    assert fine.status_code == 200, fine.text


# -- identity: exact ids, encoded links ---------------------------------------------------------


def test_web_security_ids_match_exactly_never_by_prefix_or_wildcard(client: TestClient) -> None:
    doc_id = client.get("/api/documents").json()["items"][0]["doc_id"]
    assert client.get(f"/api/documents/{doc_id}").status_code == 200
    for probe in ("_", "%25", doc_id[:6], doc_id[:-1] + "_"):
        response = client.get(f"/api/documents/{probe}")
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found", probe
        assert client.get(f"/documents/{probe}").status_code == 404, probe


def test_web_security_ids_are_url_encoded_in_links(web_db: str) -> None:
    odd = "wire/2024?id=7#top %"
    Store(web_db).write([make_result(doc_id=odd, source="odd.txt")])
    with TestClient(create_app(WebConfig(db_path=web_db))) as client:
        listing = client.get("/documents").text
        assert 'href="/documents/wire%2F2024%3Fid%3D7%23top%20%25"' in listing
        assert "/documents/wire/2024?id" not in listing
        page = client.get("/documents/wire%2F2024%3Fid%3D7%23top%20%25")
        assert page.status_code == 200 and "odd.txt" in page.text
        assert client.get("/api/documents/wire%2F2024%3Fid%3D7%23top%20%25").json()["doc_id"] == odd


# -- accounts -------------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def post_login(client: TestClient, username: str, password: str) -> Any:
    token = csrf_of(client.get("/login").text)
    return client.post(
        "/login", data={"username": username, "password": password, "csrf": token}, follow_redirects=False
    )


def test_web_security_login_locks_a_user_after_failures_then_lets_in(app_config: WebConfig) -> None:
    clock = Clock()
    throttle = LoginThrottle(user_failures=3, client_failures=100, window_s=600, clock=clock)
    config = WebConfig(db_path=app_config.db_path, login_throttle=throttle)
    with TestClient(create_app(config)) as client:
        for _ in range(3):
            assert post_login(client, "ana", "wrong password").status_code == 401
        locked = post_login(client, "ana", PASSWORD)  # even the right password waits
        assert locked.status_code == 429 and "too many failed logins: try again in 10 minutes" in locked.text
        assert int(locked.headers["retry-after"]) == 600
        for _ in range(3):  # an unknown name is locked the same way: no hint that it does not exist
            post_login(client, "nobody", "wrong password")
        assert post_login(client, "nobody", "wrong password").status_code == 429
        clock.now += 601
        assert post_login(client, "ana", PASSWORD).status_code == 303


def test_web_security_login_locks_a_client_guessing_many_users(app_config: WebConfig) -> None:
    throttle = LoginThrottle(user_failures=100, client_failures=4, clock=Clock())
    config = WebConfig(db_path=app_config.db_path, login_throttle=throttle)
    with TestClient(create_app(config)) as client:
        for name in ("ana", "ben", "cy", "dee"):
            assert post_login(client, name, "wrong password").status_code == 401
        assert post_login(client, "ana", PASSWORD).status_code == 429


def test_web_security_unknown_users_cost_the_same_work(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = Store(tmp_path / "auth.duckdb")
    auth.add_user(store, "ana", PASSWORD)
    calls: list[int] = []
    real = hashlib.scrypt
    monkeypatch.setattr(auth.hashlib, "scrypt", lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    for username in ("ana", "nobody"):
        calls.clear()
        with pytest.raises(auth.AuthError):
            auth.login(store, username, "wrong password")
        assert len(calls) == 1, username


def test_web_security_new_password_ends_sessions(reviewer: tuple[TestClient, str], web_db: str) -> None:
    client, token = reviewer
    event_id = first_event_id(client)
    auth.add_user(Store(web_db), "ana", "a new long password", replace=True)
    response = client.post(f"/api/events/{event_id}/review", headers={"X-CSRF-Token": token}, json={"action": "accept"})
    assert response.status_code == 401


def test_web_security_readers_read_but_neither_review_nor_ingest(client: TestClient, web_db: str) -> None:
    auth.add_user(Store(web_db), "ben", PASSWORD, role="reader")
    token = log_in(client, "ben")
    assert client.get("/events").status_code == 200
    assert 'href="/ingest"' not in client.get("/").text
    assert client.get("/ingest").status_code == 403
    event_id = first_event_id(client)
    review = client.post(f"/api/events/{event_id}/review", headers={"X-CSRF-Token": token}, json={"action": "accept"})
    assert review.status_code == 403 and "reader" in review.json()["error"]["message"]


def test_web_security_users_command_lists_disables_and_removes(web_db: str) -> None:
    from faultlines.cli import main

    runner = CliRunner()
    added = runner.invoke(
        main, ["users", "add", "ben", "--role", "reader", "--password-stdin", "--db", web_db], input=PASSWORD + "\n"
    )
    assert added.exit_code == 0, added.output
    assert runner.invoke(main, ["users", "list", "--db", web_db]).output.splitlines() == [
        "ana\treviewer\tactive",
        "ben\treader\tactive",
    ]
    session = auth.login(Store(web_db), "ben", PASSWORD)
    assert runner.invoke(main, ["users", "disable", "ben", "--db", web_db]).exit_code == 0
    assert auth.session_of(Store(web_db), session.token) is None
    with pytest.raises(auth.AuthError, match="disabled"):
        auth.login(Store(web_db), "ben", PASSWORD)
    assert "ben\treader\tdisabled" in runner.invoke(main, ["users", "list", "--db", web_db]).output
    assert runner.invoke(main, ["users", "enable", "ben", "--db", web_db]).exit_code == 0
    assert auth.login(Store(web_db), "ben", PASSWORD).role == "reader"
    assert runner.invoke(main, ["users", "remove", "ben", "--db", web_db]).exit_code == 0
    missing = runner.invoke(main, ["users", "remove", "ben", "--db", web_db])
    assert missing.exit_code == 2 and "no user 'ben'" in missing.output


def test_web_security_cli_roles_are_the_accounts_roles() -> None:
    from faultlines.cli.serve import ROLES

    assert ROLES == auth.ROLES


# -- validation and error responses -------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "status", "words"),
    [
        ({"fatalities": 10**23}, 422, "fatalities"),
        ({"date_end": "2018-11-01"}, 400, "before date_start"),
        ({"fatalities_low": 9, "fatalities_high": 3}, 400, "above fatalities_high"),
        ({"country_code": "<b>"}, 422, "country_code"),
        ({"country_code": "QQ"}, 400, "ISO 3166"),
        ({"sub_event_type": "Grenade"}, 400, "not a kind of"),
    ],
)
def test_web_security_review_values_are_checked_with_the_coded_error_shape(
    reviewer: tuple[TestClient, str], changes: dict[str, Any], status: int, words: str
) -> None:
    client, token = reviewer
    event_id = first_event_id(client)
    response = client.post(
        f"/api/events/{event_id}/review", headers={"X-CSRF-Token": token}, json={"action": "edit", "changes": changes}
    )
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["status"] == status and error["code"] in ("bad_request", "invalid_input") and words in error["message"]
    assert client.get(f"/api/events/{event_id}/audit").json() == []


def test_web_security_headers_are_on_every_response_even_a_500(app_config: WebConfig) -> None:
    app = create_app(app_config)

    def broken() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/api/broken", broken)
    app.add_api_route("/broken", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        for path in ("/api/broken", "/broken", "/no/such/page", "/api/events/none"):
            response = client.get(path)
            assert response.status_code in (404, 500), path
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"], path
            assert response.headers["x-content-type-options"] == "nosniff", path
        assert client.get("/api/broken").json()["error"]["code"] == "internal_error"
