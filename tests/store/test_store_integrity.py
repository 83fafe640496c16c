"""What the store must never do silently: overwrite a document with another text under its id,
or fail a whole batch on a number a column cannot hold."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from records_factory import TEXT, make_result

from faultlines.records import Fatalities
from faultlines.store.database import Store
from faultlines.store.queries import get_document, list_events, list_failures
from faultlines.store.rows import fit_row, out_of_range

HUGE = 99999999999999999999999


def test_store_integrity_same_id_with_another_text_is_refused(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    original = make_result(doc_id="wire-1", source="first.jsonl#1")
    store.write([original])
    other = make_result(TEXT.replace("seven", "eight"), doc_id="wire-1", source="second.jsonl#1")
    counts = store.write([other])
    assert (counts.documents, counts.failures) == (0, 1)
    document = get_document(store, "wire-1")
    assert document is not None and document["text"] == TEXT  # the stored one is kept
    [failure] = list_failures(store)
    assert failure["code"] == "E205" and failure["source"] == "second.jsonl#1"
    assert "first.jsonl#1" in failure["message"] and "id of its own" in failure["message"]


def test_store_integrity_same_id_twice_in_one_batch_keeps_the_first_text(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    first = make_result(doc_id="wire-1", source="a.jsonl#1")
    second = make_result(TEXT.replace("seven", "eight"), doc_id="wire-1", source="a.jsonl#2")
    store.write([first, second])
    document = get_document(store, "wire-1")
    assert document is not None and document["text"] == TEXT
    assert [f["code"] for f in list_failures(store)] == ["E205"]


def test_store_integrity_a_number_beyond_its_column_is_flagged_not_fatal(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    result = make_result()
    event = replace(result.events[0], fatalities=Fatalities(best=HUGE, low=7, text=str(HUGE)))
    neighbour = make_result(TEXT.replace("Tuesday", "Monday"), source="other.txt")
    counts = store.write([replace(result, events=(event,)), neighbour])
    assert counts.documents == 2
    rows = {row["doc_id"]: row for row in list_events(store)}
    huge = rows[result.meta.doc_id]
    assert huge["fatalities"] is None and huge["fatalities_low"] == 7
    assert huge["record"]["fatalities"]["best"] == HUGE  # kept as read, in the JSON record
    [flag] = list_failures(store)
    assert flag["code"] == "E204" and "events.fatalities" in flag["message"] and str(HUGE) in flag["message"]


def test_store_integrity_column_ranges() -> None:
    assert out_of_range(2**31, "INTEGER") and not out_of_range(2**31 - 1, "INTEGER")
    assert out_of_range(-(2**31) - 1, "INTEGER") and not out_of_range(2**31, "BIGINT")
    assert out_of_range(10**400, "DOUBLE") and not out_of_range(HUGE, "DOUBLE")
    assert out_of_range(1e23, "INTEGER") and out_of_range(float("nan"), "BIGINT") and not out_of_range(7.0, "INTEGER")
    assert not out_of_range(True, "INTEGER") and not out_of_range("99999999999", "INTEGER")
    columns = [("a", "INTEGER"), ("b", "VARCHAR"), ("c", "INTEGER")]
    assert fit_row([1, "x", HUGE], columns) == ([1, "x", None], [("c", HUGE)])
