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


@stage(NAME, reads=("events", "places"), writes=("events",))
def name_sides(analysis: Analysis, resources: Resources) -> Analysis:
    fallback = document_country(analysis.places)
    return dataclasses.replace(analysis, events=tuple(acled_sides(e, fallback) for e in analysis.events))
