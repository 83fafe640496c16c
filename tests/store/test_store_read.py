"""The read service: reviewed values and inter codes wherever events are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from records_factory import make_result

from faultlines.store import read
from faultlines.store.actor_types import inter_of
from faultlines.store.database import Store
from faultlines.store.queries import EventFilter, list_events
from faultlines.store.review import ReviewFilter, review_event


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "read.duckdb")
    store.write([make_result()])
    return store


def only_event_id(store: Store) -> str:
    [row] = read.events(store)
    return str(row["event_id"])


def test_store_read_events_show_the_reviewed_type_where_the_extraction_is_kept(store: Store) -> None:
    event_id = only_event_id(store)
    review_event(
        store,
        event_id,
        action="edit",
        reviewer="ana",
        changes={"event_type": "Strategic developments", "sub_event_type": "Other"},
    )
    [row] = read.events(store)
    assert row["event_type"] == "Strategic developments" and row["record"]["event_type"] == "Strategic developments"
    assert list_events(store)[0]["event_type"] == "Battles"  # the extraction, as stored
    document = read.document(store, row["doc_id"][:8])
    assert document is not None and document["events"][0]["event_type"] == "Strategic developments"


def test_store_read_typed_actor_gets_the_inter_code_of_the_actor_list_or_generic_name(store: Store) -> None:
    event_id = only_event_id(store)
    review_event(store, event_id, action="edit", reviewer="ana", changes={"actor2": "islamic  state"})
    row = read.event(store, event_id)
    assert row is not None and (row["inter2"], row["actor2_country"]) == (2, None)
    review_event(store, event_id, action="edit", reviewer="ana", changes={"actor2": "Protesters (Syria)"})
    row = read.event(store, event_id)
    assert row is not None and row["inter2"] == 6 and row["record"]["actor2"]["inter"] == 6


def test_store_read_publishable_unless_modalities_are_named(store: Store) -> None:
    assert read.publishable(EventFilter()).modalities == ("asserted", "alleged")
    assert read.publishable(EventFilter(modality="planned")).modalities == ()
    event_id = only_event_id(store)
    review_event(store, event_id, action="edit", reviewer="ana", changes={"modality": "forecast"})
    assert read.events(store, read.publishable(EventFilter())) == []
    assert read.count_events(store, EventFilter(modalities=("forecast",))) == 1
    review_event(store, event_id, action="reject", reviewer="ana", reason="not an event")
    assert read.events(store, review=ReviewFilter(include_rejected=False)) == []


def test_store_read_inter_of_an_unknown_name_stays_unknown() -> None:
    assert inter_of("Heval Serhed", None, {}, {}) is None
    assert inter_of("Heval Serhed", None, {}, {"heval serhed": 2}) == 2
    assert inter_of("Islamic State", "isis", {"isis": 2}, {}) == 2 and inter_of(None, None, {}, {}) is None
