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
