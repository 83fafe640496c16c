"""Reviewed values over extracted ones, in the store: overlay, audit trail, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from records_factory import make_result

from faultlines.export.formats import export_events
from faultlines.store import read
from faultlines.store.database import Store
from faultlines.store.queries import EventFilter, list_events
from faultlines.store.review import (
    ReviewError,
    ReviewFilter,
    audit_trail,
    review_counts,
    review_event,
    validate_changes,
)

OTHER = "Fighters clashed near Hajin again on Sunday, killing three, residents said."


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "review.duckdb")
    store.write([make_result(), make_result(OTHER, source="other.txt")])
    return store


def event_ids(store: Store) -> list[str]:
    return [row["event_id"] for row in list_events(store)]


def test_review_edit_overlays_values_without_touching_the_extraction(store: Store) -> None:
    first = event_ids(store)[0]
    review_event(
        store,
        first,
        action="edit",
        reviewer="ana",
        changes={"fatalities": 12, "kind": "armed_clash", "date_start": "2018-12-05", "date_end": "2018-12-05"},
    )
    event = read.event(store, first)
    assert event is not None
    assert (event["fatalities"], event["kind"], str(event["date_start"])) == (12, "armed_clash", "2018-12-05")
    assert event["record"]["fatalities"]["best"] == 12 and event["record"]["date"]["start"] == "2018-12-05"
    assert event["record"]["review"]["status"] == "edited"
    extracted = next(r for r in list_events(store) if r["event_id"] == first)
    assert extracted["fatalities"] == 7 and extracted["kind"] == "infighting"
    assert read.count_events(store, EventFilter(kind="armed_clash")) == 1


def test_review_reopen_restores_the_extracted_values_and_is_audited(store: Store) -> None:
    first = event_ids(store)[0]
    review_event(store, first, action="edit", reviewer="ana", changes={"fatalities": 12})
    review_event(store, first, action="reopen", reviewer="ben", reason="second look")
    event = read.event(store, first)
    assert event is not None and event["fatalities"] == 7 and event["review_status"] == "unreviewed"
    trail = audit_trail(store, first)
    assert [(a["action"], a["reviewer"]) for a in trail] == [("reopen", "ben"), ("edit", "ana")]
    assert trail[1]["before"] == {"status": "unreviewed", "fatalities": 7}


def test_review_exports_reflect_reviews_and_can_keep_only_reviewed(store: Store, tmp_path: Path) -> None:
    first, second = event_ids(store)
    review_event(store, first, action="edit", reviewer="ana", changes={"fatalities": 12})
    review_event(store, second, action="reject", reviewer="ana", reason="duplicate wire copy")
    out = tmp_path / "events.jsonl"
    assert export_events(store, "jsonl", out) == 1
    record = json.loads(out.read_text())
    assert record["id"] == first and record["fatalities"]["best"] == 12
    review_event(store, second, action="reopen", reviewer="ana")
    assert export_events(store, "jsonl", out) == 2
    assert export_events(store, "jsonl", out, reviewed_only=True) == 1
    assert export_events(store, "parquet", tmp_path / "e.parquet", reviewed_only=True) == 1


def test_review_filter_by_status_and_counts(store: Store) -> None:
    first, second = event_ids(store)
    review_event(store, first, action="accept", reviewer="ana")
    review_event(store, second, action="reject", reviewer="ana", reason="not an event")
    assert review_counts(store) == {"unreviewed": 0, "accepted": 1, "edited": 0, "rejected": 1}
    assert [r["event_id"] for r in read.events(store, None, ReviewFilter(status="reviewed"))] == [first]
    assert read.events(store, None, ReviewFilter(include_rejected=False))[0]["event_id"] == first


def test_review_refuses_what_it_cannot_apply(store: Store) -> None:
    first = event_ids(store)[0]
    with pytest.raises(ReviewError, match="reason"):
        review_event(store, first, action="reject", reviewer="ana", reason=" ")
    with pytest.raises(ReviewError, match="no event"):
        review_event(store, "missing", action="accept", reviewer="ana")
    with pytest.raises(ReviewError, match="at least one"):
        review_event(store, first, action="edit", reviewer="ana", changes={})
    assert audit_trail(store) == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"record": "{}"}, "cannot be edited"),
        ({"event_type": "Skirmish"}, "vocabulary"),
        ({"latitude": 123.0}, "out of range"),
        ({"fatalities": "many"}, "not valid"),
        ({"geo_precision": 7}, "1, 2 or 3"),
        ({"date_start": "last Tuesday"}, "not valid"),
    ],
)
def test_review_validate_changes_says_what_is_wrong(changes: dict, message: str) -> None:
    with pytest.raises(ReviewError, match=message):
        validate_changes(changes)


def test_review_validate_changes_types_values() -> None:
    checked = validate_changes({"fatalities": "4", "latitude": "34.5", "intra_group": "yes", "actor2": " "})
    assert checked == {"fatalities": 4, "latitude": 34.5, "intra_group": True, "actor2": None}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"fatalities": 10**23}, "out of range"),
        ({"fatalities_high": 2_000_000}, "out of range"),
        ({"fatalities": 2.5}, "whole number"),
        ({"country_code": "<b>x</b>"}, "ISO 3166"),
        ({"country_code": "ZZ"}, "ISO 3166"),
        ({"longitude": "nan"}, "not valid"),
        ({"admin1": "x" * 501}, "shorten it"),
    ],
)
def test_review_validate_changes_refuses_values_out_of_range(changes: dict, message: str) -> None:
    with pytest.raises(ReviewError, match=message):
        validate_changes(changes)


def test_review_validate_changes_normalises_country_codes() -> None:
    assert validate_changes({"country_code": " sy "}) == {"country_code": "SY"}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sub_event_type": "Attack"}, "not a kind of 'Battles'"),
        ({"event_type": "Protests"}, "not a kind of 'Protests'"),
        ({"date_start": "2018-12-09"}, "before date_start"),
        ({"date_start": "2018-12-09", "date_end": "2018-12-01"}, "before date_start"),
        ({"fatalities_low": 5, "fatalities_high": 3}, "above fatalities_high"),
        ({"fatalities": 3}, "below fatalities_low"),
        ({"fatalities_high": 6}, "above fatalities_high"),
    ],
)
def test_review_edit_refuses_an_inconsistent_event(store: Store, changes: dict, message: str) -> None:
    first = event_ids(store)[0]  # Battles / Armed clash on 2018-12-04, fatalities 7 (low 7)
    with pytest.raises(ReviewError, match=message):
        review_event(store, first, action="edit", reviewer="ana", changes=changes)
    assert audit_trail(store) == []


def test_review_edit_accepts_a_consistent_change_of_type_and_dates(store: Store) -> None:
    first = event_ids(store)[0]
    changes = {"event_type": "Violence against civilians", "sub_event_type": "Attack", "date_end": "2018-12-06"}
    review_event(store, first, action="edit", reviewer="ana", changes=changes)
    event = read.event(store, first)
    assert event is not None and (event["event_type"], event["sub_event_type"]) == (changes["event_type"], "Attack")


def test_review_edited_actor_resolves_against_the_knowledge_base(store: Store) -> None:
    first = event_ids(store)[0]  # Islamic State on both sides (inter 2)
    review_event(store, first, action="edit", reviewer="ana", changes={"actor1": "Islamic Resistance Movement"})
    event = read.event(store, first)
    assert event is not None
    assert (event["actor1"], event["actor1_id"], event["inter1"]) == ("Hamas", "hamas", 3)
    assert event["record"]["actor1"] | {"faction": None} == {
        "name": "Hamas",
        "actor_id": "hamas",
        "faction": None,
        "inter": 3,
    }
    assert (event["actor2_id"], event["inter2"]) == ("isis", 2)  # untouched side keeps its actor
    with store.reader() as con:
        assert con.execute("SELECT name, inter FROM actors WHERE actor_id = 'hamas'").fetchone() == ("Hamas", 3)


def test_review_edited_actor_unknown_to_the_knowledge_base_becomes_a_new_actor(store: Store) -> None:
    first = event_ids(store)[0]
    review_event(store, first, action="edit", reviewer="ana", changes={"actor2": "Brigade of the Nine Hills"})
    event = read.event(store, first)
    assert event is not None
    assert (event["actor2"], event["actor2_id"], event["inter2"]) == (
        "Brigade of the Nine Hills",
        "user_brigade_of_the_nine_hills",
        None,  # unknown, never guessed
    )
    with store.reader() as con:
        assert con.execute("SELECT count(*) FROM actors WHERE actor_id LIKE 'user_%'").fetchone() == (1,)
    with pytest.raises(ReviewError, match="no actor with id"):
        review_event(store, first, action="edit", reviewer="ana", changes={"actor1_id": "no_such_group"})
