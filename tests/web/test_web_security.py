"""Issue 17's findings on the workbench, each a request that was answered wrongly before.

Bodies are limited and logins checked before a body is read; ids match exactly and are
encoded in links; logins are throttled; roles decide who changes data; a review's values are
checked; every response, a 500 too, carries the security headers.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import itertools
import random
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from records_factory import make_result
from web_helpers import PASSWORD, csrf_of, first_event_id, log_in

from faultlines.records import Entity
from faultlines.store import accounts as auth
from faultlines.store.database import Store
from faultlines.web import detail
from faultlines.web.app import WebConfig, create_app
from faultlines.web.highlight import Mark, part_of, segments, windows
from faultlines.web.throttle import LoginThrottle


def asgi_post(app: Any, path: str, headers: dict[str, str]) -> tuple[int, bool]:
    """POST to the app: (status, whether the app asked for the body); the answer has the CSP."""
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
    # in a thread of its own: a browser test of the same session may hold this thread's event loop
    worker = threading.Thread(target=lambda: asyncio.run(app(scope, receive, send)))
    worker.start()
    worker.join()
    assert b"content-security-policy" in dict(sent[0]["headers"])
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
    replaced = runner.invoke(
        main, ["users", "add", "ben", "--replace", "--password-stdin", "--db", web_db], input="another password\n"
    )
    assert replaced.exit_code == 0 and auth.login(Store(web_db), "ben", "another password").role == "reader"
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


# -- document pages in parts, highlighting in one sweep ------------------------------------------


def naive_segments(text: str, marks: list[Mark], start: int, end: int) -> list[tuple[str, tuple[Mark, ...], tuple]]:
    """The cut by definition: every boundary, every mark over each piece (quadratic, for checking)."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text) and m.start < end and m.end > start]
    cuts = sorted({start, end, *(max(m.start, start) for m in valid), *(min(m.end, end) for m in valid)})
    return [
        (
            text[a:b],
            tuple(m for m in valid if max(m.start, start) <= a and min(m.end, end) >= b),
            tuple(m.anchor for m in valid if m.start == a and m.anchor),
        )
        for a, b in itertools.pairwise(cuts)
    ]


@pytest.mark.parametrize("seed", range(30))
def test_highlight_sweep_cuts_as_the_definition_does(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("ab ") for _ in range(rng.randint(1, 300)))
    marks = []
    for i in range(rng.randint(0, 40)):
        a = rng.randint(-5, len(text) + 5)
        marks.append(
            Mark(a, a + rng.randint(-2, 60), rng.choice(["entity", "evidence"]), f"m{i}", rng.choice([None, f"a{i}"]))
        )
    start = rng.randint(0, len(text) - 1)
    end = rng.randint(start + 1, len(text))
    found = [(s.text, s.marks, s.anchors) for s in segments(text, marks, start=start, end=end)]
    assert found == naive_segments(text, marks, start, end)
    assert "".join(s[0] for s in found) == text[start:end]


def test_highlight_windows_cover_the_text_cut_at_spaces() -> None:
    text = "word " * 1000 + "x" * 700
    parts = windows(text, 300)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a < b <= a + 300 for a, b in parts) and all(b == c for (_, b), (c, _) in itertools.pairwise(parts))
    assert all(text[b - 1] == " " for _, b in parts[:-4])  # the run of x has no space to cut at
    assert part_of(parts, 0) == 1 and part_of(parts, len(text) - 1) == len(parts) and part_of(parts, None) == 1


def test_web_security_long_documents_are_shown_a_part_at_a_time(
    client: TestClient, web_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detail, "PART_CHARS", 200)
    sentence = "Foreign fighters of the Islamic State clashed with local members in Hajin on Tuesday. "
    text = sentence * 12  # about 1,000 characters: five or six parts
    late = text.rindex("Islamic State")  # an entity in the last part
    result = make_result(text, source="long.txt")
    result = dataclasses.replace(result, entities=(Entity(late, late + 13, "Islamic State", "ARMED_GROUP", "isis"),))
    Store(web_db).write([result])
    doc_id = result.meta.doc_id  # type: ignore[union-attr]
    first = client.get(f"/documents/{doc_id}")
    assert first.status_code == 200 and "part 1 of " in first.text
    shown = first.text.split('<div class="doc-text">')[1].split("</div>")[0]
    assert len(shown) < 2_000 and shown.count("Hajin") <= 3  # one part, not the whole text
    assert 'href="?part=2" rel="next"' in first.text
    last = int(first.text.split("part 1 of ")[1].split(" ")[0])
    holder = part_of(windows(text, 200), late)
    assert holder > 1 and f'href="?part={holder}#ent-0"' in first.text  # the side list leads to the entity's part
    assert 'id="ent-0"' not in first.text and 'id="ent-0"' in client.get(f"/documents/{doc_id}?part={holder}").text
    assert client.get(f"/documents/{doc_id}", params={"part": last}).status_code == 200
    assert client.get(f"/documents/{doc_id}", params={"part": last + 1}).status_code == 404
    api = client.get(f"/api/documents/{doc_id}").json()
    assert api["text"] == text and "segments" not in api


def test_web_security_review_form_resolves_a_typed_actor_and_refuses_bad_dates(
    reviewer: tuple[TestClient, str],
) -> None:
    client, token = reviewer
    event_id = first_event_id(client)
    renamed = client.post(
        f"/events/{event_id}/review",
        data={"csrf": token, "action": "edit", "actor1": "Islamic Resistance Movement"},
        follow_redirects=False,
    )
    assert renamed.status_code == 303, renamed.text
    event = client.get(f"/api/events/{event_id}").json()["event"]
    assert (event["actor1"], event["actor1_id"], event["inter1"]) == ("Hamas", "hamas", 3)
    backwards = client.post(
        f"/events/{event_id}/review", data={"csrf": token, "action": "edit", "date_end": "2001-01-01"}
    )
    assert backwards.status_code == 400 and "before date_start" in backwards.text
    assert "frame-ancestors 'none'" in backwards.headers["content-security-policy"]
