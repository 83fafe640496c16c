"""A group named after a town is a group, not a town ("the Tafas Martyrs Brigade"), and a place name
several countries have counts for the country the report's other places agree on. On a report
written for these tests, through `faultlines extract`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from faultlines.actors.countries import rank_countries
from faultlines.cli import main

REPORT = (
    "Fighters of a rebel faction attacked an army checkpoint near Nawa in Deraa province on Tuesday, "
    "a monitor said.\n\n"
    "In a separate incident, the Tafas Martyrs Brigade clashed with government forces near Tafas on "
    "Wednesday.\n"
)


@pytest.mark.slow
def test_a_group_named_after_its_town_is_a_new_armed_group_and_its_foe_is_of_the_reports_country(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output.strip().splitlines()[0])
    groups = {e["text"]: (e["label"], e["actor_id"]) for e in out["entities"]}
    assert groups["Tafas Martyrs Brigade"] == ("ARMED_GROUP", "new:tafas-martyrs-brigade")
    clash = next(e for e in out["events"] if e["trigger"]["text"] == "clashed")
    assert (clash["actor1"]["name"], clash["actor2"]["name"]) == ("Tafas Martyrs Brigade", "Military Forces of Syria")
    # The town is still the clash's place
    assert clash["place"]["country_code"] == "SY"


def test_an_ambiguous_place_name_counts_for_the_country_the_others_agree_on() -> None:
    countries = {"Deraa": ("SY",), "Busra": ("SY",), "Tafas": ("TR", "SY"), "Izmir": ("TR",)}
    ranked = rank_countries(["Deraa", "Tafas", "Busra", "Tafas"], place_country=lambda name: countries[name])
    assert ranked == ("SY",)
    # With nothing to agree with, the most populous match
    assert rank_countries(["Tafas"], place_country=lambda name: countries[name]) == ("TR",)
