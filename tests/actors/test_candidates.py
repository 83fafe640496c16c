"""New actors for review (faultlines.actors.candidates), on mentions and sentences we wrote:
the type guessed from the words in and around a name, what is no actor, the promotion line."""

from __future__ import annotations

import json

import pytest

from faultlines.actors.candidates import (
    Corpus,
    Part,
    Seen,
    clean_name,
    guess_type,
    is_description,
    read_extract_output,
    review,
    sighting,
    why_not_an_actor,
)


def seen_in(sentences: list[str], name: str, *, aliases: tuple[str, ...] = (), parts: tuple[Part, ...] = ()) -> Seen:
    """A new actor named `name`, mentioned once in each sentence (one document each)."""
    sightings = []
    for n, sentence in enumerate(sentences):
        start = sentence.index(name)
        sightings.append(sighting(f"doc{n}", start, start + len(name), name, (0, sentence)))
    return Seen(
        actor_id="new:" + name.lower().replace(" ", "-"),
        name=name,
        aliases=(name, *aliases),
        doc_ids=tuple(f"doc{n}" for n in range(len(sentences))),
        sightings=tuple(sightings),
        parts=parts,
    )


@pytest.mark.parametrize(
    ("sentence", "name", "inter", "told"),
    [
        ("Gunmen of the Southern Hawks Brigade militia stormed the market.", "Southern Hawks Brigade", 3, "militia"),
        ("Rebel group Ahl al-Wadi claimed the attack on the convoy.", "Ahl al-Wadi", 2, "Rebel group"),
        ("The Banu Sakhr Guards, a tribal militia from the east, took the road.", "Banu Sakhr Guards", 4, "tribal"),
        ("The Ogaden Liberation Front said it had shot down a drone.", "Ogaden Liberation Front", 2, "Liberation"),
        ("The Karama Brigade shelled the village overnight.", "Karama Brigade", 2, "Brigade"),
        ("A commander of the Civilian Joint Task Force said so.", "Civilian Joint Task Force", 3, "Civilian"),
        ("The Joint Operations Command said the attack was foiled.", "Joint Operations Command", 1, "Command"),
        ("The Bolivarian National Guard fired tear gas.", "Bolivarian National Guard", 1, "National Guard"),
    ],
)
def test_candidates_guess_the_type_from_the_words_that_tell(sentence: str, name: str, inter: int, told: str) -> None:
    guess = guess_type(seen_in([sentence], name))
    assert guess.inter == inter
    assert guess.kind == "armed"
    assert any(told in cue for cue in guess.cues), guess.cues


def test_candidates_a_bare_armed_name_word_says_least() -> None:
    # "Brigade" alone would make a rebel group; "the ... militia" says which type it is, and so
    # does "the militia" pointing back to it, even against two armed words ("Brigade fighters")
    guess = guess_type(seen_in(["Local people said the Karama Brigade militia set up checkpoints."], "Karama Brigade"))
    assert (guess.inter, guess.label) == (3, "3 political militia")
    two_armed = seen_in(["The Karama Brigade fighters shelled the town."], "Karama Brigade", aliases=("the militia",))
    assert guess_type(two_armed).inter == 3


def test_candidates_a_party_or_a_union_is_an_organisation_without_a_type() -> None:
    guess = guess_type(seen_in(["The Valley People's Party called for calm."], "Valley People's Party"))
    assert (guess.inter, guess.kind, guess.label) == (None, "org", "organisation")


def test_candidates_a_description_that_pointed_back_tells_the_type() -> None:
    one = seen_in(["Zahra Brothers fired on the crowd."], "Zahra Brothers", aliases=("The militia",))
    guess = guess_type(one)
    assert guess.inter == 3 and guess.cues == ('called "The militia"',)


def test_candidates_nothing_says_group_then_no_type() -> None:
    guess = guess_type(seen_in(["He met Omar Haddad on Monday."], "Omar Haddad"))
    assert (guess.inter, guess.kind, guess.cues) == (None, "", ())


def test_candidates_is_description_tells_a_reference_from_a_name() -> None:
    assert is_description("the militia") and is_description("The group")
    assert not is_description("The Karama Brigade") and not is_description("Karama Brigade")


@pytest.mark.parametrize(
    ("sentences", "name", "why"),
    [
        (["AMMAN, May 14 (Levant Courier) – An air strike hit the market."], "Levant Courier", "an outlet"),
        (["A spokesman told Sahara Voices that the road was open."], "Sahara Voices", "an outlet (credited or told)"),
        (["Reporting by: Dilan Aziz"], "Dilan Aziz", "a byline or a person's name"),
        (["Fighters left their posts in al-Hawija and drove west."], "al-Hawija", "a place"),
        (["Fighters left their posts in al-Hawija and al-Zab and drove west."], "al-Zab", "a place"),
        (["They hide in the Kumshe forest."], "Kumshe", "a place"),
        (["The group moved its Hisba Office to the town."], "Hisba Office", "a body or a thing of another actor"),
        (["He met Omar Haddad on Monday."], "Omar Haddad", "nothing calls it a group (a person's or a place's name?)"),
        (["A crowd gathered on Kifah Street."], "Kifah Street", "a place or a building"),
        (["Read moreSyriaThe army said."], "SyriaThe", "page furniture (words run together)"),
    ],
)
def test_candidates_what_is_no_actor(sentences: list[str], name: str, why: str) -> None:
    one = seen_in(sentences, name)
    assert why_not_an_actor(one, guess_type(one), Corpus(), None) == why


