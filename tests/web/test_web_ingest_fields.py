"""A pasted report's publication date and outlet: validated, and given to the pipeline as the
document's ``published`` and ``outlet``."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import log_in

from faultlines.config import Settings
from faultlines.records import SourceDocument
from faultlines.stages.ingest import read_paths
from faultlines.web.app import WebConfig, create_app
from faultlines.web.jobs import IngestJobs, UploadError, check_published

PASTED = "Gunmen attacked a checkpoint near Raqqa on Monday, killing three soldiers, a monitor said."


def reading_runner(tmp_path: Path, seen: list[SourceDocument]) -> Callable[..., tuple[str, list[str]]]:
    """The ingest stage itself reads the job's files (no model is loaded)."""

    def run(paths: list[str], progress: Callable[[int], None]) -> tuple[str, list[str]]:
        for item in read_paths(paths, Settings(data_dir=str(tmp_path))):
            assert isinstance(item, SourceDocument), item
            seen.append(item)
        return f"{len(seen)} read", [d.doc_id for d in seen]

    return run


def test_web_jobs_pasted_date_and_outlet_reach_the_document(tmp_path: Path) -> None:
    seen: list[SourceDocument] = []
    jobs = IngestJobs(reading_runner(tmp_path, seen), max_bytes=1 << 20)
    jobs.submit([], text=PASTED, title=" Raqqa attack ", published=" 2019-03-04 ", outlet="  Deir ez-Zor 24 ")
    jobs.shutdown()
    [document] = seen
    assert (document.title, document.published, document.outlet) == ("Raqqa attack", "2019-03-04", "Deir ez-Zor 24")
    assert document.published_from == "metadata"


def test_web_jobs_blank_date_and_outlet_are_left_unset(tmp_path: Path) -> None:
    seen: list[SourceDocument] = []
    jobs = IngestJobs(reading_runner(tmp_path, seen), max_bytes=1 << 20)
    jobs.submit([], text=PASTED, published="", outlet="   ")
    jobs.shutdown()
    assert (seen[0].published, seen[0].outlet) == (None, None)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("04/03/2019", "not a date: give it as YYYY-MM-DD"),
        ("2019-02-30", "not a date"),
        ("2109-03-04", "check the year"),
        ("0219-03-04", "check the year"),
    ],
)
def test_web_jobs_a_bad_publication_date_is_refused_with_what_to_fix(value: str, message: str) -> None:
    with pytest.raises(UploadError, match=message) as refused:
        check_published(value, today=datetime.date(2026, 1, 1))
    assert refused.value.status == 400


def test_web_jobs_publication_date_accepts_today_and_tomorrow_for_time_zones() -> None:
    today = datetime.date(2026, 1, 1)
    assert check_published("2026-01-02", today=today) == "2026-01-02"
    assert check_published("  ", today=today) is None


@pytest.fixture
def reading_client(tmp_path: Path, web_db: str):
    seen: list[SourceDocument] = []
    config = WebConfig(db_path=web_db, runner=reading_runner(tmp_path, seen))
    with TestClient(create_app(config)) as client:
        yield client, seen


def test_web_ingest_form_sends_date_and_outlet(reading_client) -> None:
    client, seen = reading_client
    token = log_in(client)
    form = client.get("/ingest").text
    assert 'name="published"' in form and 'type="date"' in form and 'name="outlet"' in form
    fields = {"csrf": token, "text": PASTED, "title": "Raqqa", "published": "2019-03-04", "outlet": "Enab Baladi"}
    response = client.post("/ingest", data=fields, follow_redirects=False)
    assert response.status_code == 303, response.text
    client.app.state.jobs.shutdown()  # waits for the job
    assert [(d.published, d.outlet) for d in seen] == [("2019-03-04", "Enab Baladi")]


def test_web_ingest_form_refuses_a_bad_date_and_a_long_outlet(reading_client) -> None:
    client, seen = reading_client
    token = log_in(client)
    bad_date = client.post("/ingest", data={"csrf": token, "text": PASTED, "published": "March 4"})
    assert bad_date.status_code == 400 and "YYYY-MM-DD" in bad_date.text
    long_outlet = client.post("/ingest", data={"csrf": token, "text": PASTED, "outlet": "x" * 201})
    assert long_outlet.status_code == 400 and "outlet" in long_outlet.text
    assert seen == []
