"""A name is a place only with evidence it is one: guns, streets, people, acronyms and outlets
that look like places are dropped; places the ruler cut short are taken whole."""

import pytest

from faultlines.gazetteer.recognise import toponym_spans

pytestmark = pytest.mark.slow


def names(text: str, nlp, gazetteer, *, inclusive: bool = False) -> list[str]:
    return [text[s:e] for s, e in toponym_spans(nlp(text), gazetteer, inclusive=inclusive)]


@pytest.mark.parametrize(
    ("text", "not_place", "place"),
    [
        ("A 14-year-old boy was shot with a BB gun outside his home in Wichita.", "BB", "Wichita"),
        ("The man was killed with a Winchester rifle near Boise, Idaho.", "Winchester", "Boise"),
        ("Gov. Sam Brownback said the shooting in Topeka was a tragedy.", "Sam", "Topeka"),
        ("Police officers shot Sam DuBose during a traffic stop in Cincinnati.", "Sam", "Cincinnati"),
        ("The shooting in Fresno was first reported by the Sacramento Bee on Sunday.", "Sacramento", "Fresno"),
        ("Two men were shot in the 2600 block of West Virginia Avenue in Dayton.", "West Virginia", "Dayton"),
        ("Jordan Hayes, 19, was charged with murder in Tulsa on Friday.", "Jordan", "Tulsa"),
    ],
)
def test_place_evidence_look_alikes_are_not_places(place_nlp, real_gazetteer, text, not_place, place) -> None:
    found = names(text, place_nlp, real_gazetteer)
    assert not_place not in found and place in found


def test_place_evidence_places_in_the_same_positions_stay(place_nlp, real_gazetteer) -> None:
    # A place before a noun is still a place when the noun is no weapon, title or name.
    text = "Rebels shelled the Aleppo countryside, and the Baghdad bombing killed nine in Iraq."
    assert {"Aleppo", "Baghdad", "Iraq"} <= set(names(text, place_nlp, real_gazetteer))


def test_place_evidence_outlet_heads_count_for_the_corpora(place_nlp, real_gazetteer) -> None:
    text = "The shooting in Fresno was first reported by the Sacramento Bee on Sunday."
    assert "Sacramento" in names(text, place_nlp, real_gazetteer, inclusive=True)


def test_place_evidence_article_before_a_name_is_part_of_it(place_nlp, real_gazetteer) -> None:
    text = "Many stories emerge from the group's stronghold of Ar Raqqa."
    assert names(text, place_nlp, real_gazetteer) == ["Ar Raqqa"]


def test_place_evidence_offices_and_codes_stay_places(place_nlp, real_gazetteer) -> None:
    # A place naming an office ("Chicago Mayor") is no person's first name, and "US" is how the
    # United States spell themselves without dots.
    text = "The plan was backed by Chicago Mayor Rahm Emanuel and the US envoy in Ottawa."
    assert {"Chicago", "US", "Ottawa"} <= set(names(text, place_nlp, real_gazetteer))
    text = "Russian President Vladimir Putin spoke to reporters in Sochi."
    assert "Russian" in names(text, place_nlp, real_gazetteer, inclusive=True)


def test_place_evidence_a_country_inside_an_agency_s_name_stays_a_place(place_nlp, real_gazetteer) -> None:
    text = "Snow fell across Canada this weekend, and Environment Canada warned of more."
    assert "Canada" in names(text, place_nlp, real_gazetteer)


def test_place_evidence_a_title_inside_the_name_makes_it_a_person(place_nlp, real_gazetteer) -> None:
    # spaCy tags "Ms Raggi" as a place; the title says it is a person.
    assert names("The arrest puts pressure on Ms Raggi, the mayor.", place_nlp, real_gazetteer) == []


def test_place_evidence_a_nationality_s_people_are_no_corpus_toponym(place_nlp, real_gazetteer) -> None:
    from faultlines.gazetteer.recognise import corpus_extras

    text = "Many Americans travel by car, and the American drivers use phones."
    doc = place_nlp(text)
    extras = [text[s:e] for s, e in corpus_extras(doc, real_gazetteer)]
    assert "Americans" not in extras and "American" in extras


def test_place_evidence_a_lake_named_after_a_country_is_the_lake(place_nlp, real_gazetteer) -> None:
    text = "Fighters overran a base on the shore of Lake Chad, officials in Nigeria said."
    found = names(text, place_nlp, real_gazetteer)
    assert "Lake Chad" in found and "Chad" not in found


def test_place_evidence_a_function_word_is_no_place(small_gazetteer) -> None:
    # A headline's capitals get "Of" tagged as a place (Of, Turkey); its part of speech says not.
    spacy = pytest.importorskip("spacy")
    from faultlines.gazetteer.evidence import not_a_place

    words, pos = ["Shot", "Outside", "Of", "Aurora", "store"], ["VERB", "ADP", "ADP", "PROPN", "NOUN"]
    doc = spacy.tokens.Doc(spacy.vocab.Vocab(), words=words, pos=pos)
    of, aurora = doc[2].idx, doc[3].idx
    assert not_a_place(doc, of, of + 2, small_gazetteer)
    assert not not_a_place(doc, aurora, aurora + 6, small_gazetteer)
