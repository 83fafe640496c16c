"""Pydantic models at the web edge: query parameters, request bodies, response pages."""

from __future__ import annotations

import datetime
import math
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticUseDefault

from faultlines.store.queries import EventFilter
from faultlines.store.review_rules import MAX_FATALITIES
from faultlines.store.search import ViewFilter

SORT_KEYS = Literal[
    "date_start",
    "event_type",
    "sub_event_type",
    "kind",
    "modality",
    "actor1",
    "actor2",
    "location",
    "country_code",
    "fatalities",
    "confidence",
    "review_status",
    "reviewed_at",
]
StatusFilter = Literal["unreviewed", "reviewed", "accepted", "edited", "rejected"]
Text = Field(default=None, max_length=200)


class EventQuery(BaseModel):
    """Which events a page, an export or the API lists (blank form fields mean "any")."""

    model_config = ConfigDict(extra="ignore")

    type: str | None = Text
    sub_type: str | None = Text
    kind: str | None = Text
    actor: str | None = Text
    faction: str | None = Text
    place: str | None = Text
    country: str | None = Field(default=None, max_length=3)
    admin1: str | None = Text
    text: str | None = Text  # free text: every word in the evidence, the review note, actors or place
    killed_min: int | None = Field(default=None, ge=0, le=MAX_FATALITIES)
    killed_max: int | None = Field(default=None, ge=0, le=MAX_FATALITIES)
    modality: str | None = Text
    intra: Literal["yes", "no"] | None = None
    status: StatusFilter | None = None
    reviewed_only: bool = False
    since: datetime.date | None = None
    until: datetime.date | None = None
    doc: str | None = Text
    sort: SORT_KEYS = "date_start"
    desc: bool = False
    page: int = Field(default=1, ge=1, le=1_000_000)
    per_page: int = Field(default=50, ge=1, le=500)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            raise PydanticUseDefault()
        return value.strip() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _range_in_order(self) -> EventQuery:
        if self.killed_min is not None and self.killed_max is not None and self.killed_min > self.killed_max:
            raise ValueError(f"killed_min ({self.killed_min}) is over killed_max ({self.killed_max}): swap them")
        return self

    def event_filter(self) -> EventFilter:
        return EventFilter(
            event_type=self.type,
            sub_event_type=self.sub_type,
            kind=self.kind,
            modality=self.modality,
            actor=self.actor,
            place=self.place,
            country=self.country,
            intra_group=None if self.intra is None else self.intra == "yes",
            since=self.since.isoformat() if self.since else None,
            until=self.until.isoformat() if self.until else None,
            doc_id=self.doc,
        )

    def review_filter(self, *, for_export: bool = False) -> ViewFilter:
        """The review state, faction, free text, toll range and region of the view."""
        status = "reviewed" if self.reviewed_only else self.status
        return ViewFilter(
            status=status,
            faction=self.faction,
            include_rejected=not for_export or status == "rejected",
            text=self.text,
            fatalities_min=self.killed_min,
            fatalities_max=self.killed_max,
            admin1=self.admin1,
        )

    def params(self) -> dict[str, Any]:
        """The query as URL parameters (defaults left out), for links that keep the view."""
        return {
            k: (v.isoformat() if isinstance(v, datetime.date) else v)
            for k, v in self.model_dump(exclude_defaults=True).items()
        }

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


class Page(BaseModel):
    """One page of a list."""

    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int
    pages: int

    @classmethod
    def of(cls, items: list[dict[str, Any]], total: int, page: int, per_page: int) -> Page:
        return cls(items=items, total=total, page=page, per_page=per_page, pages=max(1, math.ceil(total / per_page)))


class EventChanges(BaseModel):
    """Reviewed values for an edit; only the fields sent are changed (send null to clear one)."""

    model_config = ConfigDict(extra="forbid")

    event_type: str | None = None
    sub_event_type: str | None = None
    kind: str | None = None
    modality: str | None = None
    intra_group: bool | None = None
    actor1: str | None = Field(default=None, max_length=200)
    actor1_id: str | None = Field(default=None, max_length=200)
    actor1_faction: str | None = Field(default=None, max_length=200)
    actor2: str | None = Field(default=None, max_length=200)
    actor2_id: str | None = Field(default=None, max_length=200)
    actor2_faction: str | None = Field(default=None, max_length=200)
    location: str | None = Field(default=None, max_length=200)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    country_code: str | None = Field(default=None, max_length=2)
    admin1: str | None = Field(default=None, max_length=200)
    geo_precision: int | None = Field(default=None, ge=1, le=3)
    date_start: datetime.date | None = None
    date_end: datetime.date | None = None
    time_precision: int | None = Field(default=None, ge=1, le=3)
    date_text: str | None = Field(default=None, max_length=200)
    fatalities: int | None = Field(default=None, ge=0, le=MAX_FATALITIES)
    fatalities_low: int | None = Field(default=None, ge=0, le=MAX_FATALITIES)
    fatalities_high: int | None = Field(default=None, ge=0, le=MAX_FATALITIES)


class ReviewRequest(BaseModel):
    """A review action on one event."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "edit", "reject", "reopen"]
    reason: str | None = Field(default=None, max_length=2000)
    changes: EventChanges | None = None


class ReviewResult(BaseModel):
    audit: dict[str, Any]
    event: dict[str, Any]


class IngestJobView(BaseModel):
    job_id: str
    status: str
    files: int
    done: int
    message: str
    doc_ids: list[str]
