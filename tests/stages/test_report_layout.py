"""A report's layout read right: the headline, byline and dateline are not part of the first
sentence, the dateline's date is the report's and no event's, the body (not the headline) gives
an event its trigger, and "according to X" at the end of a sentence is X's report of the whole
sentence. On a report written for this test, through `faultlines extract`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from faultlines.cli import main

pytestmark = pytest.mark.slow

REPORT = (
    "Rival rebel factions clash near Saraqib, activists say\n\n"
    "By Samir Aziz\n"
    "AMMAN, March 3 (Northern Wire) - Fighters of the Southern Brigade traded fire with the Dawn Front on Sunday "
    "near the town of Saraqib, and at least five fighters were killed, according to the Telkara Media Centre.\n\n"
    "The Dawn Front did not comment on the fighting.\n"
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("layout") / "telkara.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[0])


def _main_event(extracted: dict) -> dict:
    clashes = [e for e in extracted["events"] if e["sub_event_type"] == "Armed clash"]
    assert clashes, [e["trigger"]["text"] for e in extracted["events"]]
    return clashes[0]


def test_report_layout_evidence_starts_after_the_headline(extracted: dict) -> None:
    event = _main_event(extracted)
    assert all(not span["text"].startswith("By Samir") for span in event["evidence"])
    assert all("activists say" not in span["text"] or span["text"].startswith("Rival") for span in event["evidence"])
    assert not any("By Samir Aziz" in span["text"] and "traded fire" in span["text"] for span in event["evidence"])


def test_report_layout_trigger_comes_from_the_body(extracted: dict) -> None:
    assert _main_event(extracted)["trigger"]["text"] == "traded fire"


def test_report_layout_dateline_date_is_not_the_event_date(extracted: dict) -> None:
    date = _main_event(extracted)["date"]
    assert date is not None and date["text"] == "Sunday"


def test_report_layout_according_to_covers_the_whole_sentence(extracted: dict) -> None:
    sources = [a["source"] for a in _main_event(extracted)["attribution"]]
    assert sources == ["Telkara Media Centre"]


def test_report_layout_dateline_city_is_not_the_event_place(extracted: dict) -> None:
    place = _main_event(extracted)["place"]
    assert place is not None and place["name"].startswith("Saraq")
    assert "Amman" in [p["name"] for p in extracted["places"]]  # found, but only where it was filed
