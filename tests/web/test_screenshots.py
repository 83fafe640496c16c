"""Screenshots of the workbench for the docs, taken in Debian's Chromium over the bundled reports.

With FAULTLINES_SCREENSHOTS=1 the PNGs are written into docs/screenshots/ (the tutorial and the
README show them); otherwise into the test's temporary folder, so that an ordinary run still
checks that every page can be shot and nothing on it fails. To refresh the docs' images:

    FAULTLINES_SCREENSHOTS=1 .venv/bin/pytest -m browser tests/web/test_screenshots.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from testdata import EXAMPLES
from web_helpers import PASSWORD

import faultlines
from faultlines import service
from faultlines.config import Settings
from faultlines.store.accounts import add_user
from faultlines.store.database import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
DESKTOP = {"width": 1200, "height": 800}
PHONE = {"width": 375, "height": 740}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
COLOURS = 64  # a palette this small keeps a page's PNG near 100 KB and its text sharp


@pytest.fixture(scope="module")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled reports ingested by the real pipeline, and the reviewer "ana"."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.duckdb"
    service.ingest([str(EXAMPLES)], Settings(db_path=str(path)))
    add_user(Store(path), "ana", PASSWORD)
    return path


@pytest.fixture
def web_db(demo_db_template: Path, tmp_path: Path) -> str:
    """The workbench's fixtures (live_server, page) serve this demo store, not the hand-built one."""
    path = tmp_path / "demo.duckdb"
    shutil.copyfile(demo_db_template, path)
    return str(path)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    if os.environ.get("FAULTLINES_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        return DOCS_SCREENSHOTS
    return tmp_path


def hajin_clash(db_path: Path) -> str:
    """The id of the tutorial's event: the clash inside the Islamic State at al-Shafa, 7 killed
    (read from the template: the served copy is held by the server)."""
    events = faultlines.open(str(db_path)).events(kind="infighting")
    return next(e["id"] for e in events if (e.get("fatalities") or {}).get("best") == 7)


def save(target, path: Path) -> Path:
    """Shoot the page's viewport (or one element of it), then keep it small: a palette PNG."""
    from PIL import Image

    target.screenshot(path=str(path))
    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=COLOURS).save(path, optimize=True)
    return path


def assert_png(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE), f"{path} is not a PNG"
    assert len(data) > 5000, f"{path} is nearly empty ({len(data)} bytes): did the page render?"


def log_in(page) -> None:
    page.goto("/login")
    page.fill("input[name=username]", "ana")
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_selector(".who .user")


def test_screenshots_of_the_workbench(browser, live_server: str, demo_db_template: Path, shots: Path) -> None:
    context = browser.new_context(base_url=live_server, viewport=DESKTOP)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    log_in(page)

    page.goto("/events")
    page.wait_for_selector("tr.event-row")
    taken = [save(page, shots / "events.png")]

    page.goto(f"/events/{hajin_clash(demo_db_template)}")
    page.wait_for_selector("#event-facts")
    page.wait_for_selector("#review-edit")  # a reviewer sees the review forms
    taken.append(save(page, shots / "event.png"))

    page.goto("/map?actor=Islamic+State")  # closer than all events (Nigeria and Syria)
    page.wait_for_selector(".fl-map.loaded")
    page.wait_for_selector("path.country", state="attached")
    page.wait_for_selector("path.ev, .cluster", state="attached")
    taken.append(save(page.locator(".fl-map"), shots / "map.png"))
    context.close()

    phone = browser.new_context(base_url=live_server, viewport=PHONE, is_mobile=True, has_touch=True)
    small = phone.new_page()
    small.goto(f"/events/{hajin_clash(demo_db_template)}")
    small.wait_for_selector("#event-facts")
    taken.append(save(small, shots / "phone.png"))
    phone.close()

    for path in taken:
        assert_png(path)
    assert errors == [], errors
