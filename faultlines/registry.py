"""The stage registry: extraction stages under versioned names, each declaring what it reads
and writes.

A stage is a function ``(analysis, resources) -> analysis``. Registering it::

    @stage("faultlines.places.v1", reads=("doc", "events"), writes=("places", "events"))
    def find_places(analysis: Analysis, resources: Resources) -> Analysis: ...

The pipeline runs the stages named in :data:`faultlines.pipeline.EXTRACTION_STAGES`, in order;
the name's version goes into the pipeline version stored with each document, so results made by
an older stage are recognised and redone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from faultlines.errors import FaultlinesError

if TYPE_CHECKING:
    from faultlines.analysis import Analysis
    from faultlines.resources import Resources

StageFunction = Callable[["Analysis", "Resources"], "Analysis"]


@dataclass(frozen=True, slots=True)
class StageInfo:
    name: str
    function: StageFunction
    reads: tuple[str, ...]
    writes: tuple[str, ...]


_STAGES: dict[str, StageInfo] = {}

# The module that defines each built-in stage, so a name can be resolved without importing
# every stage up front.
_BUILTIN_MODULES = {
    "faultlines.actors": "faultlines.stages.actors",
    "faultlines.events": "faultlines.stages.events",
    "faultlines.places": "faultlines.stages.places",
    "faultlines.dates": "faultlines.stages.dates",
    "faultlines.claims": "faultlines.stages.claims",
}


def stage(name: str, *, reads: tuple[str, ...], writes: tuple[str, ...]) -> Callable[[StageFunction], StageFunction]:
    """Register ``function`` as the stage ``name`` (``"package.stage.vN"``)."""

    def register(function: StageFunction) -> StageFunction:
        if name in _STAGES and _STAGES[name].function is not function:
            raise FaultlinesError(f"E001 stage {name} is registered twice: give the new one a new version")
        _STAGES[name] = StageInfo(name, function, reads, writes)
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
