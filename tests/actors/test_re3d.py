"""re3d reading and scoring, and the mention model, on data we wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.actors.mention_model import MentionModel, fit
from faultlines.actors.mention_types import Candidate, choose
from faultlines.eval.re3d import read_conll, score, spans_of


def test_re3d_reads_crlf_conll(tmp_path: Path) -> None:
    path = tmp_path / "mini.conll"
    path.write_bytes(
        b"Rebels\tB-Organisation\r\nshelled\tO\r\nHoms\tB-Location\r\n\r\nThe\tB-Person\r\n"
        b"envoy\tI-Person\r\nleft\tO\r\n"
    )
    sentences = read_conll(path)
    assert [s.words for s in sentences] == [("Rebels", "shelled", "Homs"), ("The", "envoy", "left")]
    assert sentences[0].gold == {(0, 1): "Organisation", (2, 3): "Location"}
    assert sentences[1].gold == {(0, 2): "Person"}


def test_re3d_bio_spans_start_on_a_stray_inside_tag() -> None:
    tags = ["I-Location", "I-Location", "O", "B-Person", "I-Organisation", "B-Temporal"]
    assert spans_of(tags) == [("Location", 0, 2), ("Person", 3, 4), ("Organisation", 4, 5), ("Temporal", 5, 6)]


def test_re3d_score_counts_exact_spans_by_type() -> None:
    gold = {(0, 1): "Organisation", (2, 3): "Location", (4, 6): "Person"}
    predicted = {(0, 1): "Organisation", (2, 3): "Organisation", (4, 5): "Person"}
    report = score([(gold, predicted)])
    assert report["Organisation"] == {"precision": 0.5, "recall": 1.0, "f1": 0.667, "gold": 1, "predicted": 2}
    assert report["Location"]["recall"] == 0.0 and report["Person"]["f1"] == 0.0


def test_re3d_choose_keeps_the_likelier_of_overlapping_spans() -> None:
    cands = [Candidate(0, 3), Candidate(1, 3), Candidate(4, 5)]
    probs = [{"None": 0.2, "Location": 0.8}, {"None": 0.1, "Location": 0.9}, {"None": 0.7, "Person": 0.3}]
    assert choose(cands, probs) == {(1, 3): "Location"}
    assert choose(cands, probs, threshold=0.4) == {(1, 3): "Location", (4, 5): "Person"}


def test_re3d_mention_model_fits_and_round_trips(tmp_path: Path) -> None:
    rows = [["pronoun:he"], ["pronoun:he"], ["class:place"], ["class:place"], ["x"], ["x"]]
    labels = ["Person", "Person", "Location", "Location", "None", "None"]
    model = fit(rows, labels, classes=("None", "Person", "Location"), epochs=200, provenance={"fitted_on": "toy"})
    assert max(model.scores(["pronoun:he"]).items(), key=lambda kv: kv[1])[0] == "Person"
    path = tmp_path / "model.json"
    model.save(path)
    again = MentionModel.load(path)
    assert again.provenance == {"fitted_on": "toy"}
    assert abs(again.scores(["class:place"])["Location"] - model.scores(["class:place"])["Location"]) < 1e-3


def test_re3d_bundled_model_records_its_provenance() -> None:
    from faultlines.actors.mention_model import MODEL_PATH

    model = MentionModel.load(MODEL_PATH)
    assert "re3d" in model.provenance["dataset"] and "train" in model.provenance["fitted_on"]
    assert not any(f.startswith(("w:", "tw:")) for f in model.weights)  # no word identities of names


def test_re3d_parts_of_a_gold_span_are_labelled_inside() -> None:
    from faultlines.eval.re3d import Read, Sentence, _rows

    sentence = Sentence(
        ("the", "government", "of", "Iraq", "met", "Kurds"),
        ("B-Organisation", "I-Organisation", "I-Organisation", "I-Organisation", "O", "O"),
    )
    cands = [Candidate(0, 4), Candidate(3, 4), Candidate(5, 6)]
    read = Read(doc=None, cands=cands, feats=[["a"], ["b"], ["c"]], gold=sentence.gold)
    assert _rows([read]) == ([["a"], ["b"], ["c"]], ["Organisation", "Inside", "None"])


def test_re3d_word_offsets_are_the_words_in_the_text_joined_by_spaces() -> None:
    from faultlines.eval.re3d import Sentence, sentence_texts, word_offsets

    words = ("ISIL", "attacked", "Raqqa", ".")
    ((_, text),) = sentence_texts([Sentence(words, ("O",) * 4)])
    assert [text[s:e] for s, e in word_offsets(words)] == list(words)


def test_re3d_choose_counts_inside_as_no_entity() -> None:
    probs = [{"None": 0.1, "Inside": 0.6, "Location": 0.3}]
    assert choose([Candidate(0, 1)], probs) == {}
    assert choose([Candidate(0, 1)], probs, threshold=0.4) == {(0, 1): "Location"}


@pytest.mark.slow  # loads the spaCy model
def test_re3d_candidates_leave_out_quantities_and_join_places(actor_nlp) -> None:
    from faultlines.actors.mention_types import candidates

    doc = actor_nlp("At least 10 U.S. Marines, teachers, doctors and dentists arrived in Palmyra, Syria.")
    found = {doc[c.start : c.end].text for c in candidates(doc)}
    assert "U.S. Marines" in found
    assert "teachers, doctors and dentists" in found
    assert "Palmyra, Syria" in found


def test_re3d_choose_takes_a_threshold_per_type() -> None:
    cands = [Candidate(0, 1), Candidate(2, 3)]
    probs = [{"None": 0.6, "Person": 0.4}, {"None": 0.6, "Location": 0.4}]
    assert choose(cands, probs, threshold={"Person": 0.5, "Organisation": 1, "Location": 0.8, "Nationality": 1}) == {
        (0, 1): "Person"
    }


def test_re3d_model_scores_many_candidates_as_it_scores_each() -> None:
    model = MentionModel(
        ("None", "Person"), {"a": [0.5, -0.2], "b": [-1.0, 2.0]}, [0.1, 0.0], {"fitted_on": "hand-made"}
    )
    rows = [["a"], ["a", "a", "b"], ["unknown"], []]
    for one, many in zip([model.scores(r) for r in rows], model.scores_many(rows), strict=True):
        assert one.keys() == many.keys() and all(abs(one[k] - many[k]) < 1e-12 for k in one)
    assert model.scores_many([]) == []
