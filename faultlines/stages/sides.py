"""The ACLED-sides stage: after the places stage, every event's generic sides carry the event's
country and the sides ACLED requires are filled (:mod:`faultlines.actors.acled_sides`)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from faultlines.actors.acled_sides import acled_sides, document_country
from faultlines.registry import stage

if TYPE_CHECKING:
    from faultlines.analysis import Analysis
    from faultlines.resources import Resources

NAME = "faultlines.sides.v1"


@stage(NAME, reads=("events", "places"), writes=("events",), needs=("actors",))
def name_sides(analysis: Analysis, resources: Resources) -> Analysis:
    fallback = document_country(analysis.places)
    kb = resources.actors

    def home_of(actor_id: str) -> str | None:
        entry = kb.get(actor_id) if kb is not None else None
        return entry.all_countries[0] if entry is not None and entry.all_countries else None

    return dataclasses.replace(analysis, events=tuple(acled_sides(e, fallback, home_of) for e in analysis.events))
