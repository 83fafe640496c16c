"""Recognising towns in local news: names the entity ruler cuts short, small towns the words mark
as places, police forces named after their city, and people who share a town's name."""

import pytest

from faultlines.gazetteer.recognise import toponym_spans

pytestmark = pytest.mark.slow


def names(text: str, nlp, gazetteer) -> list[str]:
    return [text[s:e] for s, e in toponym_spans(nlp(text), gazetteer)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A store owner was fatally shot during a robbery in Jersey City.", "Jersey City"),
        ("Oklahoma City police said a suspect was shot by a homeowner.", "Oklahoma City"),
        ("A boy was hurt in a shooting in northeastern Colorado Springs on Wednesday.", "Colorado Springs"),
    ],
)
def test_recognise_town_named_after_its_state_or_country(place_nlp, real_gazetteer, text, town) -> None:
    found = names(text, place_nlp, real_gazetteer)
    assert town in found and town.split()[0] not in found


def test_recognise_small_town_before_its_state(place_nlp, real_gazetteer) -> None:
    text = "The body was found near Heavener, Oklahoma, on Tuesday."
    assert names(text, place_nlp, real_gazetteer) == ["Heavener", "Oklahoma"]


def test_recognise_small_town_the_words_call_one(place_nlp, real_gazetteer) -> None:
    text = "The officer was shot shortly before 10 a.m. in the suburb of Holladay."
    assert "Holladay" in names(text, place_nlp, real_gazetteer)


def test_recognise_city_of_a_police_force(place_nlp, real_gazetteer) -> None:
    text = "The man was charged on Monday, according to a statement from Chicago Police."
    assert names(text, place_nlp, real_gazetteer) == ["Chicago"]


def test_recognise_surname_of_a_named_person_is_not_a_place(place_nlp, real_gazetteer) -> None:
    text = "Police identified the victim as Maria Lopez Santiago. Santiago was shot in Westmont on Friday."
    assert "Santiago" not in names(text, place_nlp, real_gazetteer)


def test_recognise_one_word_place_after_a_given_name_is_a_surname(place_nlp, real_gazetteer) -> None:
    text = "Maria Rivera was cooking dinner when the shots were fired. Rivera said she ran outside."
    assert names(text, place_nlp, real_gazetteer) == []


def test_recognise_small_town_closing_a_headline(place_nlp, real_gazetteer) -> None:
    text = "Teen shot and killed in Ceres | KXYZ News\n\nPolice say a suspect kicked open the door."
    assert "Ceres" in names(text, place_nlp, real_gazetteer)


@pytest.mark.parametrize("text", ["Lawmakers in Congress on Tuesday passed the bill.", "She studied in Harvard."])
def test_recognise_organisation_after_in_is_no_small_town(place_nlp, real_gazetteer, text) -> None:
    assert names(text, place_nlp, real_gazetteer) == []


def test_recognise_small_town_called_suburban(place_nlp, real_gazetteer) -> None:
    text = "A woman was wounded in a drive-by shooting in south suburban Dolton on Tuesday."
    assert "Dolton" in names(text, place_nlp, real_gazetteer)


def test_recognise_no_tail_of_an_outlet_named_after_a_town(place_nlp, real_gazetteer) -> None:
    text = "Gunfire hits two parked cars | Colorado Springs Herald. Nobody was hurt, police said."
    assert "Springs" not in names(text, place_nlp, real_gazetteer)


def test_recognise_a_county_named_after_a_state_is_the_county(place_nlp, real_gazetteer) -> None:
    text = "Police in Chester, Delaware County are investigating two shootings."
    found = names(text, place_nlp, real_gazetteer)
    assert "Delaware County" in found and "Delaware" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name goes on with an article: not the shorter town it starts with
        ("Rebels seized the Bab al-Hawa crossing with Turkey on Sunday.", ["Turkey"]),
        # a name the index knows whole stays whole
        ("Fighting went on near Ras al-Ain on Monday.", ["Ras al-Ain"]),
        # an English "as" is no article
        ("Rebels shelled Aleppo as Russian jets bombed the city.", ["Aleppo"]),
    ],
)
def test_recognise_a_name_that_goes_on_with_an_article(place_nlp, real_gazetteer, text, expected) -> None:
    assert names(text, place_nlp, real_gazetteer) == expected
