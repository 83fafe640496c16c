"""Every list view downloads as CSV and JSON: all its rows, the page's filter applied."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from faultlines.web.listing import csv_text


def table(response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_web_lists_documents_download_with_the_search_applied(client: TestClient) -> None:
    rows = table(client.get("/documents.csv"))
    assert sorted(r["title"] for r in rows) == ["Clash in Hajin", "Executions in Hajin"]
    assert {r["events"] for r in rows} == {"1"} and all(len(r["doc_id"]) == 40 for r in rows)
    found = client.get("/documents.json", params={"search": "executions"})
    assert found.headers["content-disposition"] == 'attachment; filename="faultlines-documents.json"'
    assert [d["title"] for d in found.json()] == ["Executions in Hajin"]
    assert 'href="/documents.csv?search=executions"' in client.get("/documents", params={"search": "executions"}).text


def test_web_lists_actors_download(client: TestClient) -> None:
    [row] = table(client.get("/actors.csv"))
    assert (row["actor_id"], row["name"], row["events"], row["documents"]) == ("isis", "Islamic State", "2", "2")
    assert client.get("/actors.json", params={"search": "nobody"}).json() == []


def test_web_lists_failures_page_and_downloads(client: TestClient) -> None:
    page = client.get("/failures").text
    assert "scan.pdf.txt" in page and "E105" in page and 'href="/failures.csv?"' in page
    [row] = table(client.get("/failures.csv"))
    assert (row["source"], row["code"], row["stage"]) == ("scan.pdf.txt", "E105", "ingest")
    assert client.get("/failures.json", params={"code": "E999"}).json() == []
    assert "scan.pdf.txt" not in client.get("/failures", params={"code": "E999"}).text


def test_web_lists_stories_download(client: TestClient) -> None:
    client.app.state.jobs.shutdown()  # waits for the start-up build of the stories
    stories = client.get("/stories.json").json()
    assert stories, "the two reports of the Hajin clash make a story"
    rows = table(client.get("/stories.csv"))
    assert len(rows) == len(stories)
    for row, story in zip(rows, stories, strict=True):
        assert row["story_id"] == story["story_id"] and row["documents"] == str(len(story["documents"]))


def test_web_lists_refuse_other_formats(client: TestClient) -> None:
    assert client.get("/documents.xml").status_code in (404, 422)


@pytest.mark.parametrize("hostile", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tcmd"])
def test_web_lists_csv_cells_never_start_a_formula(hostile: str) -> None:
    [_, line] = csv_text([{"title": hostile, "n": -2}], ["title", "n"]).splitlines()
    cells = next(csv.reader([line]))
    assert cells == ["'" + hostile, "-2"]  # text is defused; a real negative number is left alone
    assert json.loads(json.dumps({"t": hostile}))["t"] == hostile
