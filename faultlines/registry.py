"""The stage registry: extraction stages under versioned names, each declaring what it reads,
what it writes and which loaded resources it needs.

A stage is a function ``(analysis, resources) -> analysis``. Registering it::

    @stage("faultlines.places.v1", reads=("doc", "events"), writes=("places", "events"), needs=("gazetteer",))
    def find_places(analysis: Analysis, resources: Resources) -> Analysis: ...

:class:`faultlines.pipeline.Pipeline` runs the stages that ``Settings.stages`` names, in order,
after checking with :func:`check_stages` that every stage reads only what the document starts
with or an earlier stage wrote, and needs only resources that exist. A trained stage is then a
configuration change: register it under a new name and list that name in the settings.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from faultlines.errors import FaultlinesError

if TYPE_CHECKING:
    from faultlines.analysis import Analysis
    from faultlines.resources import Resources

StageFunction = Callable[["Analysis", "Resources"], "Analysis"]

# What every document has before the first extraction stage: the cleaned document, its text
# and its spaCy parse.
INITIAL_FIELDS = frozenset({"clean", "text", "doc"})
# What the extraction stages may write: the Analysis fields a stage can fill.
ANALYSIS_FIELDS = frozenset(
    {"entities", "mentions", "typed_mentions", "actors", "places", "events", "held_back", "claims"}
)
# What a stage may need from the loaded resources (faultlines.resources.Resources).
RESOURCE_NAMES = frozenset({"nlp", "gazetteer", "actors", "mention_model"})


@dataclass(frozen=True, slots=True)
class StageInfo:
    name: str
    function: StageFunction
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    needs: tuple[str, ...] = ()


_STAGES: dict[str, StageInfo] = {}

# The module that defines each built-in stage, so a name can be resolved without importing
# every stage up front.
_BUILTIN_MODULES = {
    "faultlines.actors": "faultlines.stages.actors",
    "faultlines.mentions": "faultlines.stages.mentions",
    "faultlines.events": "faultlines.stages.events",
    "faultlines.roles": "faultlines.stages.roles",
    "faultlines.places": "faultlines.stages.places",
    "faultlines.sides": "faultlines.stages.sides",
    "faultlines.dates": "faultlines.stages.dates",
    "faultlines.claims": "faultlines.stages.claims",
}


def stage(
    name: str, *, reads: tuple[str, ...], writes: tuple[str, ...], needs: tuple[str, ...] = ()
) -> Callable[[StageFunction], StageFunction]:
    """Register ``function`` as the stage ``name`` (``"package.stage.vN"``)."""
    unknown = [f for f in writes if f not in ANALYSIS_FIELDS] + [r for r in needs if r not in RESOURCE_NAMES]
    if unknown:
        raise FaultlinesError(
            f"E003 stage {name} declares unknown fields or resources {unknown}: "
            f"it may write {sorted(ANALYSIS_FIELDS)} and need {sorted(RESOURCE_NAMES)}"
        )

    def register(function: StageFunction) -> StageFunction:
        if name in _STAGES and _STAGES[name].function is not function:
            raise FaultlinesError(f"E001 stage {name} is registered twice: give the new one a new version")
        _STAGES[name] = StageInfo(name, function, reads, writes, needs)
        return function

    return register


def get_stage(name: str) -> StageInfo:
    if name not in _STAGES:
        family = name.rsplit(".", 1)[0]
        module = _BUILTIN_MODULES.get(family)
        if module:
            importlib.import_module(module)
    if name not in _STAGES:
        known = ", ".join(sorted(_STAGES)) or "none"
        raise FaultlinesError(f"E002 no stage named {name} (registered: {known}): check the spelling")
    return _STAGES[name]


def check_stages(names: Sequence[str], *, available: frozenset[str] = RESOURCE_NAMES) -> tuple[StageInfo, ...]:
    """The stages ``names`` in order, once each is known to read only what exists by its turn.

    Raises E004 naming the first stage that reads a field no earlier stage writes, or that
    needs a resource the pipeline does not load.
    """
    stages = tuple(get_stage(name) for name in names)
    if len(set(names)) != len(names):
        raise FaultlinesError(f"E004 a stage is listed twice in {list(names)}: list each once")
    written = set(INITIAL_FIELDS)
    for info in stages:
        missing = [field for field in info.reads if field not in written]
        if missing:
            raise FaultlinesError(
                f"E004 stage {info.name} reads {missing}, which no stage before it writes: "
                "put the stage that writes them earlier in Settings.stages"
            )
        lacking = [need for need in info.needs if need not in available]
        if lacking:
            raise FaultlinesError(f"E004 stage {info.name} needs {lacking}, which this pipeline does not load")
        written.update(info.writes)
    return stages
