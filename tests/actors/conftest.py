"""Fixtures of the actor tests: the knowledge base, and spaCy with its name ruler (slow)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from faultlines.actors.kb import ActorKB
from faultlines.config import SPACY_MODEL, Settings


@pytest.fixture(scope="session")
def kb(tmp_path_factory: pytest.TempPathFactory) -> ActorKB:
    """The bundled knowledge base alone (a fresh data dir has no user file)."""
    return ActorKB.load(Settings(data_dir=str(tmp_path_factory.mktemp("data"))))


@pytest.fixture(scope="session")
def actor_nlp(kb: ActorKB):
    """spaCy with the knowledge base's entity ruler before `ner`, as the pipeline builds it."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load(SPACY_MODEL)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False, "overwrite_ents": True})
    ruler.add_patterns(kb.ruler_patterns())
    return nlp


@pytest.fixture
def read(actor_nlp, kb: ActorKB) -> Callable[[str], tuple]:
    """Run the actor stage on a text we wrote: `entities, mentions, actors = read("...")`."""
    from faultlines.stages.actors import run_actors

    def run(text: str) -> tuple:
        return run_actors(actor_nlp(text), text, kb)

    return run


@pytest.fixture
def user_settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=str(tmp_path / "data"))
