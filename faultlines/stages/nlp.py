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
    """spaCy with place and actor names marked before ``ner``, which keeps them.

    Place names are phrase patterns in spaCy's entity ruler (cheap). Actor names are token
    patterns with spelling variants; spaCy's Matcher doubled the parse time on them, so they go
    to :class:`~faultlines.actors.matcher.NameMatcher`, a dict lookup per n-gram.
    """
    from faultlines.actors import matcher  # noqa: F401  (registers the "faultlines_names" factory)

    nlp = load_spacy(settings.spacy_model)
    if gazetteer is not None:
        ruler = nlp.add_pipe(
            "entity_ruler", name="faultlines_places", before="ner", config={"validate": False, "overwrite_ents": False}
        )
        ruler.add_patterns(gazetteer.ruler_patterns())
    if actors is not None:
        names = nlp.add_pipe("faultlines_names", before="ner")
        names.add_patterns(actors.ruler_patterns())
    return nlp


def parse(nlp: Any, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Any]:
    """Parse texts in batches (nlp.pipe is several times faster than one call per text)."""
    yield from nlp.pipe(texts, batch_size=batch_size)
