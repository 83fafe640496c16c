"""What geoparsing corpora count beyond the product's places (``corpus_extras``): a US county
heading an office's name, and a country's adjective before one of the state's bodies."""

import pytest

from faultlines.gazetteer.recognise import corpus_extras, toponym_spans

pytestmark = pytest.mark.slow


def _extras(text: str, nlp, gazetteer) -> list[str]:
    return [text[s:e] for s, e in corpus_extras(nlp(text), gazetteer)]


def test_corpus_heads_a_county_heading_an_office_s_name(place_nlp, real_gazetteer) -> None:
    text = "Deputies from the Black Hawk County Sheriff's Office arrested the driver on Friday."
    doc = place_nlp(text)
    assert [text[s:e] for s, e in toponym_spans(doc, real_gazetteer)] == []  # the product's places
    assert "Black Hawk County" in _extras(text, place_nlp, real_gazetteer)


def test_corpus_heads_a_made_up_county_is_no_head(place_nlp, real_gazetteer) -> None:
    text = "Deputies from the Quillbrook County Sheriff's Office arrested the driver on Friday."
    assert _extras(text, place_nlp, real_gazetteer) == []


def test_corpus_heads_a_country_adjective_before_a_state_body(place_nlp, real_gazetteer) -> None:
    text = "Police guarded the Turkish Embassy, and the critic reviewed a French thriller."
    extras = _extras(text, place_nlp, real_gazetteer)
    assert "Turkish" in extras
