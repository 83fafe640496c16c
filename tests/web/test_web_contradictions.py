"""Contradictions between reports show as a small table of sides, never as a raw dict."""

from __future__ import annotations

import dataclasses
import re

import pytest
from fastapi.testclient import TestClient
from records_factory import make_result
from web_helpers import SECOND, result_for

from faultlines.records import Fatalities
from faultlines.store.database import Store
from faultlines.web import across
from faultlines.web.app import WebConfig, create_app
from faultlines.web.pages import ENV


@pytest.fixture
def disagreeing(tmp_path) -> TestClient:
    """The same clash in two reports: at least seven killed, and nine (close enough to be joined)."""
    store = Store(tmp_path / "cx.duckdb")
    second = result_for(SECOND, source="second.txt")
    two = dataclasses.replace(second.events[0], fatalities=Fatalities(best=9, low=9, text="nine"))
    store.write([make_result(), dataclasses.replace(second, events=(two,))])
    across.refresh(store)
    with TestClient(create_app(WebConfig(db_path=str(store.path)))) as client:
        yield client


def cells(html: str, table_id_start: str) -> list[list[str]]:
    table = re.search(rf'<table class="compact contradiction" id="{table_id_start}[^"]*">(.*?)</table>', html, re.S)
    assert table, "no contradiction table"
    rows = re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S)
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)] for r in rows]


def test_web_contradictions_are_tables_on_the_stories_page(disagreeing: TestClient) -> None:
    html = disagreeing.get("/stories").text
    assert "{&#39;best&#39;" not in html and "{'best'" not in html  # the canonical toll is not a dict
    sides = [row for row in cells(html, "cx-") if row]
    assert sorted(row[0] for row in sides) == ["7", "9"]
    assert [row[2] for row in sides] == ["Test Wire", "Test Wire"]
    caption = re.search(r"<caption>(.*?)</caption>", html, re.S).group(1)  # type: ignore[union-attr]
    # ACLED's rule keeps the lowest figure; the range spans both reports.
    assert "fatalities" in caption and 'chosen-value">7 (7-9)<' in caption


def test_web_contradictions_show_on_the_event_with_each_reports_evidence(disagreeing: TestClient) -> None:
    event_id = disagreeing.get("/api/events").json()["items"][0]["event_id"]
    html = disagreeing.get(f"/events/{event_id}").text
    sides = [row for row in cells(html, "cx-") if row]
    assert len(sides) == 2 and all(row[4].startswith("“") for row in sides)
    assert any("a local activist told" in row[4] for row in sides)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ({"best": 7, "low": 5, "high": 9}, "7 (5-9)"),
        ({"best": 7, "low": 7, "high": 7}, "7"),
        ({"best": None, "low": None, "high": None}, "unknown"),
        ({"value": 30, "unit": "people"}, "value: 30; unit: people"),
        (["isis", "hts"], "isis, hts"),
        (None, "unknown"),
        ("Hajin", "Hajin"),
    ],
)
def test_web_contradiction_values_read_as_text(value: object, shown: str) -> None:
    assert ENV.filters["shown"](value) == shown


def test_web_contradictions_download_one_row_per_side(disagreeing: TestClient) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(disagreeing.get("/contradictions.csv").text)))
    assert sorted(r["value"] for r in rows) == ["7", "9"]
    assert {r["field"] for r in rows} == {"fatalities"} and {r["canonical_value"] for r in rows} == {"7 (7-9)"}
    assert all(r["evidence"] and r["doc_id"] for r in rows)
    [whole] = disagreeing.get("/contradictions.json").json()
    assert whole["canonical_value"] == {"best": 7, "low": 7, "high": 9} and len(whole["sides"]) == 2
