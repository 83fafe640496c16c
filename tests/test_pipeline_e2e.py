"""The whole path on real inputs: the CLI over the seeds and the sample corpus.

These load spaCy and the gazetteer, so they are marked slow; the models load once per test
session (the resources cache is per process).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from testdata import EXAMPLES, SEEDS

from faultlines.cli import main
from faultlines.store.database import Store
from faultlines.store.queries import counts, list_failures

pytestmark = pytest.mark.slow


def spans_in(value: Any) -> list[dict[str, Any]]:
    """Every {start, end, text} object anywhere inside a contract line."""
    found = []
    if isinstance(value, dict):
        if (
            isinstance(value.get("start"), int)
            and isinstance(value.get("end"), int)
            and isinstance(value.get("text"), str)
        ):
            found.append(value)
        for item in value.values():
            found.extend(spans_in(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(spans_in(item))
    return found


def extract_lines(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = CliRunner().invoke(main, ["extract", *args])
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed articles (../shared/seeds) are not present")
def test_pipeline_seeds_give_five_lines_with_exact_spans_and_no_invented_dates() -> None:
    code, lines = extract_lines(str(SEEDS))
    assert code == 0 and len(lines) == 5
    for line in lines:
        text = Path(line["doc"]["source"]).read_text(encoding="utf-8")
        spans = spans_in(line)
        assert spans, "every document yields evidence spans"
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]
        assert line["doc"]["published"] is None
        assert line["contract"] == 1 and line["failures"] == []


def test_pipeline_sample_corpus_is_stored_whole(sample_db: Path) -> None:
    stored = counts(Store(sample_db))
    assert stored["documents"] == 12 and stored["failures"] == 0
    assert stored["events"] >= 12 and stored["places"] > 0


def test_pipeline_sample_publication_dates_come_from_metadata_or_text_never_invented(sample_db: Path) -> None:
    with Store(sample_db).reader() as con:
        rows = dict(con.execute("SELECT source, published_from FROM documents").fetchall())
    by_name = {Path(source.split("#")[0]).name: origin for source, origin in rows.items()}
    assert by_name["07_analysis_insurgency_forecast.txt"] is None
    assert by_name["11_west_mosul_displacement.txt"] == "text"
    assert by_name["05_sdf_captures_hajin.html"] == "html"
    assert by_name["12_wire_reports.jsonl"] == "metadata"


def test_pipeline_sample_ingested_twice_is_unchanged(sample_db: Path) -> None:
    before = counts(Store(sample_db))
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(sample_db), "--quiet"])
    assert result.exit_code == 0
    assert "12 unchanged" in result.output
    assert counts(Store(sample_db)) == before


def test_pipeline_bad_inputs_fail_alone_and_exit_3(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Clashes near Mayadin\n\nIslamic State fighters clashed with tribal gunmen near Mayadin on Monday, "
        "killing five, a local monitor said.\n",
        encoding="utf-8",
    )
    (folder / "french.txt").write_text(
        "Les combattants de l'État islamique ont affronté des hommes armés près de Mayadin lundi, "
        "selon un observateur local qui a fait état de cinq morts dans les combats.\n",
        encoding="utf-8",
    )
    (folder / "scan.txt").write_bytes(b"%PDF-1.4 binary \x00\x01\x02")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "f.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert result.exit_code == 3
    assert "faultlines failures" in result.output
    codes = sorted(f["code"] for f in list_failures(Store(db)))
    assert codes == ["E105", "E106", "E201"]
    with Store(db).reader() as con:
        stored = dict(con.execute("SELECT language, count(*) FROM documents GROUP BY language").fetchall())
    assert stored == {"en": 1, "fr": 1}, "the French text is stored and flagged, not dropped"

    code, lines = extract_lines(str(folder))
    assert code == 3 and len(lines) == 4
    # input order: empty.txt, french.txt, good.txt, scan.txt
    assert [bool(line["failures"]) for line in lines] == [True, True, False, True]
    assert lines[2]["events"], "the good report still yields its events"


def test_pipeline_cli_show_and_export(sample_db: Path, tmp_path: Path) -> None:
    with Store(sample_db).reader() as con:
        (doc_id,) = con.execute("SELECT doc_id FROM documents WHERE source LIKE '%04_bukamal%'").fetchone()
    shown = CliRunner().invoke(main, ["show", doc_id[:10], "--db", str(sample_db)])
    assert shown.exit_code == 0 and "Al-Bukamal" in shown.output and "events:" in shown.output
    out = tmp_path / "acled.csv"
    exported = CliRunner().invoke(main, ["export", "--db", str(sample_db), "--format", "acled-csv", "-o", str(out)])
    assert exported.exit_code == 0 and out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,")
