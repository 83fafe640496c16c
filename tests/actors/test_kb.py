"""The knowledge base: its data, lookups, the user file merged over it, its checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.actors.kb import ActorKB, user_file
from faultlines.config import Settings
from faultlines.errors import ResourceError


def test_kb_bundled_data_has_no_problems(kb: ActorKB) -> None:
    # no name is shared by two actors unless both mark it ambiguous; relations point at real ids
    assert kb.validate() == []


def test_kb_covers_the_armed_actors_of_syria_and_iraq(kb: ActorKB) -> None:
    for actor_id in (
        "isis",
        "nusra",
        "hts",
        "ahrar_al_sham",
        "fsa",
        "sdf",
        "ypg",
        "peshmerga",
        "pmf",
        "kataib_hezbollah",
        "syria_military",
        "iraq_military",
        "coalition",
        "us_dod",
        "hezbollah",
    ):
        assert actor_id in kb
    assert kb.get("ypg").parent == "sdf"
    assert kb.get("hts").successor_of == "jfs"
    assert kb.get("isis").inter == 2 and kb.get("coalition").inter == 8
    assert all(e.inter is None or 1 <= e.inter <= 8 for e in kb)


def test_kb_lookup_normalises_spellings(kb: ActorKB) -> None:
    assert [e.actor_id for e in kb.lookup("Ahrar ash-Sham")] == ["ahrar_al_sham"]
    assert [e.actor_id for e in kb.lookup("Ahrar Al Sham")] == ["ahrar_al_sham"]
    assert [e.actor_id for e in kb.lookup("Hayat Tahrir al-Sham")] == ["hts"]
    assert [e.actor_id for e in kb.lookup("Hay’at Tahrir al-Sham")] == ["hts"]
    assert [e.actor_id for e in kb.lookup("the Islamic State")] == ["isis"]
    assert [e.actor_id for e in kb.lookup("Da’esh")] == ["isis"]


def test_kb_acronyms_match_case_sensitively(kb: ActorKB) -> None:
    assert [e.actor_id for e in kb.lookup("IS")] == ["isis"]
    assert kb.lookup("is") == ()
    assert [e.actor_id for e in kb.lookup("YPG")] == ["ypg"]


def test_kb_shared_name_is_allowed_only_when_marked(kb: ActorKB) -> None:
    ids = sorted(e.actor_id for e in kb.lookup("SNA"))
    assert ids == ["sna", "somalia_military"]
    bad = ActorKB.from_mappings(
        [
            {"id": "a", "name": "Alpha Brigade", "inter": 2, "aliases": ["Lions of the Valley"]},
            {"id": "b", "name": "Beta Brigade", "inter": 2, "aliases": ["Lions of the Valley"]},
        ]
    )
    assert any("lions of the valley" in p for p in bad.validate())


def test_kb_validate_reports_unknown_relations() -> None:
    kb = ActorKB.from_mappings([{"id": "a", "name": "Alpha", "inter": 2, "parent": "nobody"}])
    assert kb.validate() == ["actor a: parent 'nobody' is not an actor id"]


def test_kb_rejects_a_malformed_entry() -> None:
    with pytest.raises(ResourceError, match="inter"):
        ActorKB.from_mappings([{"id": "a", "name": "Alpha", "inter": 12}])


def test_kb_user_file_is_merged_over_the_bundled_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n"
        "- id: isis\n  aliases: [Tanzim al-Dawla al-Islamiya]\n"
        "- id: liwa_al_fajr\n  name: Liwa al-Fajr\n  inter: 2\n  country: SY\n"
        "- id: amaq\n  disabled: true\n",
        encoding="utf-8",
    )
    kb = ActorKB.load(Settings(data_dir=str(tmp_path), user_actors=str(path)))
    assert [e.actor_id for e in kb.lookup("Tanzim al-Dawla al-Islamiya")] == ["isis"]
    assert [e.actor_id for e in kb.lookup("Daesh")] == ["isis"]  # bundled aliases kept
    assert kb.get("liwa_al_fajr").country == "SY"
    assert "amaq" not in kb


def test_kb_default_user_file_lives_in_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=str(tmp_path))
    assert user_file(settings) == tmp_path / "actors.user.yaml"
    user_file(settings).write_text("actors:\n- id: liwa_x\n  name: Liwa X\n  inter: 2\n", encoding="utf-8")
    assert "liwa_x" in ActorKB.load(settings)


def test_kb_missing_user_file_named_in_settings_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="E502"):
        ActorKB.load(Settings(data_dir=str(tmp_path), user_actors=str(tmp_path / "none.yaml")))


def test_kb_is_parsed_once_per_process(tmp_path: Path) -> None:
    settings = Settings(data_dir=str(tmp_path))
    assert ActorKB.load(settings) is ActorKB.load(settings)  # cached, not read again


def test_kb_ruler_patterns_label_armed_groups_and_organisations(kb: ActorKB) -> None:
    patterns = kb.ruler_patterns()
    by_id = {}
    for p in patterns:
        by_id.setdefault(p.get("id"), set()).add(p["label"])
    assert by_id["actor:isis"] == {"ARMED_GROUP"}
    assert by_id["actor:us_dod"] == {"ORG"}
    acronym_is = [p for p in patterns if p["pattern"] == [{"ORTH": "IS"}]]
    assert acronym_is and all(p["label"] == "ARMED_GROUP" for p in acronym_is)
    assert not any(p["pattern"] == [{"LOWER": "is"}] for p in patterns)


@pytest.mark.parametrize(
    ("actor_id", "inter"),
    [
        ("peshmerga", 1),  # a regional government's forces: ACLED codes them as state forces
        ("pmf", 1),  # part of the Iraqi state since 2016: "Military Forces of Iraq (2014-) Popular Mobilization Forces"
        ("kataib_hezbollah", 3),  # its brigades ACLED keeps apart, as political militias
        ("lna", 1),  # ACLED: "Military Forces of Libya (2014-) Haftar Faction"
        ("hezbollah", 3),
        ("hamas", 3),
    ],
)
def test_kb_acled_inter_codes_of_state_like_forces(kb: ActorKB, actor_id: str, inter: int) -> None:
    assert kb.get(actor_id).inter == inter


def test_kb_self_names_are_looked_up_apart_from_aliases(kb: ActorKB) -> None:
    assert [e.actor_id for e in kb.lookup_self_name("the Caliphate")] == ["isis"]
    assert kb.lookup("Caliphate") == ()
