"""The ACLED CSV by ACLED's codebook: loads with ACLED's column types, one rule per test."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
import pytest
from export_fixtures import event_id, result

from faultlines.export.acled_actors import actor_columns, interaction
from faultlines.export.acled_countries import acled_country
from faultlines.export.acled_notes import summary_sentence
from faultlines.export.registry import export
from faultlines.export.source_scales import source_scale
from faultlines.store.actor_types import generic_inter
from faultlines.store.database import Store
from faultlines.store.review import review_event

# ACLED's column types, as its codebook and its CSV downloads give them.
ACLED_TYPES = {
    "event_id_cnty": "VARCHAR",
    "event_date": "DATE",
    "year": "INTEGER",
    "time_precision": "INTEGER",
    "disorder_type": "VARCHAR",
    "event_type": "VARCHAR",
    "sub_event_type": "VARCHAR",
    "actor1": "VARCHAR",
    "assoc_actor_1": "VARCHAR",
    "inter1": "INTEGER",
    "actor2": "VARCHAR",
    "assoc_actor_2": "VARCHAR",
    "inter2": "INTEGER",
    "interaction": "INTEGER",
    "civilian_targeting": "VARCHAR",
    "iso": "INTEGER",
    "region": "VARCHAR",
    "country": "VARCHAR",
    "admin1": "VARCHAR",
    "admin2": "VARCHAR",
    "admin3": "VARCHAR",
    "location": "VARCHAR",
    "latitude": "DOUBLE",
    "longitude": "DOUBLE",
    "geo_precision": "INTEGER",
    "source": "VARCHAR",
    "source_scale": "VARCHAR",
    "notes": "VARCHAR",
    "fatalities": "INTEGER",
    "tags": "VARCHAR",
    "timestamp": "BIGINT",
}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "acled.duckdb")
    store.write([result()])
    return store


def acled(store: Store) -> tuple[dict[str, dict[str, str]], str]:
    """The export's rows keyed by sub-event type (one each here), and the export's message."""
    handle = io.BytesIO()
    stats = export(store, "acled-csv", handle)
    rows = list(csv.DictReader(io.StringIO(handle.getvalue().decode("utf-8"))))
    return {row["sub_event_type"]: row for row in rows}, stats.message()


def test_export_acled_loads_with_acleds_column_types(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    with out.open("wb") as handle:
        export(store, "acled-csv", handle)
    types = ", ".join(f"'{c}': '{t}'" for c, t in ACLED_TYPES.items())
    rows = duckdb.sql(
        f"SELECT * FROM read_csv('{out}', header=true, auto_detect=false, columns={{{types}}})"
    ).fetchall()
    assert len(rows) == 4
    names = list(ACLED_TYPES)
    for row in rows:
        values = dict(zip(names, row, strict=True))
        assert values["event_date"] is not None and values["year"] == values["event_date"].year
        assert values["interaction"] is not None and values["timestamp"] > 0


def test_export_acled_leaves_out_undated_and_unpublishable_events_and_says_so(store: Store) -> None:
    rows, message = acled(store)
    assert "Armed clash" in rows and len(rows) == 4  # the dated clash only; the planned attack is left out
    assert "1 undated event left out" in message and message.startswith("4 events written")


def test_export_acled_fills_unnamed_sides_with_acleds_generic_actors(store: Store) -> None:
    rows, _ = acled(store)
    abduction = rows["Abduction/forced disappearance"]
    assert (abduction["actor1"], abduction["inter1"]) == ("Unidentified Armed Group (Syria)", "3")
    assert (abduction["actor2"], abduction["inter2"], abduction["interaction"]) == ("Civilians (Syria)", "7", "37")
    protest = rows["Peaceful protest"]
    assert (protest["actor1"], protest["inter1"], protest["inter2"], protest["interaction"]) == (
        "Protesters (Turkey)",
        "6",
        "0",
        "60",
    )
    clash = rows["Armed clash"]
    assert (clash["actor2"], clash["interaction"]) == ("Unidentified Armed Group (Syria)", "23")
    assert "actor2: not named in the report" in clash["tags"]


def test_export_acled_country_names_and_regions_are_acleds(store: Store) -> None:
    rows, _ = acled(store)
    assert (rows["Peaceful protest"]["country"], rows["Peaceful protest"]["region"]) == ("Turkey", "Middle East")
    assert rows["Peaceful protest"]["iso"] == "792" and rows["Peaceful protest"]["event_id_cnty"].startswith("TUR")
    assert acled_country("CD") is not None and acled_country("CD").name == "Democratic Republic of Congo"  # type: ignore[union-attr]
    assert acled_country("CI").name == "Ivory Coast"  # type: ignore[union-attr]


def test_export_acled_civilian_targeting_when_civilians_are_the_target(store: Store) -> None:
    rows, _ = acled(store)
    shelling = rows["Shelling/artillery/missile attack"]
    assert shelling["civilian_targeting"] == "Civilian targeting"  # victims are civilians, no actor 2
    assert (shelling["actor2"], shelling["interaction"]) == ("", "10")
    assert rows["Abduction/forced disappearance"]["civilian_targeting"] == "Civilian targeting"
    assert rows["Armed clash"]["civilian_targeting"] == ""


def test_export_acled_associated_actors_once_and_not_the_actor_itself(store: Store) -> None:
    rows, _ = acled(store)
    assert rows["Armed clash"]["assoc_actor_1"] == "Jaysh al-Izza"


def test_export_acled_notes_one_sentence_without_dateline_with_source(store: Store) -> None:
    rows, _ = acled(store)
    notes = rows["Shelling/artillery/missile attack"]["notes"]
    assert notes == (
        "Artillery shelling killed nine civilians in Kafranbel on Tuesday, residents said. [Test Wire, 2018-12-06]"
    )


def test_export_acled_reviewed_actor_gets_its_inter_code(store: Store) -> None:
    review_event(store, event_id("shelling"), action="edit", reviewer="ana", changes={"actor2": "villagers"})
    shelling = acled(store)[0]["Shelling/artillery/missile attack"]
    assert (shelling["actor2"], shelling["inter2"], shelling["interaction"]) == ("villagers", "7", "17")


def test_export_acled_interaction_rules() -> None:
    assert interaction(1, 2) == "12" and interaction(2, 1) == "12" and interaction(3, None) == "30"
    assert interaction(2, 2) == "22" and interaction(None, 3) == ""
    assert interaction(1, None, has_actor2=True) == ""  # a second actor of unknown type: not sole action


def test_export_actor_types_of_generic_names() -> None:
    assert generic_inter("Civilians (Syria)") == 7 and generic_inter("Unidentified Armed Group (Iraq)") == 3
    assert generic_inter("protesters") == 6 and generic_inter("Rioters (Iraq)") == 5
    assert generic_inter("Military Forces of Syria") == 1 and generic_inter("local residents") == 7
    assert generic_inter("Islamic State") is None


def test_export_source_scale_joins_known_scales_in_acleds_order() -> None:
    assert source_scale(["Reuters", "Rudaw"]) == "Subnational-International"
    assert source_scale(["Test Wire"]) == ""
    assert source_scale(["Syrian Observatory for Human Rights", "Telegram"]) == "Other-New media"


def test_export_notes_sentence_holds_the_trigger() -> None:
    text = "By A. Writer\nKABUL (Wire) - Police met elders. Gunmen then shot two guards."
    record = {
        "evidence": [{"start": 5, "end": 5 + len(text), "text": text}],
        "trigger": {"start": 5 + text.index("shot")},
    }
    assert summary_sentence(record) == "Gunmen then shot two guards."
    first = {"evidence": [{"start": 0, "end": len(text), "text": text}], "trigger": None}
    assert summary_sentence(first) == "Police met elders."


def test_export_acled_described_armed_side_becomes_an_unidentified_armed_group() -> None:
    row = {
        "event_type": "Battles",
        "record": {},
        "actor1": "fighters",
        "actor1_id": None,
        "actor1_faction": None,
        "inter1": 2,
        "actor2": "Military Forces of Syria",
        "actor2_id": "syria_military",
        "actor2_faction": None,
        "inter2": 1,
    }
    columns = actor_columns(row, "Syria")
    assert (columns.actor1, columns.inter1, columns.interaction()) == ("Unidentified Armed Group (Syria)", 3, "13")
    assert columns.described == {"actor1": "fighters"}
    named = actor_columns(row | {"actor1": "Free Syrian Army"}, "Syria")
    assert (named.actor1, named.inter1, named.described) == ("Free Syrian Army", 2, {})


def test_export_acled_state_forces_abroad_are_external_forces() -> None:
    row = {
        "event_type": "Explosions/Remote violence",
        "record": {},
        "country_code": "SY",
        "actor1": "Military Forces of Russia",
        "actor1_id": "russia_military",
        "actor1_faction": None,
        "actor1_country": "RU",
        "inter1": 1,
        "actor2": None,
        "actor2_id": None,
        "actor2_faction": None,
        "inter2": None,
    }
    assert (actor_columns(row, "Syria").inter1, actor_columns(row, "Syria").interaction()) == (8, "80")
    at_home = actor_columns(row | {"country_code": "RU"}, "Russia")
    assert (at_home.inter1, at_home.interaction()) == (1, "10")


def test_export_notes_sentences_keep_titles_and_closing_quotes() -> None:
    text = 'Gen. Smith said the U.S. Army left. "We won." Then a lone "quote.'
    record = {"evidence": [{"start": 0, "end": len(text), "text": text}], "trigger": {"start": text.index("won")}}
    assert summary_sentence(record) == '"We won."'
    assert summary_sentence(record | {"trigger": {"start": 0}}) == "Gen. Smith said the U.S. Army left."
    cut = '"Nobody will move as long as the agreement holds.'
    assert summary_sentence({"evidence": [{"start": 0, "end": len(cut), "text": cut}]}) == cut[1:]
