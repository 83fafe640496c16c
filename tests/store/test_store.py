"""The DuckDB store: idempotent writes, failures kept once, schema versioning, readers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from records_factory import TEXT, failed, make_result

from faultlines.errors import StoreError
from faultlines.records import Fatalities
from faultlines.store.database import Store
from faultlines.store.queries import EventFilter, counts, get_document, list_events, list_failures


def test_store_writing_the_same_result_twice_keeps_one_copy(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    store.write([make_result()])
    store.write([make_result()])
    assert counts(store) | {"failures": 0} == {
        "documents": 1,
        "events": 1,
        "places": 1,
        "claims": 0,
        "failures": 0,
        "duplicates": 0,
    }
    with store.reader() as con:
        assert con.execute("SELECT count(*) FROM event_evidence").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM entities").fetchone() == (1,)


def test_store_rewrite_replaces_a_documents_rows(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    store.write([make_result()])
    first = make_result()
    event = replace(first.events[0], fatalities=Fatalities(best=8, text="eight"))
    store.write([replace(first, events=(event,))])  # the same text read by other rules
    [row] = list_events(store)
    assert row["fatalities"] == 8


def test_store_failures_are_kept_once_per_source_and_code(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    store.write([failed()], run_id="r1")
    store.write([failed()], run_id="r2")
    [failure] = list_failures(store)
    assert failure["code"] == "E105" and failure["source"] == "scan.txt"


def test_store_success_clears_an_earlier_failure_of_that_source(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    store.write([failed(source="report.txt", code="E301")])
    store.write([make_result(source="report.txt")])
    assert list_failures(store) == []


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "f.duckdb"
    Store(path)
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO migrations VALUES ('m999_from_the_future', now())")
    con.close()
    with pytest.raises(StoreError, match="E402"):
        Store(path)


def test_store_failed_transaction_leaves_nothing_half_written(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    with pytest.raises(RuntimeError), store.writer() as con:
        con.execute("INSERT INTO actors VALUES ('x', 'X', 2, NULL)")
        raise RuntimeError("killed mid-batch")
    with store.reader() as con:
        assert con.execute("SELECT count(*) FROM actors").fetchone() == (0,)


def test_store_filters_events(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    store.write([make_result()])
    assert len(list_events(store, EventFilter(kind="infighting", intra_group=True, actor="foreign"))) == 1
    assert list_events(store, EventFilter(kind="defection")) == []
    assert len(list_events(store, EventFilter(since="2018-12-01", until="2018-12-31"))) == 1
    assert list_events(store, EventFilter(since="2019-01-01")) == []


def test_store_document_with_its_findings(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    result = make_result()
    store.write([result])
    document = get_document(store, result.meta.doc_id[:8])
    assert document is not None and document["text"] == TEXT
    assert [p["text"] for p in document["places"]] == ["Hajin"]
    assert document["events"][0]["kind"] == "infighting"
    assert get_document(store, "nope") is None


def test_store_reader_waits_for_a_writer_in_another_process(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    path = tmp_path / "f.duckdb"
    store = Store(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(1.5)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    with store.reader() as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    assert time.monotonic() - started > 0.3  # it had to wait for the other process
    holder.wait(timeout=10)


def test_store_reader_inside_a_writing_process(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    with store.writer() as con:
        con.execute("INSERT INTO actors VALUES ('x', 'X', 2, NULL)")
        with store.reader() as reading:
            assert reading.execute("SELECT count(*) FROM documents").fetchone() == (0,)


def test_store_document_by_a_start_of_its_id_refuses_ambiguity_and_wildcards(tmp_path) -> None:
    from faultlines.errors import UsageError

    store = Store(tmp_path / "ids.duckdb")
    store.write([make_result(TEXT, doc_id="abc1"), make_result(TEXT + " Again.", doc_id="abc2")])
    assert get_document(store, "abc1")["doc_id"] == "abc1"
    assert get_document(store, "abc2", exact=True)["doc_id"] == "abc2"
    assert get_document(store, "abc", exact=True) is None
    with pytest.raises(UsageError, match="starts several document ids"):
        get_document(store, "abc")
    assert get_document(store, "%") is None and get_document(store, "ab_1") is None
