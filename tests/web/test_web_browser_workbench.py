"""The workbench's lists, facets, map and reference in Debian's Chromium, on a desktop and at a
phone's 375 px width."""

from __future__ import annotations

import re

import pytest
from web_helpers import varied

from faultlines.records import EventDate
from faultlines.store.database import Store
from faultlines.web.app import WebConfig

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
PHONE_PAGES = ("/", "/events", "/documents", "/actors", "/actors/isis", "/stories", "/failures", "/docs", "/map")
RAQQA_BOMBING = "Fighters clashed after a car bomb went off in Raqqa, far from Hajin, killing four, a monitor said."


@pytest.fixture
def app_config(web_db: str, app_config: WebConfig) -> WebConfig:
    """The shared store plus a third event, months later and elsewhere: a car bomb in Raqqa in March 2019."""
    Store(web_db).write(
        [
            varied(
                RAQQA_BOMBING,
                event_type="Explosions/Remote violence",
                sub_event_type="Remote explosive/landmine/IED",
                kind=None,
                intra_group=False,
                name="Ar Raqqah",
                admin1="Ar Raqqah",
                lat=35.95,
                lon=39.01,
                date=EventDate("2019-03-10", "2019-03-10", 1, "on Sunday"),
            )
        ]
    )
    return app_config


@pytest.fixture
def phone(browser, live_server: str):
    context = browser.new_context(base_url=live_server, viewport=PHONE)
    tab = context.new_page()
    tab.errors = []  # type: ignore[attr-defined]
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))  # type: ignore[attr-defined]
    yield tab
    context.close()


def page_width(tab) -> int:
    return int(tab.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))


def test_web_browser_phone_pages_never_scroll_sideways(phone) -> None:
    widths = {}
    for path in PHONE_PAGES:
        phone.goto(path)
        widths[path] = page_width(phone)
    event_link = phone.goto("/events") and phone.locator("tr.event-row a").first.get_attribute("href")
    for path in (event_link, phone.locator("tr.event-row td:last-child a").first.get_attribute("href")):
        phone.goto(path)
        widths[path] = page_width(phone)
    assert {p: w for p, w in widths.items() if w > PHONE["width"]} == {}, widths
    assert phone.errors == [], phone.errors


def test_web_browser_phone_events_table_scrolls_inside_its_box(phone) -> None:
    phone.goto("/events")
    assert page_width(phone) <= 375
    box = phone.locator("#events").locator("xpath=..")
    assert box.get_attribute("class") == "table-scroll"
    scroll_width, client_width = box.evaluate("b => [b.scrollWidth, b.clientWidth]")
    assert client_width <= 375 < scroll_width  # the table is wider than the phone: its box scrolls
    box.evaluate("b => { b.scrollLeft = 200; }")
    assert box.evaluate("b => b.scrollLeft") > 0
    assert phone.locator("#facet-type").is_visible()


def test_web_browser_facets_narrow_the_events(page) -> None:
    page.goto("/events")
    assert page.locator("tr.event-row").count() == 3
    battles = page.locator("#facet-type li").filter(has=page.locator("a", has_text="Battles"))
    count = int(battles.locator(".n").inner_text())
    battles.locator("a").click()
    page.wait_for_url("**type=Battles**")
    assert page.locator("tr.event-row").count() == count == 2
    assert page.locator("#facet-type li.chosen").inner_text().startswith("Battles")
    page.locator("#facet-type li.chosen a").click()  # drop the filter again
    page.wait_for_url(lambda url: "type=" not in url)
    assert page.locator("tr.event-row").count() == 3
    page.fill("#event-filters input[name=text]", "car bomb")
    page.fill("#event-filters input[name=killed_min]", "1")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**text=car+bomb**")
    assert page.locator("tr.event-row").count() == 1
    assert (
        "Raqqa" in page.locator("tr.event-row").inner_text() or "Ar Raqqah" in page.locator("tr.event-row").inner_text()
    )
    assert page.errors == [], page.errors


def test_web_browser_map_time_slider_and_type_filter(page) -> None:
    page.goto("/map")
    page.wait_for_selector(".fl-map.loaded")
    assert page.get_attribute(".fl-map", "data-shown") == "3"
    assert page.locator("#time-slider").is_visible()
    assert "2018-12 to 2019-03: 3 of 3 events" in page.inner_text(".slider-label")
    page.eval_on_selector(".slider-from", "s => { s.value = '3'; s.dispatchEvent(new Event('input')); }")
    assert page.get_attribute(".fl-map", "data-shown") == "1"  # March 2019 only: the car bomb
    assert "2019-03 to 2019-03: 1 of 3 events" in page.inner_text(".slider-label")
    page.eval_on_selector(".slider-to", "s => { s.value = '0'; s.dispatchEvent(new Event('input')); }")
    assert page.get_attribute(".fl-map", "data-shown") == "2"  # the handle pushed the other back: Dec 2018
    page.goto("/map?type=Explosions/Remote+violence")
    page.wait_for_selector(".fl-map.loaded")
    assert page.get_attribute(".fl-map", "data-count") == "1"
    assert page.errors == [], page.errors


def test_web_browser_map_draws_place_labels_offline(page) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto("/map")
    page.wait_for_selector(".fl-map.loaded")
    # Fitted to the events (Hajin to Raqqa, about zoom 7): the province's towns are named.
    page.locator(".place-label").filter(has_text=re.compile(r"^Ar Raqqah$")).wait_for(state="attached")
    labels = page.locator(".place-label").all_inner_texts()
    assert "Deir ez-Zor" in labels and "London" not in labels, labels[:20]
    shown = int(page.get_attribute(".fl-map", "data-labels") or 0)
    assert shown == len(labels) > 0
    assert all(url.startswith(page.url.split("/map")[0]) for url in requests), requests  # nothing from elsewhere
    assert page.errors == [], page.errors


def test_web_browser_docs_page_and_contradiction_free_stories(page) -> None:
    page.goto("/docs")
    assert "JSON API" in page.inner_text("h1")
    assert page.locator("#operations tr.operation").count() >= 15
    assert page.locator("section.schema").count() >= 5
    assert page.errors == [], page.errors
