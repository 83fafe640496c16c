"""The batch write the engines use (results + which inputs are done + run counters, in one
transaction) stores exactly what writing the same results one transaction per document stores,
keeps empty values and column types, and changes nothing when a batch is written again."""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

from records_factory import TEXT, failed, make_result

from faultlines.records import Actor, Fatalities
from faultlines.store.contents import EXTRACTION_TABLES, table_rows
from faultlines.store.database import RunMark, Store, WriteCounts


def contents(store: Store) -> dict[str, list[tuple]]:
    # run ids stay: the test maps the one-by-one run's id onto the batch's
    return table_rows(store, volatile=("ingested_at", "first_seen", "last_seen"))


def batch() -> list:
    first = make_result()
    second = make_result(TEXT.replace("seven", "nine"), source="other.txt")
    shared_actor = replace(second, actors=(Actor("isis", "Islamic State (renamed)", 2),))
    rewritten = with_toll(first, 8)  # the same text read by other rules (another text under its id is refused)
    return [first, shared_actor, failed(), rewritten]


def with_toll(result, best: int):
    return replace(result, events=(replace(result.events[0], fatalities=Fatalities(best=best)),))


def test_engines_store_batch_write_matches_one_by_one(tmp_path: Path) -> None:
    one_by_one, in_bulk = Store(tmp_path / "a.duckdb"), Store(tmp_path / "b.duckdb")
    one_by_one.write([with_toll(make_result(), 6)], run_id="r")
    in_bulk.write([with_toll(make_result(), 6)], run_id="r")
    for result in batch():
        one_by_one.write([result], run_id="r")
    run_id = in_bulk.start_run(command="ingest", paths=[], settings={})
    counts = in_bulk.write_run_batch(batch(), run_id=run_id, marks=[])
    found, expected = contents(in_bulk), contents(one_by_one)
    for table in EXTRACTION_TABLES:
        expected[table] = [tuple(run_id if v == "r" else v for v in row) for row in expected[table]]
    assert found == expected
    assert (counts.documents, counts.failures) == (3, 1)
    with in_bulk.reader() as con:
        assert con.execute("SELECT name FROM actors").fetchall() == [("Islamic State",)]  # the last one written


def test_engines_store_batch_marks_inputs_and_adds_to_the_run(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    run_id = store.start_run(command="ingest", paths=["in"], settings={}, options={"force": True})
    marks = [
        RunMark("report.txt", make_result().meta.doc_id, "stored"),
        RunMark("scan.txt", None, "failed"),
        RunMark("same.txt", "x", "unchanged"),
        RunMark("same.txt", "x", "unchanged"),
    ]
    store.write_run_batch(
        [make_result(), failed()],
        run_id=run_id,
        marks=marks,
        duplicates=[("copy.txt", "y", "x")],
        settled=WriteCounts(unchanged=1, duplicates=1),
    )
    store.write_run_batch(
        [], run_id=run_id, marks=[RunMark("later.txt", "z", "unchanged")], settled=WriteCounts(unchanged=1)
    )
    assert store.run_done(run_id, ["report.txt", "scan.txt", "later.txt", "never.txt"]) == {
        "report.txt",
        "scan.txt",
        "later.txt",
    }
    assert store.run_doc_ids(run_id) == [make_result().meta.doc_id]
    [run] = store.list_runs()
    assert (run["documents"], run["events"], run["failures"], run["unchanged"], run["duplicates"]) == (1, 1, 1, 2, 1)
    assert store.get_run(run_id).options == {"force": True}
    assert store.last_unfinished_run().run_id == run_id
    store.set_run_status(run_id, "done")
    assert store.last_unfinished_run() is None


def test_engines_store_batch_written_twice_is_stored_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    run_id = store.start_run(command="ingest", paths=[], settings={})
    marks = [RunMark("report.txt", make_result().meta.doc_id, "stored"), RunMark("scan.txt", None, "failed")]
    store.write_run_batch(batch(), run_id=run_id, marks=marks)
    once = contents(store)
    store.write_run_batch(batch(), run_id=run_id, marks=marks)
    assert contents(store) == once
    with store.reader() as con:
        assert con.execute("SELECT count(*) FROM run_documents").fetchone() == (2,)


def test_engines_store_batch_keeps_missing_values_and_types(tmp_path: Path) -> None:
    bare = make_result()
    event = replace(bare.events[0], kind=None, place=None, date=None, actor2=None, confidence=1)
    sparse = replace(bare, meta=replace(bare.meta, title=None, published=None), events=(event,), places=(), actors=())
    store = Store(tmp_path / "f.duckdb")
    store.write_run_batch([sparse, make_result(source="other.txt", doc_id="other")], run_id="r", marks=[])
    with store.reader() as con:
        events = con.execute(
            "SELECT doc_id, kind, actor2, location, date_start, confidence, fatalities FROM events ORDER BY doc_id"
        ).fetchall()
        documents = con.execute("SELECT doc_id, title, published FROM documents ORDER BY doc_id").fetchall()
    assert events == [
        (bare.meta.doc_id, None, None, None, None, 1.0, 7),
        ("other", "infighting", "Islamic State", "Hajin", datetime.date(2018, 12, 4), 0.8, 7),
    ]
    assert documents == [(bare.meta.doc_id, None, None), ("other", "Clash in Hajin", datetime.date(2018, 12, 6))]


def test_engines_store_batch_failure_seen_twice_is_kept_once_with_the_last_message(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    first, again = failed(), failed()
    again = replace(again, failures=(replace(again.failures[0], message="E105 bad again: fix it"),))
    run_id = store.start_run(command="ingest", paths=[], settings={})
    counts = store.write_run_batch([first, again], run_id=run_id, marks=[])
    assert counts.failures == 2
    with store.reader() as con:
        assert con.execute("SELECT source, message, run_id FROM failures").fetchall() == [
            ("scan.txt", "E105 bad again: fix it", run_id)
        ]


def test_store_kept_open_stores_what_separate_opens_store(tmp_path: Path) -> None:
    apart, kept = Store(tmp_path / "a.duckdb"), Store(tmp_path / "b.duckdb")
    for result in batch():
        apart.write([result], run_id="r")
    with kept.kept_open():
        for result in batch():
            kept.write([result], run_id="r")
            with kept.reader() as con:  # a reader inside the block reads through the open file
                assert con.execute("SELECT count(*) FROM documents").fetchone()[0] >= 1
    assert contents(kept) == contents(apart)
    # after the block the file is closed: another read-only opening sees everything written
    assert contents(Store(tmp_path / "b.duckdb", read_only=True)) == contents(apart)


def test_store_kept_open_loses_only_the_batch_that_failed(tmp_path: Path) -> None:
    store = Store(tmp_path / "k.duckdb")
    with store.kept_open():
        store.write([make_result()], run_id="r")
        try:
            with store.writer() as con:
                con.execute("DELETE FROM documents")
                raise RuntimeError("the batch broke")
        except RuntimeError:
            pass
    with store.reader() as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
