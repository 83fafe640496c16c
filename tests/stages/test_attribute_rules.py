"""The attribute ruler's matches found by a lookup per token are exactly spaCy's Matcher's, and a
rule of a form the lookup does not read leaves the ruler as spaCy made it."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from faultlines.stages.attribute_rules import AttributeMatcher, speed_up

RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBD", "LOWER": "did"}]], "attrs": {"LEMMA": "do"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"TAG": "NN"}], [{"TAG": "NNS"}]], "attrs": {"MORPH": "Number=Sing"}},  # two patterns, one rule
    {"patterns": [[{}]], "attrs": {"MORPH": "_"}},  # any token
]
WORDS = ["There", "was", "a", "dog", "they", "did", "n't", "gon", "na", "see", " ", "dogs"]
TAGS = ["EX", "VBD", "DT", "NN", "PRP", "VBD", "RB", "VBG", "TO", "VB", "_SP", "NNS"]
DEPS = ["expl", "ROOT", "det", "attr", "nsubj", "aux", "neg", "ROOT", "aux", "xcomp", "dep", "dobj"]
HEADS = [1, 1, 3, 1, 7, 7, 7, 7, 9, 7, 9, 9]


def ruler_of(rules: list[dict]) -> tuple[spacy.language.Language, Doc]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(rules)
    return nlp, Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def test_attribute_rules_match_as_spacy_matcher() -> None:
    nlp, doc = ruler_of(RULES)
    ruler = nlp.get_pipe("attribute_ruler")
    expected = ruler.match(doc)
    assert len(expected) > len(WORDS)  # every rule form above matched somewhere
    assert AttributeMatcher.of(ruler).match(doc) == expected
    assert speed_up(nlp)
    assert ruler.match(doc) == expected
    applied = ruler(doc)
    assert [t.lemma_ for t in applied[5:9]] == ["do", "not", "go", "to"]
    assert applied[1].pos_ == "VERB" and applied[10].pos_ == "SPACE"


def test_attribute_rules_leave_a_rule_of_another_form_to_spacy() -> None:
    nlp, _ = ruler_of([*RULES, {"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    ruler = nlp.get_pipe("attribute_ruler")
    assert AttributeMatcher.of(ruler) is None
    assert not speed_up(nlp)
    assert "match" not in vars(ruler)  # still spaCy's own
    assert not speed_up(spacy.blank("en"))  # no ruler at all


def test_attribute_rules_of_an_empty_doc() -> None:
    nlp, _ = ruler_of(RULES)
    assert AttributeMatcher.of(nlp.get_pipe("attribute_ruler")).match(nlp.make_doc("")) == []


@pytest.mark.slow
def test_attribute_rules_give_the_model_the_same_annotations(nlp) -> None:
    from faultlines.config import Settings

    faster = spacy.load(Settings().spacy_model)
    assert speed_up(faster)
    texts = [
        "We're gonna hold the town, let's see. There is a checkpoint; there's more. I gotta say but I do.",
        "It ain't so.\n\n  Which one did it? That is it, said the commander of the 5th Brigade.",
    ]
    for ours, theirs in zip(faster.pipe(texts), nlp.pipe(texts), strict=True):
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in ours] == [
            (t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in theirs
        ]
