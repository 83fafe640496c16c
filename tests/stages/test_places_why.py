"""Each event says why it has its place: the rule that chose it and the place's own words.
On reports written for this test, through `faultlines extract`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from faultlines.cli import main
from faultlines.gazetteer.event_places import MAIN_PLACE
from faultlines.lang.en.why import PLACE_TIER_RULES

pytestmark = pytest.mark.slow

CLAUSE = (
    "Gunmen attacked a police checkpoint in Maiduguri on Monday, killing two officers, police said.\n\n"
    "The governor of Borno State condemned the attack.\n"
)
UNPLACED = (
    "Unrest in Nigeria grew this week, officials said.\n\n"
    "The army said it was on alert. Schools closed early. Markets stayed shut.\n\n"
    "Gunmen kidnapped three traders on Tuesday, a relative said.\n"
)


def _events(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[0])["events"]


def test_a_place_in_the_trigger_clause_is_chosen_by_that_rule_with_its_words(tmp_path: Path) -> None:
    attack = next(e for e in _events(tmp_path, CLAUSE) if e["trigger"]["text"] == "attacked")
    why = attack["why"]["place"]
    assert attack["place"]["name"] == "Maiduguri"
    assert why["rule"] in PLACE_TIER_RULES[:2]
    assert (why["text"], CLAUSE[why["start"] : why["end"]]) == ("Maiduguri", "Maiduguri")


def test_an_event_its_text_does_not_place_says_it_took_the_reports_main_place(tmp_path: Path) -> None:
    kidnap = next(e for e in _events(tmp_path, UNPLACED) if e["trigger"]["text"] == "kidnapped")
    why = kidnap["why"]["place"]
    assert why["rule"] == MAIN_PLACE, why
    assert UNPLACED[why["start"] : why["end"]] == why["text"] == kidnap["place"]["text"]


LOCAL = (
    "Father charged after shooting at eviction | Valley NewsHARRISBURG, Pa. (Valley News) -- A Lancaster man "
    "has been charged after he fired a rifle at a constable during an eviction, police said on Friday.\n\n"
    "Nobody was hurt, the district attorney said.\n"
)


def test_a_local_reports_dateline_town_is_its_main_place_and_a_mans_hometown_no_scene(tmp_path: Path) -> None:
    # "A Lancaster man" says where the man is from; the report is filed from the town it tells of.
    fired = next(e for e in _events(tmp_path, LOCAL) if e["sub_event_type"] == "Attack")
    assert fired["place"]["name"] == "Harrisburg", fired["place"]
    assert fired["why"]["place"]["rule"] == MAIN_PLACE
