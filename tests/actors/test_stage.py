"""The actor stage on sentences we wrote: names, acronyms, references, factions, people,
unknown groups and unnamed actors."""

from __future__ import annotations

from itertools import pairwise
from types import SimpleNamespace

import pytest

from faultlines.analysis import Analysis
from faultlines.records import CleanDocument, SourceDocument

pytestmark = pytest.mark.slow


def _by_how(mentions, how):
    return [(m.text, m.actor_id, m.faction or m.role) for m in mentions if m.how == how]


def test_stage_links_every_name_of_one_group_to_one_actor(read) -> None:
    text = (
        "Daesh fighters stormed a village near Raqqa on Monday. The Islamic State later claimed the "
        "raid, and ISIL supporters celebrated it; IS also named the town's new emir."
    )
    entities, mentions, actors = read(text)
    names = [(m.text, m.actor_id) for m in mentions if m.how == "name"]
    assert names == [("Daesh", "isis"), ("Islamic State", "isis"), ("ISIL", "isis"), ("IS", "isis")]
    isis = next(a for a in actors if a.actor_id == "isis")
    assert isis.name == "Islamic State" and isis.inter == 2
    assert {"Daesh", "Islamic State", "ISIL", "IS"} <= set(isis.aliases_seen)
    assert all(e.label == "ARMED_GROUP" for e in entities if e.actor_id == "isis")


def test_stage_drops_the_verb_is_in_an_upper_case_headline(read) -> None:
    entities, mentions, _ = read("IS INFIGHTING WEAKENING THE REBELS?\nRebels in Idlib say little has changed.")
    assert not [m for m in mentions if m.text == "IS"]
    assert not [e for e in entities if e.text == "IS"]


def test_stage_keeps_the_acronym_is_in_running_text(read) -> None:
    _, mentions, _ = read("IS militants seized two villages east of Aleppo, a monitor said.")
    assert ("IS", "isis") in [(m.text, m.actor_id) for m in mentions if m.how == "name"]


def test_stage_tells_factions_from_their_parent(read) -> None:
    text = (
        "ISIS has been weakened by infighting in Deir ez-Zor. Clashes broke out between the group's "
        "foreign fighters and its local members, and ISIS commanders ordered a retreat. "
        "The foreigners accused the locals of betraying the group's leadership."
    )
    _, mentions, actors = read(text)
    factions = _by_how(mentions, "faction")
    assert ("foreign fighters", "isis", "foreign fighters") in factions
    assert ("local members", "isis", "local fighters") in factions
    assert ("commanders", "isis", "commanders") in factions
    assert ("foreigners", "isis", "foreign fighters") in factions
    assert ("locals", "isis", "local fighters") in factions
    assert ("leadership", "isis", "leadership") in factions
    isis = next(a for a in actors if a.actor_id == "isis")
    assert {"foreign fighters", "local fighters", "commanders", "leadership"} <= set(isis.factions)


def test_stage_reads_nationality_and_origin_factions(read) -> None:
    text = (
        "Rifts inside Islamic State are widening. Its Syrian and Iraqi members resent the Chechen "
        "fighters, and the Turkmen on one side and the recruits from other countries on the other "
        "have exchanged fire."
    )
    _, mentions, _ = read(text)
    labels = {m.faction for m in mentions if m.how == "faction" and m.actor_id == "isis"}
    assert {"Syrian and Iraqi fighters", "Chechen/Caucasus fighters", "Turkmen", "foreign fighters"} <= labels


def test_stage_does_not_make_a_faction_of_a_group_s_enemy(read) -> None:
    _, mentions, _ = read("Kurdish fighters drove ISIS out of the town after a week of clashes.")
    assert not [m for m in mentions if m.how == "faction"]


def test_stage_bare_locals_without_a_rift_are_civilians(read) -> None:
    text = "ISIS shelled the outskirts of Deir ez-Zor in Syria. Many locals fled to the countryside."
    _, mentions, actors = read(text)
    locals_ = [m for m in mentions if m.text.endswith("locals")]
    assert [m.actor_id for m in locals_] == ["civilians:SY"]
    assert any(a.actor_id == "civilians:SY" and a.name == "Civilians (Syria)" and a.inter == 7 for a in actors)


def test_stage_resolves_the_group_the_militants_and_pronouns(read) -> None:
    text = (
        "Jabhat al-Nusra fighters overran an army base in Idlib. The group said its fighters lost "
        "three men. The militants then withdrew, and they set fire to the depot."
    )
    _, mentions, _ = read(text)
    refs = _by_how(mentions, "reference")
    assert ("The group", "nusra", None) in refs
    assert ("its fighters", "nusra", None) in refs
    assert ("The militants", "nusra", None) in refs
    assert ("they", "nusra", None) in refs


def test_stage_leaves_a_pronoun_about_a_place_unresolved(read) -> None:
    text = "ISIS fighters were expelled from the city of Aleppo and large areas of its countryside."
    _, mentions, _ = read(text)
    assert not [m for m in mentions if m.text == "its"]


