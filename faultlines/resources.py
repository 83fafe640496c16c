"""Models and data loaded once per process: the gazetteer, the actor knowledge base, and the
spaCy pipeline (whose entity ruler is fed from the other two).

``load_resources(settings)`` is cached per process, so a process-pool or Dask worker pays the
load once, on its first document.
"""

from __future__ import annotations

import atexit
import gc
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from faultlines.config import Settings

if TYPE_CHECKING:
    from faultlines.actors.mention_model import MentionModel
    from faultlines.gazetteer.index import Gazetteer
    from faultlines.stages.actors import ActorKB


@dataclass(frozen=True)
class Resources:
    settings: Settings
    nlp: Any  # spacy.Language
    gazetteer: Gazetteer
    actors: ActorKB
    mention_model: MentionModel


@lru_cache(maxsize=4)
def load_resources(settings: Settings) -> Resources:
    from faultlines.actors.mention_model import load_bundled
    from faultlines.gazetteer.index import Gazetteer
    from faultlines.stages.actors import ActorKB
    from faultlines.stages.nlp import build_nlp

    gazetteer = Gazetteer.load(settings)
    actors = ActorKB.load(settings)
    nlp = build_nlp(settings, gazetteer=gazetteer, actors=actors)
    mention_model = load_bundled()
    # The models are millions of long-lived objects: collect once, then keep them out of the
    # cyclic collector's full passes, which otherwise stall the stages at random points.
    gc.collect()
    gc.freeze()
    atexit.register(gc.unfreeze)  # let shutdown free them (DuckDB's bindings report leaks otherwise)
    return Resources(settings=settings, nlp=nlp, gazetteer=gazetteer, actors=actors, mention_model=mention_model)
