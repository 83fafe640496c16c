"""The Python API a notebook uses: one text in, the contract record out; a bare string where
paths are expected is refused with a message that says what to call instead."""

from __future__ import annotations

import pytest

import faultlines
from faultlines.errors import UsageError


def test_service_extract_refuses_a_bare_string_instead_of_reading_each_character() -> None:
    with pytest.raises(UsageError, match=r"extract_text\(text\)"):
        list(faultlines.extract("Rebels attacked the town of Kidal on Monday.", faultlines.Settings()))


def test_service_ingest_refuses_a_bare_string(tmp_path) -> None:
    settings = faultlines.Settings(db_path=str(tmp_path / "t.duckdb"))
    with pytest.raises(UsageError, match=r"ingest\(\[") as caught:
        faultlines.ingest("reports/", settings)
    assert "'reports/'" in str(caught.value)  # the message shows the call to make


def test_service_extract_text_refuses_a_date_that_is_not_a_day() -> None:
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        faultlines.extract_text("Rebels attacked Kidal.", published="last Tuesday")


def test_service_extract_text_of_nothing_is_the_empty_text_failure() -> None:
    record = faultlines.extract_text("   ")
    assert [f["code"] for f in record["failures"]] == ["E106"]
    assert record["events"] == []


@pytest.mark.slow
def test_service_extract_text_reads_a_text_as_extract_reads_a_file() -> None:
    text = "Gunmen killed three soldiers at a checkpoint near Mosul on Tuesday, police said."
    record = faultlines.extract_text(text, published="2019-01-24", title="Checkpoint attack", outlet="Wire")
    assert record["doc"]["published"] == "2019-01-24"
    assert (record["doc"]["title"], record["doc"]["outlet"]) == ("Checkpoint attack", "Wire")
    (event,) = [e for e in record["events"] if e["trigger"]["text"] == "killed"]
    assert event["date"]["start"] == "2019-01-22"  # the Tuesday before the publication day
    assert event["fatalities"]["best"] == 3
    assert text[event["trigger"]["start"] : event["trigger"]["end"]] == "killed"


# ------------------------------------------------------------------------------- faultlines.open
def _stored_database(tmp_path):
    """A database with one document holding an asserted clash and a planned one (no model)."""
    import dataclasses
    import hashlib

    from records_factory import make_result

    from faultlines.store.database import Store

    result = make_result()
    (clash,) = result.events
    planned = dataclasses.replace(clash, event_id=hashlib.sha1(b"planned").hexdigest(), modality="planned")
    path = tmp_path / "r.duckdb"
    Store(path).write([dataclasses.replace(result, events=(clash, planned))])
    return path, clash


def test_service_open_refuses_a_missing_database(tmp_path) -> None:
    with pytest.raises(UsageError, match="no database at"):
        faultlines.open(tmp_path / "nothing.duckdb")


def test_service_open_reads_publishable_events_as_records_and_frames(tmp_path) -> None:
    path, clash = _stored_database(tmp_path)
    db = faultlines.open(path)
    (record,) = db.events()  # the planned clash is not what a user would publish
    assert (record["id"], record["modality"], record["fatalities"]["best"]) == (clash.event_id, "asserted", 7)
    assert len(db.events(modalities=["asserted", "planned"])) == 2
    assert db.events(kind="defection") == []
    frame = db.events(frame=True)
    assert list(frame["event_id"]) == [clash.event_id] and "record" not in frame.columns
    assert list(db.documents(frame=True)["title"]) == ["Clash in Hajin"]
    with pytest.raises(UsageError, match="unknown event filter colour"):
        db.events(colour="red")
