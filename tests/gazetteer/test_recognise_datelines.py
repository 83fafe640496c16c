"""Datelines of local news: a city in capitals glued to the headline when scraping lost the line
break, and a state written as its abbreviation ("Ind.", "Pa.")."""

import pytest

from faultlines.gazetteer.recognise import toponym_spans
from faultlines.gazetteer.resolve import resolve_spans

pytestmark = pytest.mark.slow


def _places(text: str, nlp, gazetteer):
    return resolve_spans(text, toponym_spans(nlp(text), gazetteer), gazetteer)


def test_recognise_city_glued_to_the_headline(place_nlp, real_gazetteer) -> None:
    text = (
        "Two men hurt in tavern stabbingMUNCIE, Ind. (WXYZ) – Two men were taken to hospital after "
        "a fight outside a bar early Sunday, police said."
    )
    found = {p.text: p for p in _places(text, place_nlp, real_gazetteer)}
    assert "stabbingMUNCIE" not in found
    assert found["MUNCIE"].name == "Muncie" and found["MUNCIE"].admin1 == "Indiana"


def test_resolve_state_abbreviation_with_its_dot(place_nlp, real_gazetteer) -> None:
    text = "ALTOONA, Pa. - A man was shot outside a convenience store in Kokomo, Ind., on Friday night."
    found = {p.text: p for p in _places(text, place_nlp, real_gazetteer)}
    assert found["Pa."].name == "Pennsylvania"
    assert found["Ind."].name == "Indiana" and found["Ind."].country_code == "US"


def test_recognise_headline_place_before_a_glued_city(place_nlp, real_gazetteer) -> None:
    text = "Two soldiers killed in ambush in PakistanPESHAWAR, Pakistan, May 2 (AFP) -- Gunmen opened fire."
    found = [p.text for p in _places(text, place_nlp, real_gazetteer)]
    assert found[:3] == ["Pakistan", "PESHAWAR", "Pakistan"]
