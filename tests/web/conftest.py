"""Fixtures for the workbench: a store of hand-built results, an app over it, a reviewer.

Nothing here loads a model: uploads are "ingested" by a stand-in runner that stores a
hand-built result per file (the real pipeline is exercised by the slow tests).
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from records_factory import failed, make_result
from web_helpers import CHROMIUM_ARGS, PASSWORD, SECOND, fake_runner, free_port, log_in, result_for

from faultlines.store.accounts import add_user
from faultlines.store.database import Store
from faultlines.web.app import WebConfig, create_app


@pytest.fixture(scope="session")
def web_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: two reports (one event each), one failure and a reviewer, "ana"."""
    path = tmp_path_factory.mktemp("template") / "web.duckdb"
    store = Store(path)
    store.write(
        [make_result(), result_for(SECOND, title="Executions in Hajin", source="second.txt"), failed("scan.pdf.txt")]
    )
    add_user(store, "ana", PASSWORD)
    return path


@pytest.fixture
def web_db(web_db_template: Path, tmp_path: Path) -> str:
    """A fresh copy of the template database for one test."""
    path = tmp_path / "web.duckdb"
    shutil.copyfile(web_db_template, path)
    return str(path)


@pytest.fixture
def app_config(web_db: str) -> WebConfig:
    return WebConfig(db_path=web_db, runner=fake_runner(Store(web_db)))


@pytest.fixture
def client(app_config: WebConfig) -> Iterator[TestClient]:
    with TestClient(create_app(app_config)) as test_client:
        yield test_client


@pytest.fixture
def reviewer(client: TestClient) -> tuple[TestClient, str]:
    """The client, logged in as reviewer "ana", and the session's CSRF token."""
    return client, log_in(client)


@pytest.fixture
def live_server(app_config: WebConfig) -> Iterator[str]:
    """The workbench served by uvicorn on a free loopback port, in a thread."""
    uvicorn = pytest.importorskip("uvicorn")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(app_config), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start in 15 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright (never `playwright install`); skips when missing."""
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's chromium is not installed: apt-get install -y --no-install-recommends chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server: str):
    """A fresh browser page (own cookies) that records console errors and CSP violations."""
    context = browser.new_context(base_url=live_server)
    tab = context.new_page()
    tab.errors = []  # type: ignore[attr-defined]
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))  # type: ignore[attr-defined]
    tab.on("response", lambda r: tab.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)  # type: ignore[attr-defined]
    yield tab
    context.close()