def test_candidates_page_furniture_and_names_of_the_corpus() -> None:
    furniture = Seen("new:x", "Editorial Board\n\nLanguage / اللغة العربية")
    assert why_not_an_actor(furniture, guess_type(furniture), Corpus(), None) == "page furniture"
    outlet = Seen("new:y", "Frontier Wire Service")
    corpus = Corpus.of(outlets=["The Frontier Wire Service"], places=["Tell Tamer"])
    assert why_not_an_actor(outlet, guess_type(outlet), corpus, None) == "an outlet"
    town = seen_in(["Tell Tamer was calm on Sunday."], "Tell Tamer")
    assert why_not_an_actor(town, guess_type(town), corpus, None) == "a place"


def test_candidates_a_group_that_a_preposition_precedes_is_still_a_group() -> None:
    one = seen_in(["Three men defected to the Karama Brigade militia."], "Karama Brigade")
    assert why_not_an_actor(one, guess_type(one), Corpus(), None) is None


def test_candidates_a_name_the_actor_list_now_knows_is_left_out(kb) -> None:
    one = seen_in(["Ahrar ash-Sham fighters attacked the checkpoint."], "Ahrar ash-Sham")
    assert why_not_an_actor(one, guess_type(one), Corpus(), kb) == "now in the actor list as ahrar_al_sham"


def test_candidates_review_lists_most_seen_first_with_the_promotion_line() -> None:
    hawks = seen_in(
        [
            "Gunmen of the Southern Hawks Brigade militia stormed the market.",
            "The Southern Hawks Brigade (SHB) has fought the army since last year.",
        ],
        "Southern Hawks Brigade",
        aliases=("the militia", "Hawks Brigade"),
        parts=(Part("new:southern-hawks-brigade", "e1", "doc0", "actor1", "SY"),),
    )
    karama = seen_in(["The Karama Brigade shelled the village overnight."], "Karama Brigade")
    courier = seen_in(["AMMAN, May 14 (Levant Courier) – An air strike hit the market."], "Levant Courier")
    found = review([karama, courier, hawks], Corpus(), None)
    assert [c.seen.name for c in found] == ["Southern Hawks Brigade", "Karama Brigade"]
    first = found[0]
    assert first.countries == ("SY",) and first.acronyms == ("SHB",)
    assert first.promotion == (
        "faultlines actors add southern_hawks_brigade --name 'Southern Hawks Brigade' --alias 'Hawks Brigade' "
        "--acronym SHB --inter 3 --country SY"
    )
    data = first.to_json()
    assert (data["documents"], data["events"], data["as_actor1"], data["inter"]) == (2, 1, 1, 3)
    assert data["example"]["text"][data["example"]["mention_start"] - data["example"]["start"] :].startswith(
        "Southern Hawks Brigade"
    )
    assert [c.seen.name for c in review([karama, hawks], Corpus(), None, min_docs=2)] == ["Southern Hawks Brigade"]
    assert [c.seen.name for c in review([karama, hawks], Corpus(), None, country="sy")] == ["Southern Hawks Brigade"]
    everything = review([karama, courier, hawks], Corpus(), None, everything=True)
    assert [(c.seen.name, c.not_an_actor) for c in everything][-1] == ("Levant Courier", "an outlet")


def test_candidates_read_extract_output_takes_the_words_around_from_event_sentences() -> None:
    sentence = "Local people said the Karama Brigade militia set up checkpoints on the road."
    start = 100 + sentence.index("Karama Brigade")
    record = {
        "doc": {"id": "d1", "outlet": "Levant Courier"},
        "entities": [{"start": start, "end": start + 14, "text": "Karama Brigade", "actor_id": "new:karama-brigade"}],
        "actors": [{"actor_id": "new:karama-brigade", "name": "Karama Brigade", "aliases_seen": ["Karama Brigade"]}],
        "places": [{"text": "Deir Hafer", "country_code": "SY"}],
        "events": [
            {
                "id": "e1",
                "actor1": {"name": "Karama Brigade", "actor_id": "new:karama-brigade"},
                "actor2": None,
                "assoc_actor_1": [],
                "assoc_actor_2": [],
                "place": {"country_code": "SY"},
                "evidence": [{"start": 100, "end": 100 + len(sentence), "text": sentence}],
            }
        ],
        "held_back": [],
    }
    seen, corpus = read_extract_output([json.dumps(record), ""])
    [found] = review(seen, corpus, None)
    assert found.guess.inter == 3 and found.countries == ("SY",) and found.events["actor1"] == 1
    assert corpus.outlets == frozenset({"levant courier"})


def test_candidates_clean_name_tidies_what_a_span_cut() -> None:
    assert clean_name("Houston Police Department's") == ("Houston Police Department", None)
    assert clean_name("Belfast Brigade of") == ("Belfast Brigade", None)
    assert clean_name("Bolivarian National Armed Forces (FANB") == ("Bolivarian National Armed Forces", "FANB")
    assert clean_name("Army of the Men") == ("Army of the Men", None)


def test_candidates_the_promotion_line_adds_the_tidied_name() -> None:
    cut = "Bolivarian National Armed Forces (FANB"  # the span the actor stage kept
    one = seen_in([f"Officers of the {cut} fired on them."], cut)
    [found] = review([one], Corpus(), None)
    assert found.promotion == (
        "faultlines actors add bolivarian_national_armed_forces --name 'Bolivarian National Armed Forces' "
        "--acronym FANB --inter 1"
    )
