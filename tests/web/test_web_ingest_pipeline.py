"""The ingest page with the real pipeline (loads spaCy: slow)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import PASSWORD, log_in

from faultlines.config import Settings
from faultlines.store.accounts import add_user
from faultlines.store.database import Store
from faultlines.web.app import WebConfig, create_app

REPORT = (
    "BEIRUT, Jan 10 (Test Wire) - Islamic State fighters clashed with each other in Hajin on Tuesday, "
    "killing five, the Syrian Observatory for Human Rights said. <script>window.__xss = 1</script>"
)


@pytest.mark.slow
def test_web_ingest_page_runs_the_pipeline_in_the_background(tmp_path: Path) -> None:
    db = str(tmp_path / "pipeline.duckdb")
    add_user(Store(db), "ana", PASSWORD)
    config = WebConfig(db_path=db, settings=Settings(data_dir=str(tmp_path / "data")))
    with TestClient(create_app(config)) as client:
        token = log_in(client)
        response = client.post("/ingest", data={"csrf": token, "title": "Clash", "text": REPORT},
                               follow_redirects=False)  # fmt: skip
        assert response.status_code == 303
        deadline = time.monotonic() + 300
        while (job := client.get("/api" + response.headers["location"]).json())["status"] in ("queued", "running"):
            assert time.monotonic() < deadline, "ingestion took over 5 minutes"
            time.sleep(0.5)
        assert job["status"] == "done", job["message"]
        assert job["doc_ids"] and "1 documents stored" in job["message"]
        document = client.get(f"/documents/{job['doc_ids'][0]}").text
        assert "&lt;script&gt;" in document and "<script>window" not in document
