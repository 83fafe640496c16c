"""The name matcher finds exactly what spaCy's entity ruler finds with the KB's token patterns."""

from __future__ import annotations

import spacy
from spacy.util import filter_spans

from faultlines.actors.matcher import NameMatcher, word_key

PATTERNS = [
    {
        "label": "ARMED_GROUP",
        "id": "actor:ahrar",
        "pattern": [
            {"ORTH": {"IN": ["AHRAR", "Ahrar"]}},
            {"LOWER": {"IN": ["al", "ash", "as", "el"]}},
            {"ORTH": {"IN": ["-", "–"]}, "OP": "?"},
            {"ORTH": {"IN": ["SHAM", "Sham"]}},
        ],
    },
    {"label": "ARMED_GROUP", "id": "actor:isis", "pattern": [{"ORTH": "IS"}]},
    {"label": "ARMED_GROUP", "id": "actor:saa", "pattern": [{"LOWER": "syrian"}, {"LOWER": "army"}]},
]
TEXT = (
    "Ahrar ash-Sham and AHRAR AL SHAM fought the Syrian Army and the syrian army; IS said it is ready; ahrar al-sham."
)


def spans(matcher_or_ruler: str) -> set[tuple[str, str, str]]:
    nlp = spacy.blank("en")
    if matcher_or_ruler == "ruler":
        nlp.add_pipe("entity_ruler", config={"validate": False}).add_patterns(PATTERNS)
        return {(e.text, e.label_, e.ent_id_) for e in nlp(TEXT).ents}
    matcher = NameMatcher()
    matcher.add_patterns(PATTERNS)
    return {(s.text, s.label_, s.id_) for s in filter_spans(matcher.matches(nlp.make_doc(TEXT)))}


def test_actors_matcher_agrees_with_the_entity_ruler() -> None:
    found = spans("matcher")
    assert found == spans("ruler")
    assert ("Ahrar ash-Sham", "ARMED_GROUP", "actor:ahrar") in found
    assert ("AHRAR AL SHAM", "ARMED_GROUP", "actor:ahrar") in found
    assert ("syrian army", "ARMED_GROUP", "actor:saa") in found
    assert ("IS", "ARMED_GROUP", "actor:isis") in found
    assert not any(text == "is" for text, _, _ in found), "acronyms match in exact case only"
    assert not any(text == "ahrar al-sham" for text, _, _ in found), "a capitalised name needs its capitals"


def test_actors_matcher_word_keys() -> None:
    assert word_key("Hay’at") == word_key("Hayat") == "hayat"
    assert word_key("ash") == word_key("El") == "al"
    assert word_key("Ḥalab") == "halab"


def test_actors_matcher_agrees_with_the_ruler_on_the_whole_kb(kb) -> None:
    # names that start alike ("Syrian army", "Syrian Arab Army") and names inside names
    text = (
        "The Syrian Arab Army and the Syrian army shelled Ahrar al-Sham positions while Islamic State of "
        "Iraq and the Levant fighters, Hay'at Tahrir al-Sham and the Popular Mobilization Forces moved. "
        "ISIS, the SDF and the U.S.-led coalition said the Kurdistan Region Peshmerga held."
    )
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", config={"validate": False}).add_patterns(kb.ruler_patterns())
    ruler = {(e.text, e.label_, e.ent_id_) for e in nlp(text).ents}
    matcher = NameMatcher()
    matcher.add_patterns(kb.ruler_patterns())
    found = {(s.text, s.label_, s.id_) for s in filter_spans(matcher.matches(nlp.make_doc(text)))}
    assert found == ruler
    assert ("Syrian Arab Army", "ARMED_GROUP", "actor:syria_military") in found