def test_stage_links_people_to_their_organisation_and_role(read) -> None:
    text = (
        "Hezbollah's military commander, Abu Sami al-Lubnani, was killed on Monday. Abu Karim "
        "al-Tikriti, the spokesman of the Popular Mobilization Forces, denied the report, and "
        "ISIS leader Abu Bakr al-Baghdadi was not mentioned. Baghdadi has not been seen since."
    )
    entities, mentions, _ = read(text)
    people = _by_how(mentions, "person")
    assert ("Abu Sami al-Lubnani", "hezbollah", "military commander") in people
    assert ("Abu Karim al-Tikriti", "pmf", "spokesman") in people
    assert ("Abu Bakr al-Baghdadi", "isis", "leader") in people
    assert ("Baghdadi", "isis", "leader") in people
    assert next(e for e in entities if e.text == "Abu Sami al-Lubnani").actor_id == "hezbollah"


def test_stage_keeps_an_unknown_group_as_a_new_actor(read) -> None:
    text = "A previously unknown faction, the Liwa al-Fajr Brigade, attacked a checkpoint near Homs in Syria."
    entities, _, actors = read(text)
    new = next(a for a in actors if a.actor_id.startswith("new:"))
    assert new.actor_id == "new:liwa-al-fajr-brigade" and new.name == "Liwa al-Fajr Brigade"
    assert next(e for e in entities if e.actor_id == new.actor_id).label == "ARMED_GROUP"


def test_stage_names_unnamed_actors_the_acled_way(read) -> None:
    text = (
        "In Iraq, civilians fled as the army advanced on the town, and protesters gathered near "
        "the bridge. Unidentified gunmen later opened fire on them."
    )
    _, mentions, actors = read(text)
    generic = {(m.text, m.actor_id) for m in mentions if m.how == "generic"}
    assert ("civilians", "civilians:IQ") in generic
    assert ("the army", "iraq_military") in generic
    assert ("protesters", "protesters:IQ") in generic
    assert ("Unidentified gunmen", "unidentified:IQ") in generic
    names = {a.actor_id: a.name for a in actors}
    assert names["unidentified:IQ"] == "Unidentified Armed Group (Iraq)"


def test_stage_links_the_coalition_and_the_pentagon(read) -> None:
    text = (
        "The Pentagon said the U.S.-led coalition struck ISIS positions near Mosul in Iraq. Coalition "
        "aircraft hit two bridges."
    )
    _, mentions, _ = read(text)
    ids = [(m.text, m.actor_id) for m in mentions]
    assert ("Pentagon", "us_dod") in ids
    assert ("U.S.-led coalition", "coalition") in ids
    assert ("Coalition aircraft", "coalition") in ids


def test_stage_mentions_point_at_the_text_and_never_overlap(read) -> None:
    text = (
        "ISIS foreign fighters and their Syrian counterparts clashed near Hajin, Syria. The group's "
        "leadership, including Abu Bakr al-Baghdadi, was said to be nearby; they later withdrew."
    )
    entities, mentions, _ = read(text)
    for item in (*entities, *mentions):
        assert text[item.start : item.end] == item.text
    spans = sorted((m.start, m.end) for m in mentions)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_stage_runs_as_a_registered_stage(actor_nlp, kb) -> None:
    from faultlines.registry import get_stage

    text = "Hezbollah fighters crossed into Syria."
    source = SourceDocument(doc_id="t", source="test", text=text, text_hash="t")
    analysis = Analysis(clean=CleanDocument(source=source, body=text), doc=actor_nlp(text))
    info = get_stage("faultlines.actors.v1")
    assert set(info.writes) == {"entities", "mentions", "actors"}
    result = info.function(analysis, SimpleNamespace(actors=kb, gazetteer=None))
    assert [a.actor_id for a in result.actors] == ["hezbollah"]
    assert result.mentions[0].how == "name"


@pytest.mark.parametrize(
    "text",
    [
        "The Caliphate executed three men in Raqqa on Monday.",
        "Soldiers of the Caliphate claimed the bombing in Baghdad.",
        "Fighters of the caliphate attacked Kurdish positions near Kobani.",
    ],
)
def test_stage_links_the_caliphate_acting_as_a_group_to_isis(read, text: str) -> None:
    entities, mentions, actors = read(text)
    assert [m.actor_id for m in mentions if "aliphate" in m.text] == ["isis"]
    assert not [a for a in actors if a.actor_id.startswith("new:")]
    assert all(e.actor_id == "isis" for e in entities if e.text.endswith("aliphate"))


@pytest.mark.parametrize(
    "text",
    [
        "ISIS declared a caliphate in Mosul in 2014.",
        "ISIS proclaimed the Caliphate after seizing Mosul.",
        "The dream of a Caliphate still draws recruits, analysts said.",
    ],
)
def test_stage_leaves_the_caliphate_as_a_concept_unlinked(read, text: str) -> None:
    _, mentions, actors = read(text)
    assert not [m for m in mentions if "aliphate" in m.text]
    assert not [a for a in actors if a.actor_id.startswith("new:")]


@pytest.mark.parametrize(
    ("text", "factions"),
    [
        ("ISIS leadership met in Raqqa. Its commanders disagreed over tactics.", ("leadership", "commanders")),
        ("ISIS lost ground in Syria. The caliphate's leadership fled to Deir ez-Zor.", ("leadership",)),
        ("The Islamic State attacked Hama. The leadership of the group ordered the attack.", ("leadership",)),
    ],
)
def test_stage_records_rank_factions_of_the_group(read, text: str, factions: tuple[str, ...]) -> None:
    _, _, actors = read(text)
    assert next(a for a in actors if a.actor_id == "isis").factions == factions
