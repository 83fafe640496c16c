"""The fast-built place ruler matches what spaCy's own ``add_patterns`` matches.

Patterns and sentences are the project's own: names with hyphens, apostrophes and articles,
names inside longer names, and names given with two labels, in both orders (which label wins
is spaCy's choice; ours must make the same).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from faultlines.config import SPACY_MODEL

pytestmark = pytest.mark.slow

spacy = pytest.importorskip("spacy")
phrase_ruler = pytest.importorskip("faultlines.stages.phrase_ruler")

PATTERNS = [
    {"label": "GPE", "pattern": "Deir ez-Zor", "id": "place"},
    {"label": "LOC", "pattern": "Deir ez-Zor", "id": "place"},  # a region of the same name
    {"label": "LOC", "pattern": "Wadi Barada", "id": "place"},
    {"label": "GPE", "pattern": "Wadi Barada", "id": "place"},  # the other order
    {"label": "GPE", "pattern": "Ma'arrat al-Nu'man", "id": "place"},
    {"label": "GPE", "pattern": "Ma\u2019arrat al-Nu\u2019man", "id": "place"},
    {"label": "GPE", "pattern": "Tall Abyad", "id": "place"},
    {"label": "GPE", "pattern": "Abyad"},  # no id, and inside a longer name
    {"label": "GPE", "pattern": "Ras al-Ain", "id": "place"},
    {"label": "GPE", "pattern": "Ras al-Ain al-Kubra", "id": "place"},  # the longer match wins
    {"label": "LOC", "pattern": "U.S.-led", "id": "place"},  # one token: a tokenizer special case
    {"label": "GPE", "pattern": "Manbij", "id": "place"},
    {"label": "GPE", "pattern": "Kobani", "id": "place"},
]

SENTENCES = [
    "Shelling hit Deir ez-Zor and the villages of Wadi Barada on Monday.",
    "Rebels retook Ma'arrat al-Nu'man, while fighting spread from Tall Abyad to Ras al-Ain al-Kubra.",
    "Residents fled Ma\u2019arrat al-Nu\u2019man; in Abyad and Ras al-Ain the markets stayed shut.",
    "The U.S.-led coalition struck near Manbij, DEIR EZ-ZOR and deir ez-zor.",
    "From Kobani to Manbij,Deir ez-Zor: the front moved east.",
    "Deir  ez-Zor (two spaces) is not the phrase; Deir ez-Zor is.",
]


@pytest.fixture(scope="module")
def spacy_ruler_nlp():
    """The pipeline the old way: spaCy's ruler, every earlier component run on each pattern."""
    nlp = spacy.load(SPACY_MODEL)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False, "overwrite_ents": False})
    ruler.add_patterns(PATTERNS)
    return nlp


def fast_nlp(cache_dir: Path | None):
    nlp = spacy.load(SPACY_MODEL)
    ruler = nlp.add_pipe("faultlines_phrase_ruler", name="faultlines_places", before="ner")
    ruler.add_phrases(*phrase_ruler.cached_phrases(nlp, "test places 1", lambda: PATTERNS, cache_dir=cache_dir))
    return nlp


def cache_files(folder: Path) -> list[Path]:
    return list(folder.glob(phrase_ruler.CACHE_PREFIX + "*"))


def ents(nlp, text: str) -> list[tuple[int, int, str, str]]:
    return [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in nlp(text).ents]


def test_phrase_ruler_matches_the_spans_of_spacys_add_patterns(spacy_ruler_nlp, tmp_path: Path) -> None:
    nlp = fast_nlp(tmp_path)
    for sentence in SENTENCES:
        assert ents(nlp, sentence) == ents(spacy_ruler_nlp, sentence), sentence


def test_phrase_ruler_marks_names_inside_and_around_longer_ones(tmp_path: Path) -> None:
    nlp = fast_nlp(tmp_path)
    assert ("Ras al-Ain al-Kubra", "GPE", "place") in _texts(nlp, SENTENCES[1])
    assert ("Abyad", "GPE", "") in _texts(nlp, SENTENCES[2])
    assert ("Ras al-Ain", "GPE", "place") in _texts(nlp, SENTENCES[2])
    assert "Deir  ez-Zor" not in [text for text, _, _ in _texts(nlp, SENTENCES[5])]


