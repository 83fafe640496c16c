"""Event pages: the filtered table (with every export of the view), an event, its review form.

Pages, exports and the API read through :mod:`faultlines.store.read`; exports are the
registry's (:mod:`faultlines.export.registry`), the same writers the CLI uses.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, ConfigDict

from faultlines.export.registry import EXPORTERS, export_rows, exporter
from faultlines.ontology import EVENT_TYPES, KINDS, MODALITIES, SUB_EVENT_TYPES
from faultlines.store import read
from faultlines.store.facets import facet_counts
from faultlines.store.review import REVIEWABLE, review_event
from faultlines.web import detail
from faultlines.web.errors import WebError
from faultlines.web.pages import render
from faultlines.web.schemas import EventQuery, Page
from faultlines.web.session import check_csrf, require_reviewer, store_of

router = APIRouter()
EXPORT_LIMIT = 100_000
CHOICES = {"event_types": EVENT_TYPES, "sub_event_types": SUB_EVENT_TYPES, "kinds": KINDS, "modalities": MODALITIES}
EDIT_FIELDS = (
    "event_type",
    "sub_event_type",
    "kind",
    "modality",
    "intra_group",
    "actor1",
    "actor1_faction",
    "actor2",
    "actor2_faction",
    "location",
    "latitude",
    "longitude",
    "country_code",
    "admin1",
    "geo_precision",
    "date_start",
    "date_end",
    "time_precision",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
)


def event_page(request: Request, q: EventQuery) -> Page:
    store = store_of(request)
    total = read.count_events(store, q.event_filter(), q.review_filter())
    rows = read.events(
        store,
        q.event_filter(),
        q.review_filter(),
        limit=q.per_page,
        offset=q.offset,
        order_by=q.sort,
        descending=q.desc,
    )
    return Page.of(rows, total, q.page, q.per_page)


def exported_rows(request: Request, q: EventQuery) -> list[dict[str, Any]]:
    """Every event of the view (all pages, same order) as exports write them: rejected ones left
    out unless asked for, and only asserted and alleged events unless the view picks a modality."""
    return export_rows(
        store_of(request),
        q.event_filter(),
        review=q.review_filter(for_export=True),
        limit=EXPORT_LIMIT,
        order_by=q.sort,
        descending=q.desc,
    )


def export_modalities(q: EventQuery) -> tuple[str, ...]:
    """The modalities an export of this view holds (shown beside every export link)."""
    return (q.modality,) if q.modality else read.PUBLISHABLE


def undated_in_export(request: Request, q: EventQuery) -> int:
    """How many events of the view's exports have no date (left out of the ACLED CSV and PLOVER)."""
    selection = dataclasses.replace(read.publishable(q.event_filter()), dated=False)
    return read.count_events(store_of(request), selection, q.review_filter(for_export=True))


def export_response(request: Request, q: EventQuery, name: str) -> Response:
    """The view's events written by the registry's exporter ``name``."""
    if name not in EXPORTERS:
        raise WebError(404, f"no export format {name!r}: use one of {', '.join(EXPORTERS)}")
    found = exporter(name)
    handle = io.BytesIO()
    stats = found.writer(exported_rows(request, q), handle)
    headers = {
        "Content-Disposition": f'attachment; filename="faultlines-events{found.suffix}"',
        "X-Faultlines-Written": str(stats.written),
        "X-Faultlines-Left-Out": ", ".join(f"{k}={v}" for k, v in sorted(stats.left_out.items())),
    }
    return Response(handle.getvalue(), media_type=found.media_type, headers=headers)


@router.get("/events", include_in_schema=False)
def events_page(request: Request, q: Annotated[EventQuery, Query()]) -> Response:
    page = event_page(request, q)
    facets = facet_counts(store_of(request), q.event_filter(), q.review_filter())
    context = {"title": "Events", "q": q, "params": q.params(), "page": page, "facets": facets}
    context |= {
        "exporters": EXPORTERS.values(),
        "export_modalities": export_modalities(q),
        "undated": undated_in_export(request, q),
    }
    return render(request, "events.html", context | CHOICES)


@router.get("/events.csv", include_in_schema=False)
def events_csv(request: Request, q: Annotated[EventQuery, Query()]) -> Response:
    return export_response(request, q, "acled-csv")


@router.get("/events.geojson", include_in_schema=False)
def events_geojson(request: Request, q: Annotated[EventQuery, Query()]) -> Response:
    return export_response(request, q, "geojson")


@router.get("/export/{name}", include_in_schema=False)
def events_export(request: Request, name: str, q: Annotated[EventQuery, Query()]) -> Response:
    return export_response(request, q, name)


@router.get("/api/export/{name}", tags=["api"])
def api_export(request: Request, name: str, q: Annotated[EventQuery, Query()]) -> Response:
    """The events of a view in an export format (acled-csv, jsonl, geojson, parquet, plover-jsonl):
    reviewed values, rejected events left out, asserted and alleged events unless ``modality`` is given."""
    return export_response(request, q, name)


@router.get("/events/{event_id}", include_in_schema=False)
def event_detail(request: Request, event_id: str) -> Response:
    view = detail.event_view(store_of(request), event_id)
    if view is None:
        raise WebError(404, f"no event {event_id!r}: it may have been re-extracted; search the events list")
    form = {c: form_value(view["event"][c]) for c in EDIT_FIELDS}
    return render(request, "event.html", {"title": "Event", "form": form} | view | CHOICES)


class ReviewForm(BaseModel):
    """The review form: an action, a reason, and the edit fields as typed in."""

    model_config = ConfigDict(extra="ignore")

    csrf: str = ""
    action: str
    reason: str = ""
    event_type: str | None = None
    sub_event_type: str | None = None
    kind: str | None = None
    modality: str | None = None
    intra_group: str | None = None
    actor1: str | None = None
    actor1_faction: str | None = None
    actor2: str | None = None
    actor2_faction: str | None = None
    location: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    geo_precision: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: str | None = None
    fatalities: str | None = None
    fatalities_low: str | None = None
    fatalities_high: str | None = None


@router.post("/events/{event_id}/review", include_in_schema=False)
def review_form(request: Request, event_id: str, form: Annotated[ReviewForm, Form()]) -> Response:
    session = require_reviewer(request)
    check_csrf(request, form.csrf)
    store = store_of(request)
    view = detail.event_view(store, event_id)
    if view is None:
        raise WebError(404, f"no event {event_id!r}")
    changes = edited_fields(view["event"], form) if form.action == "edit" else None
    review_event(
        store,
        view["event"]["event_id"],
        action=form.action,
        reviewer=session.username,
        reason=form.reason.strip() or None,
        changes=changes,
    )
    return RedirectResponse(f"/events/{quote(view['event']['event_id'], safe='')}#review", status_code=303)


def edited_fields(event: dict[str, Any], form: ReviewForm) -> dict[str, Any]:
    """The form fields whose value differs from the event's current one."""
    submitted = form.model_dump()
    changes: dict[str, Any] = {}
    for column in EDIT_FIELDS:
        if submitted.get(column) is None:  # not in the form: left as it is
            continue
        value = submitted[column].strip()
        if value != form_value(event[column]):
            changes[column] = value if column != "intra_group" else value == "yes"
    for n in ("1", "2"):  # a renamed actor is no longer the linked one: drop the link
        if f"actor{n}" in changes:
            changes[f"actor{n}_id"] = None
    assert set(changes) <= set(REVIEWABLE)
    return changes


def form_value(value: Any) -> str:
    """How a stored value shows in a form field."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)
