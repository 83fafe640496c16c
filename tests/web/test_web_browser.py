"""The workbench in Debian's Chromium through Playwright, against a live uvicorn server."""

from __future__ import annotations

import csv
import io

import pytest
from web_helpers import PASSWORD, XSS

pytestmark = pytest.mark.browser

PAGES = {
    "/": "Overview",
    "/documents": "Documents",
    "/events": "Events",
    "/map": "Map",
    "/actors": "Actors",
    "/actors/isis": "Islamic State",
    "/stories": "Stories",
    "/api/docs": "JSON API",
}


def log_in(page) -> None:
    page.goto("/login")
    page.fill("input[name=username]", "ana")
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_selector(".who .user")


def test_web_browser_every_page_loads_without_script_errors(page) -> None:
    for path, heading in PAGES.items():
        page.goto(path)
        assert heading in page.inner_text("h1"), path
    page.goto("/map")
    page.wait_for_selector(".fl-map.loaded")
    assert page.get_attribute(".fl-map", "data-count") == "2"
    page.wait_for_selector("path.country", state="attached")  # the offline basemap
    assert page.locator("path.ev, .cluster").count() >= 1
    assert page.errors == [], page.errors  # CSP violations and script errors show up here
    log_in(page)  # the ingest page is for reviewers and admins
    page.goto("/ingest")
    assert "Ingest reports" in page.inner_text("h1")


def test_web_browser_filters_events(page) -> None:
    page.goto("/events")
    assert page.locator("tr.event-row").count() == 2
    page.fill("#event-filters input[name=place]", "raqqa")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*place=raqqa*")
    assert page.locator("tr.event-row").count() == 0
    page.fill("#event-filters input[name=place]", "hajin")
    page.select_option("#event-filters select[name=kind]", "infighting")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**kind=infighting**")
    assert page.locator("tr.event-row").count() == 2
    assert "kind=infighting" in page.get_attribute("#export-csv", "href")


def test_web_browser_event_shows_its_evidence_highlighted(page) -> None:
    page.goto("/events")
    page.locator("tr.event-row a").first.click()
    page.wait_for_selector("#event-facts")
    text = page.locator(".doc-text").first
    assert text.locator("mark.k-evidence").first.is_visible()
    assert text.locator("mark.k-trigger").first.inner_text() == "clashed"
    assert text.locator("mark.k-place").first.inner_text() == "Hajin"


def test_web_browser_reviewer_edits_an_event_and_sees_it_in_the_export(page) -> None:
    log_in(page)
    page.goto("/events")
    page.locator("tr.event-row a").first.click()
    page.fill("#review-edit input[name=fatalities]", "11")
    page.fill("#review-edit input[name=reason]", "the monitor's later count")
    page.click("#review-edit button[type=submit]")
    page.wait_for_selector("#audit td:has-text('edit')")
    assert "fatalities: 11" in page.inner_text("#audit")
    assert "edited" in page.inner_text(".status")
    page.goto("/events?status=reviewed")
    assert page.locator("tr.event-row").count() == 1
    exported = page.request.get("/events.csv?status=reviewed").text()
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [row["fatalities"] for row in rows] == ["11"]


def test_web_browser_ingested_payloads_show_as_text_and_never_run(page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    log_in(page)
    page.goto("/ingest")
    page.fill("#ingest-form input[name=title]", '<img src=x onerror="alert(1)">Hostile title')
    page.fill("#ingest-form textarea[name=text]", XSS)
    page.click("#ingest-form button[type=submit]")
    page.wait_for_selector("#job[data-status=done]", timeout=20_000)
    page.locator("#job-docs a").first.click()
    page.wait_for_selector(".doc-text")
    shown = page.inner_text(".doc-text")
    assert '<script>document.title="pwned"; window.__xss = 1;</script>' in shown
    assert '<img src=x onerror="window.__xss = 2">' in shown
    assert '<img src=x onerror="alert(1)">Hostile title' in page.inner_text("h1")
    assert page.evaluate("window.__xss") is None
    assert page.title() != "pwned" and dialogs == []
    assert page.locator(".doc-text img, .doc-text script, h1 img").count() == 0
    page.goto("/documents")
    assert page.evaluate("window.__xss") is None and dialogs == []