def _texts(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


def test_phrase_ruler_matches_the_same_from_its_cache(spacy_ruler_nlp, tmp_path: Path) -> None:
    fast_nlp(tmp_path)  # makes the cache
    nlp = fast_nlp(tmp_path)
    for sentence in SENTENCES:
        assert ents(nlp, sentence) == ents(spacy_ruler_nlp, sentence), sentence


def test_phrase_ruler_cache_is_read_instead_of_making_the_patterns_again(tmp_path: Path, monkeypatch) -> None:
    nlp = spacy.load(SPACY_MODEL)
    first = phrase_ruler.cached_phrases(nlp, "test places 1", lambda: PATTERNS, cache_dir=tmp_path)
    assert len(cache_files(tmp_path)) == 1

    def never() -> list:
        raise AssertionError("made again although the cache was there")

    monkeypatch.setattr(nlp, "make_doc", never)
    assert phrase_ruler.cached_phrases(nlp, "test places 1", never, cache_dir=tmp_path) == first


def test_phrase_ruler_cache_changes_with_the_source(tmp_path: Path) -> None:
    nlp = spacy.load(SPACY_MODEL)
    phrase_ruler.cached_phrases(nlp, "test places 1", lambda: PATTERNS, cache_dir=tmp_path)
    patterns, orths = phrase_ruler.cached_phrases(nlp, "test places 2", lambda: PATTERNS[:3], cache_dir=tmp_path)
    assert (len(patterns), len(orths)) == (3, 3)
    assert len(cache_files(tmp_path)) == 2


def test_phrase_ruler_rebuilds_a_broken_cache(tmp_path: Path) -> None:
    nlp = spacy.load(SPACY_MODEL)
    expected = phrase_ruler.cached_phrases(nlp, "test places 1", lambda: PATTERNS, cache_dir=tmp_path)
    (cache,) = cache_files(tmp_path)
    cache.write_bytes(cache.read_bytes()[:100])
    assert phrase_ruler.cached_phrases(nlp, "test places 1", lambda: PATTERNS, cache_dir=tmp_path) == expected
    assert phrase_ruler.cached_phrases(nlp, "test places 1", lambda: [], cache_dir=tmp_path) == expected  # rewritten


def test_phrase_ruler_without_a_cache_folder_makes_the_patterns(tmp_path: Path) -> None:
    nlp = spacy.load(SPACY_MODEL)
    patterns, orths = phrase_ruler.cached_phrases(nlp, "test places 1", lambda: PATTERNS, cache_dir=None)
    assert patterns == PATTERNS and len(orths) == len(PATTERNS)
    assert cache_files(tmp_path) == []


def test_phrase_ruler_orths_are_the_tokens_of_the_pattern(tmp_path: Path) -> None:
    nlp = spacy.load(SPACY_MODEL)
    _, orths = phrase_ruler.cached_phrases(nlp, "test places 1", lambda: PATTERNS, cache_dir=tmp_path)
    words = [[nlp.vocab.strings[orth] for orth in ids] for ids in orths]
    assert words[0] == ["Deir", "ez", "-", "Zor"]
    assert words[4] == ["Ma'arrat", "al", "-", "Nu'man"]  # split at hyphens, not at apostrophes
    assert words[10] == ["U.S.-led"]  # an abbreviation keeps its hyphenated word


def test_phrase_ruler_lists_its_patterns_as_add_patterns_takes_them(tmp_path: Path) -> None:
    nlp = fast_nlp(tmp_path)
    ruler = nlp.get_pipe("faultlines_places")
    assert sorted(map(repr, ruler.patterns)) == sorted(map(repr, PATTERNS))
    assert len(ruler) == len(PATTERNS)
    assert set(ruler.labels) == {"GPE", "LOC"}


def test_phrase_ruler_drops_caches_unused_for_a_day(tmp_path: Path) -> None:
    old = tmp_path / f"{phrase_ruler.CACHE_PREFIX}old.pickle"
    recent = tmp_path / f"{phrase_ruler.CACHE_PREFIX}new.pickle"
    for path in (old, recent):
        path.write_bytes(b"")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    nlp = spacy.load(SPACY_MODEL)
    phrase_ruler.cached_phrases(nlp, "test places 1", lambda: PATTERNS, cache_dir=tmp_path)
    assert not old.exists()
    assert recent.exists()
    assert len(cache_files(tmp_path)) == 2  # the recent one and the one just written


def test_phrase_ruler_works_where_the_cache_cannot_be_written(tmp_path: Path, caplog) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    nlp = spacy.load(SPACY_MODEL)
    patterns, orths = phrase_ruler.cached_phrases(nlp, "test places 1", lambda: PATTERNS, cache_dir=blocked / "data")
    assert patterns == PATTERNS and len(orths) == len(PATTERNS)
    assert "could not cache the ruler" in caplog.text
