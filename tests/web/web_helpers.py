"""Helpers shared by the workbench tests (their fixtures are in tests/fixtures/web.py)."""

from __future__ import annotations

import dataclasses
import json
import re
import socket
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient
from records_factory import make_result

from faultlines.records import DocumentResult
from faultlines.store.database import Store

PASSWORD = "correct horse battery"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SECOND = (
    "Rebels of the Islamic State clashed with deserters near Hajin on Friday, killing two, a local "
    "activist told the Syrian Observatory."
)
XSS = (
    'Breaking <script>document.title="pwned"; window.__xss = 1;</script> fighters clashed in Hajin '
    '<img src=x onerror="window.__xss = 2"> and <b>bold</b> claims were made.'
)


def result_for(text: str, *, title: str | None = None, source: str = "upload.txt") -> DocumentResult:
    """A stored result for any text with "clashed" and "Hajin" in it (what the factory needs)."""
    result = make_result(text, source=source)
    assert result.meta is not None
    return dataclasses.replace(result, meta=dataclasses.replace(result.meta, title=title or result.meta.title))


def varied(text: str, **changes: object) -> DocumentResult:
    """The factory's result for ``text`` (with "clashed" and "Hajin" in it) with its one event
    changed: Event fields by name, and the place's ``country_code``, ``admin1``, ``name``, ``lat``
    and ``lon``."""
    result = make_result(text, source=f"{text[:12]}.txt")
    event = result.events[0]
    assert event.place is not None
    place_fields = ("country_code", "admin1", "name", "lat", "lon")
    place = dataclasses.replace(event.place, **{k: changes.pop(k) for k in place_fields if k in changes})  # type: ignore[arg-type]
    event = dataclasses.replace(event, place=place, **changes)  # type: ignore[arg-type]
    return dataclasses.replace(result, events=(event,))


def fake_runner(store: Store) -> Callable[..., tuple[str, list[str]]]:
    """Stores a hand-built result per uploaded file, reporting progress per file."""

    def run(paths: list[str], progress: Callable[[int], None]) -> tuple[str, list[str]]:
        ids = []
        for path in paths:
            raw = Path(path).read_text(encoding="utf-8")
            record = json.loads(raw) if path.endswith(".json") else {"text": raw}
            result = result_for(record["text"], title=record.get("title"), source=Path(path).name)
            store.write([result])
            assert result.meta is not None
            ids.append(result.meta.doc_id)
            progress(1)
        return f"{len(ids)} documents stored", ids

    return run


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def log_in(client: TestClient, username: str = "ana", password: str = PASSWORD) -> str:
    """Log the client in through the form; return the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    response = client.post(
        "/login", data={"username": username, "password": password, "csrf": token}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/").text)


def first_event_id(client: TestClient, **params: str) -> str:
    items = client.get("/api/events", params=params).json()["items"]
    assert items, "no events"
    return str(items[0]["event_id"])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
