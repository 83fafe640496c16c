"""One read service: after a review, the CLI's `events`, the web's events page, the API and every
export (CLI and web alike) show the same values for the event."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from typing import Any

import duckdb
from click.testing import CliRunner
from fastapi.testclient import TestClient
from web_helpers import first_event_id

from faultlines.cli import main
from faultlines.store import read
from faultlines.store.database import Store
from faultlines.store.queries import EVENT_COLUMNS

CHANGES = {
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "kind": "execution",
    "actor2": "Civilians",
    "actor2_faction": None,
    "fatalities": 12,
}


def norm(value: Any) -> str:
    """A value as the CSV writers print it, so every output compares alike."""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def reviewed(reviewer: tuple[TestClient, str]) -> str:
    client, token = reviewer
    event_id = first_event_id(client)
    body = {"action": "edit", "reason": "second paragraph", "changes": CHANGES}
    response = client.post(f"/api/events/{event_id}/review", headers={"X-CSRF-Token": token}, json=body)
    assert response.status_code == 200, response.text
    return event_id


def test_web_read_agreement_every_reader_shows_the_reviewed_values(
    reviewer: tuple[TestClient, str], web_db: str, tmp_path: Path
) -> None:
    client, _ = reviewer
    event_id = reviewed(reviewer)
    event = read.event(Store(web_db), event_id)
    assert event is not None
    expected = {c: norm(event[c]) for c in EVENT_COLUMNS}
    assert expected["event_type"] == "Violence against civilians" and expected["inter2"] == "7"
    assert expected["fatalities"] == "12" and expected["actor2"] == "Civilians"

    # the CLI's `events`, as CSV and as JSONL
    runner = CliRunner()
    listed = runner.invoke(main, ["events", "--db", web_db, "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    row = next(r for r in csv.DictReader(io.StringIO(listed.stdout)) if r["event_id"] == event_id)
    assert {c: row[c] for c in EVENT_COLUMNS} == expected
    lines = runner.invoke(main, ["events", "--db", web_db, "--format", "jsonl"]).stdout.splitlines()
    cli_record = next(r for r in map(json.loads, lines) if r["id"] == event_id)

    # the API's list and the event's page
    item = next(i for i in client.get("/api/events").json()["items"] if i["event_id"] == event_id)
    assert {c: norm(item[c]) for c in EVENT_COLUMNS} == expected
    assert item["record"] == cli_record_without_document(cli_record)
    page = client.get("/events").text
    cells = page[page.index(f'href="/events/{event_id}"') :].split("</tr>")[0]
    for column in ("event_type", "sub_event_type", "kind", "actor2", "fatalities", "modality"):
        assert expected[column] in cells, column
    assert "infighting" not in cells and ">7<" not in cells

    # every export, from the web and from the CLI
    jsonl = client.get("/export/jsonl").text.splitlines()
    web_record = next(r for r in map(json.loads, jsonl) if r["id"] == event_id)
    assert web_record == cli_record and web_record["review_status"] == "edited"
    out = tmp_path / "cli.jsonl"
    exported = runner.invoke(main, ["export", "--db", web_db, "--format", "jsonl", "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    assert out.read_text(encoding="utf-8").splitlines() == jsonl

    feature = next(f for f in client.get("/api/export/geojson").json()["features"] if f["id"] == event_id)
    assert {c: norm(v) for c, v in feature["properties"].items() if c in expected} == {
        c: v for c, v in expected.items() if c not in ("latitude", "longitude")
    }

    parquet = tmp_path / "web.parquet"
    parquet.write_bytes(client.get("/export/parquet").content)
    con = duckdb.connect()
    cursor = con.execute(f"SELECT * FROM read_parquet('{parquet}') WHERE event_id = ?", [event_id])
    names = [d[0] for d in cursor.description]
    stored = dict(zip(names, cursor.fetchone(), strict=True))  # type: ignore[arg-type]
    assert {c: norm(stored[c]) for c in EVENT_COLUMNS} == expected

    acled = next(csv.DictReader(io.StringIO(client.get("/events.csv").text)))
    assert (acled["event_type"], acled["sub_event_type"], acled["fatalities"]) == (
        "Violence against civilians",
        "Attack",
        "12",
    )
    assert (acled["actor2"], acled["inter2"], acled["interaction"]) == ("Civilians (Syria)", "7", "27")
    assert acled["civilian_targeting"] == "Civilian targeting"

    plover = next(
        r for r in map(json.loads, client.get("/api/export/plover-jsonl").text.splitlines()) if r["id"] == event_id
    )
    assert (plover["acled_event_type"], plover["fatalities"], plover["kind"]) == (
        "Violence against civilians",
        12,
        "execution",
    )
    assert [a["actor_text"] for a in plover["recipient"]] == ["Civilians"] and plover["recipient"][0]["sector"] == "CVL"


def cli_record_without_document(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("doc_id", "source", "outlet", "published", "review_status")}


def test_web_read_agreement_exports_default_to_what_a_user_would_publish(
    reviewer: tuple[TestClient, str], web_db: str
) -> None:
    client, token = reviewer
    event_id = first_event_id(client)
    body = {"action": "edit", "reason": "it was only planned", "changes": {"modality": "planned"}}
    assert client.post(f"/api/events/{event_id}/review", headers={"X-CSRF-Token": token}, json=body).status_code == 200
    ids = [json.loads(line)["id"] for line in client.get("/export/jsonl").text.splitlines()]
    assert event_id not in ids and len(ids) == 1
    planned = client.get("/export/jsonl", params={"modality": "planned"}).text.splitlines()
    assert [json.loads(line)["id"] for line in planned] == [event_id]
    page = client.get("/events").text
    assert "Exports hold asserted and alleged events" in page
    assert client.get("/export/nonsense").status_code == 404


def test_web_read_agreement_events_page_counts_what_the_acled_export_leaves_out(
    reviewer: tuple[TestClient, str],
) -> None:
    client, token = reviewer
    assert "export-undated" not in client.get("/events").text
    event_id = first_event_id(client)
    body = {"action": "edit", "reason": "the day is not given", "changes": {"date_start": None, "date_end": None}}
    assert client.post(f"/api/events/{event_id}/review", headers={"X-CSRF-Token": token}, json=body).status_code == 200
    assert "1 of them has no date and is left out of the ACLED CSV" in client.get("/events").text
    response = client.get("/events.csv")
    assert response.headers["X-Faultlines-Left-Out"] == "undated=1" and response.headers["X-Faultlines-Written"] == "1"
    assert len(client.get("/export/jsonl").text.splitlines()) == 2
