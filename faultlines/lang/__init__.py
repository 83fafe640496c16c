"""The words and patterns the rules read, one package per language, apart from the rules' logic.

``lang/en/`` holds English: ``attribution`` (reporting verbs, harm words), ``dates`` (date
expressions), ``gazetteer`` (place words and the patterns of relative places), ``numbers``
(count words), ``events*`` (event triggers and the words around them) and ``actors`` (noun
classes, member, rank and role words, demonyms). ``lang/xx/`` holds what is the same in every
language (transliteration of romanised names, universal part-of-speech tags), as spaCy's
``lang/xx`` does.

Each module is data only: frozensets, tuples, dicts and compiled patterns, each with a line on
what it is for. The rules import them; the pipeline's version fingerprints this folder, so an
edited list makes the next ``ingest`` redo stored documents. README.md here says how to add a
language.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

DEFAULT_LANGUAGE = "en"
AREAS = (
    "actors",
    "attribution",
    "dates",
    "events",
    "events_modality",
    "events_participants",
    "events_reference",
    "events_reportability",
    "gazetteer",
    "numbers",
)


@cache
def vocabulary(area: str, language: str = DEFAULT_LANGUAGE) -> ModuleType:
    """The data module of one area for one language, imported once: ``vocabulary("dates").DATE_PATTERNS``."""
    if area not in AREAS:
        raise ValueError(f"no rule data called {area!r}: choose one of {', '.join(AREAS)}")
    try:
        return importlib.import_module(f"faultlines.lang.{language}.{area}")
    except ModuleNotFoundError as e:
        raise ValueError(f"no rule data for language {language!r}: add faultlines/lang/{language}/{area}.py") from e
