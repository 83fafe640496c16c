"""The pipeline builds the name patterns with its model's tokenizer (already loaded) instead of
a second, blank English one; for the shipped model they are the same patterns."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from faultlines.actors.kb import ActorKB
from faultlines.actors.patterns import ruler_patterns, tokens_of
from faultlines.config import SPACY_MODEL

pytestmark = pytest.mark.slow


def test_patterns_from_the_models_tokenizer_equal_the_blank_ones(kb: ActorKB) -> None:
    spacy = pytest.importorskip("spacy")
    tokenizer = spacy.load(SPACY_MODEL).tokenizer
    assert ruler_patterns(kb, tokenizer=tokenizer) == ruler_patterns(kb)


def test_patterns_tokens_of_uses_the_given_tokenizer() -> None:
    assert tokens_of("Hay'at Tahrir al-Sham") == ["Hay'at", "Tahrir", "al", "-", "Sham"]

    def by_spaces(text: str) -> list[SimpleNamespace]:
        return [SimpleNamespace(text=word) for word in text.split()]

    assert tokens_of("Hay'at Tahrir al-Sham", by_spaces) == ["Hay'at", "Tahrir", "al-Sham"]
