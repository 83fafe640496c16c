"""A database that goes bad while the workbench serves answers with the coded line that says what
to do (503), with the security headers, not DuckDB's exception as a 500."""

from __future__ import annotations

from pathlib import Path

import duckdb
from fastapi.testclient import TestClient

from faultlines.store.database import Store
from faultlines.web.app import WebConfig, create_app


def test_web_store_errors_a_damaged_file_is_a_coded_503(tmp_path: Path) -> None:
    store = Store(tmp_path / "w.duckdb")
    app = create_app(WebConfig(db_path=str(store.path)))

    def damaged() -> None:
        raise duckdb.IOException("IO Error: Corrupt database file: block checksum mismatch")

    app.add_api_route("/api/damaged", damaged)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/damaged")
    assert response.status_code == 503
    body = response.json()
    assert "E404" in str(body) and "doctor" in str(body)
    assert response.headers.get("x-content-type-options") == "nosniff"
