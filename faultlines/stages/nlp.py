"""The NLP stage: spaCy's small English pipeline plus an entity ruler fed from the gazetteer and
the actor knowledge base.

spaCy alone tags "Manbij" as PRODUCT and "Tall Abyad" as PERSON and splits "Islamic" / "State";
the ruler runs before the statistical NER, which keeps the ruler's spans and labels the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from faultlines.config import Settings
from faultlines.errors import ResourceError

if TYPE_CHECKING:
    from faultlines.gazetteer.index import Gazetteer
    from faultlines.stages.actors import ActorKB

NAME = "faultlines.nlp.v1"


def load_spacy(model: str) -> Any:
    import spacy

    try:
        return spacy.load(model)
    except OSError as e:
        raise ResourceError("E501", {"model": model}) from e


def build_nlp(settings: Settings, *, gazetteer: Gazetteer | None, actors: ActorKB | None) -> Any:
    """spaCy with an entity ruler before ``ner`` holding place and actor names."""
    nlp = load_spacy(settings.spacy_model)
    patterns: list[dict[str, Any]] = []
    if actors is not None:
        patterns.extend(actors.ruler_patterns())
    if gazetteer is not None:
        patterns.extend(gazetteer.ruler_patterns())
    if patterns:
        ruler = nlp.add_pipe(
            "entity_ruler",
            name="faultlines_ruler",
            before="ner",
            config={"validate": False, "overwrite_ents": True},
        )
        ruler.add_patterns(patterns)
    return nlp


def parse(nlp: Any, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Any]:
    """Parse texts in batches (nlp.pipe is several times faster than one call per text)."""
    yield from nlp.pipe(texts, batch_size=batch_size)
