"""Places that are no event's scene, on parsed sentences: a place owning a person, an office or a
body says whose they are; the second of two destinations is a destination too, and every town
of a list of origins an origin; a capital that speaks is its government, the town a distance is
measured from is a reference point, and the country across a border is the neighbour."""

import pytest

from faultlines.gazetteer.event_places import Layout
from faultlines.records import Place

pytestmark = pytest.mark.slow


def _elsewhere(text: str, word: str, nlp) -> bool:
    start = text.index(word)
    return Layout.of(nlp(text)).is_elsewhere(Place(start, start + len(word), word))


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's President said on Monday that the gunmen would be found.",
        "Syria's army shelled several villages north of Hama overnight.",
    ],
)
def test_event_places_owner_of_a_person_or_body_is_no_scene(place_nlp, text) -> None:
    assert _elsewhere(text, text.split("'")[0], place_nlp)


def test_event_places_owner_of_a_division_is_a_scene(place_nlp) -> None:
    text = "Clashes erupted on Sunday in Afghanistan's southern Helmand province."
    assert not _elsewhere(text, "Afghanistan", place_nlp)


def test_event_places_second_destination_of_a_pair_is_no_scene(place_nlp) -> None:
    text = "Besieged fighters have asked to leave with their families, either to Idlib or to the Turkish border."
    assert _elsewhere(text, "Idlib", place_nlp) and _elsewhere(text, "Turkish border", place_nlp)


def test_event_places_every_origin_of_a_list_is_no_scene(place_nlp) -> None:
    text = "The militia attacked the village after it brought in fighters from Raqqa, Tabqa and Manbij."
    assert all(_elsewhere(text, town, place_nlp) for town in ("Raqqa", "Tabqa", "Manbij"))
    assert not _elsewhere("Gunmen attacked villages near Raqqa and Manbij on Monday.", "Manbij", place_nlp)


def test_event_places_a_capital_that_speaks_is_its_government(place_nlp) -> None:
    text = "The group, which Baghdad declared defeated last year, threatened to attack polling stations."
    assert _elsewhere(text, "Baghdad", place_nlp)
    assert not _elsewhere("Militants attacked Baghdad on Monday.", "Baghdad", place_nlp)


def test_event_places_the_town_a_distance_is_measured_from_is_no_scene(place_nlp) -> None:
    text = "Soldiers foiled an attack at a checkpoint near Qayyarah, about 60 km south of Mosul, on Wednesday."
    assert _elsewhere(text, "Mosul", place_nlp) and not _elsewhere(text, "Qayyarah", place_nlp)
    # with no place before it, the distance says where the event was
    assert not _elsewhere("Soldiers foiled an attack 60 km south of Mosul on Wednesday.", "Mosul", place_nlp)


def test_event_places_the_country_across_a_border_is_no_scene(place_nlp) -> None:
    text = "Rebels seized the border crossing with Turkey last week after days of clashes."
    assert _elsewhere(text, "Turkey", place_nlp)
    assert not _elsewhere("Rebels clashed with Turkish troops in Turkey last week.", "Turkey", place_nlp)
