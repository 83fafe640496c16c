"""The records of the cross-document layer: frozen, slotted, built from stored events.

A :class:`Mention` is one event as one document reports it (a row of ``events``), flattened to
what de-duplication compares. Reports of one incident become one :class:`CanonicalEvent`, whose
members each say why they joined (:class:`MergeDecision`). Where members disagree, a
:class:`Contradiction` lists each side with its source and evidence. Documents are grouped into
:class:`Story` records with a cited, extractive summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """A character span of one stored document."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One stored event, as de-duplication sees it."""

    event_id: str
    doc_id: str
    event_type: str | None
    sub_event_type: str | None
    kind: str | None
    modality: str
    intra_group: bool = False
    actor1_id: str | None = None
    actor1: str | None = None
    actor1_faction: str | None = None
    actor2_id: str | None = None
    actor2: str | None = None
    actor2_faction: str | None = None
    location: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    geo_precision: int | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    victims: tuple[str, ...] = ()  # proper names of victims, normalised
    people: tuple[str, ...] = ()  # full names of people named in the event's evidence, normalised
    sources: tuple[str, ...] = ()  # who said so (first link of each attribution chain)
    outlet: str | None = None
    published: str | None = None
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()

    @property
    def actor_ids(self) -> frozenset[str]:
        return frozenset(a for a in (self.actor1_id, self.actor2_id) if a)

    @property
    def source(self) -> str:
        """Who said so: the first attribution, else the outlet, else the document id."""
        return self.sources[0] if self.sources else (self.outlet or self.doc_id[:12])


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Whether two mentions report one incident, with a score per criterion and the reasons.

    A criterion scores None when one side does not know the value; ``blocked`` names the
    criterion that rules a merge out (then ``merge`` is False whatever the score).
    """

    a: str
    b: str
    merge: bool
    score: float
    criteria: dict[str, float | None]
    reasons: tuple[str, ...]
    blocked: str | None = None

    def reason(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class Member:
    """A mention inside a canonical event: how it joined (the best-scoring link)."""

    event_id: str
    doc_id: str
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class CanonicalEvent:
    """One real incident: the values chosen from its reports, and the reports themselves.

    ``values`` holds the canonical fields (same names as ``events`` columns); ``rules`` says, per
    field, how it was chosen (e.g. the lowest reported fatality figure, ACLED's rule).
    """

    canonical_id: str
    members: tuple[Member, ...]
    values: dict[str, Any]
    rules: dict[str, str]
    sources: tuple[dict[str, Any], ...]

    @property
    def reports(self) -> int:
        return len({m.doc_id for m in self.members})


@dataclass(frozen=True, slots=True)
class Side:
    """One value in a contradiction, with who reported it and where."""

    value: Any
    doc_id: str
    source: str
    outlet: str | None
    item_id: str  # the event or claim id
    evidence: Evidence | None


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Reports of one incident (or one claim) that disagree on ``field``."""

    contradiction_id: str
    subject: str  # "event" or "claim"
    subject_id: str  # canonical id, or the claim group key
    field: str  # fatalities, perpetrator, modality, place, date, quantity
    sides: tuple[Side, ...]
    canonical_value: Any
    rule: str


@dataclass(frozen=True, slots=True)
class SummarySentence:
    doc_id: str
    start: int
    end: int
    text: str
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """Documents about one developing situation."""

    story_id: str
    title: str
    doc_ids: tuple[str, ...]
    period_start: str | None
    period_end: str | None
    actors: tuple[dict[str, Any], ...]
    places: tuple[dict[str, Any], ...]
    summary: tuple[SummarySentence, ...]
    canonical_ids: tuple[str, ...] = ()
    links: tuple[dict[str, Any], ...] = field(default_factory=tuple)  # why documents joined
