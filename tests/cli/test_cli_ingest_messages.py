"""What `faultlines ingest` tells the user: a missing input at once, the failures hint with the
user's own --db, and no lock file left visible beside the database."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from faultlines import service
from faultlines.cli import main
from faultlines.records import DocumentMeta, DocumentResult, SourceDocument


def _no_model(items, settings):
    """Stores each document with no events (no model loaded)."""
    from faultlines.pipeline import failed_result, pipeline_version

    out = []
    for item in items:
        if not isinstance(item, SourceDocument):
            out.append(failed_result(item, settings))
            continue
        unknown = (None,) * 6  # title, outlet, author, url, published, published_from
        meta = DocumentMeta(item.doc_id, item.source, item.text_hash, *unknown, "en", len(item.text), "txt")
        out.append(DocumentResult(meta=meta, text=item.text, pipeline_version=pipeline_version(settings)))
    return out


def test_cli_ingest_names_a_missing_input_at_once_and_hints_with_the_db(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("faultlines.cli.run.service.ingest", _ingest_without_models)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("Gunmen attacked a checkpoint on Monday.", encoding="utf-8")
    db = folder / "my store.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(folder / "a.txt"), str(tmp_path / "gone.txt"), "--db", str(db)])
    assert result.exit_code == 3, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("E101 ") and "gone.txt" in lines[0]  # before the summary, not only in `failures`
    assert f"faultlines failures --db '{db}'" in result.output
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == ["a.txt", "my store.duckdb"]


_REAL_INGEST = service.ingest


def _ingest_without_models(paths, settings, **options):
    return _REAL_INGEST(paths, settings, task=_no_model, **options)
