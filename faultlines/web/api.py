"""The JSON API under /api/: documents, events, actors, places, stories, contradictions,
fragmentation and review actions. Lists are paged (``page``, ``per_page``); every error has
one shape (:mod:`faultlines.web.errors`). Reading needs no login; a review needs a reviewer's
session cookie and its CSRF token in the ``X-CSRF-Token`` header.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from faultlines.export.formats import geojson
from faultlines.store import read
from faultlines.store.queries import counts, list_failures
from faultlines.store.review import audit_trail, review_counts, review_event
from faultlines.web import across, data, detail
from faultlines.web.errors import WebError
from faultlines.web.routes_events import event_page, exported_rows
from faultlines.web.schemas import EventQuery, IngestJobView, Page, ReviewRequest, ReviewResult
from faultlines.web.session import check_csrf, require_reviewer, store_of

router = APIRouter(prefix="/api", tags=["api"])
PageNumber = Annotated[int, Query(ge=1, le=1_000_000)]
PerPage = Annotated[int, Query(ge=1, le=500)]


def _paged(items: list[dict[str, Any]], page: int, per_page: int) -> Page:
    start = (page - 1) * per_page
    return Page.of(items[start : start + per_page], len(items), page, per_page)


@router.get("/counts")
def api_counts(request: Request) -> dict[str, Any]:
    """How many documents, events, places, claims and failures are stored, and events per review status."""
    store = store_of(request)
    return {"stored": counts(store), "reviews": review_counts(store)}


@router.get("/documents", response_model=Page)
def api_documents(
    request: Request,
    page: PageNumber = 1,
    per_page: PerPage = 50,
    search: Annotated[str | None, Query(max_length=200)] = None,
) -> Page:
    """Stored documents, newest first (``search`` matches title, outlet and source)."""
    rows, total = data.list_documents(store_of(request), limit=per_page, offset=(page - 1) * per_page, search=search)
    return Page.of(rows, total, page, per_page)


@router.get("/documents/{doc_id:path}")
def api_document(request: Request, doc_id: str) -> dict[str, Any]:
    """A document: its text and everything found in it (events with reviewed values)."""
    view = detail.document_view(store_of(request), doc_id, highlight=False)
    if view is None:
        raise WebError(404, f"no document {doc_id!r}")
    return view


@router.get("/events", response_model=Page)
def api_events(request: Request, q: Annotated[EventQuery, Query()]) -> Page:
    """Events with reviewed values, filtered, sorted and paged (``reviewed_only=true`` for reviewed events)."""
    return event_page(request, q)


@router.get("/events.geojson")
def api_events_geojson(request: Request, q: Annotated[EventQuery, Query()]) -> Response:
    """The events of a view with coordinates, as GeoJSON (rejected events left out unless asked for)."""
    body = json.dumps(geojson(exported_rows(request, q)), ensure_ascii=False, default=str)
    return Response(body, media_type="application/geo+json")


@router.get("/events/{event_id}")
def api_event(request: Request, event_id: str) -> dict[str, Any]:
    """An event, the other reports of it, its contradictions and its review history."""
    view = detail.event_view(store_of(request), event_id, reports=False)
    if view is None:
        raise WebError(404, f"no event {event_id!r}")
    view.pop("reports")
    view.pop("reasons")  # the page's lines; the record's "why" holds the same choices
    return view


@router.get("/events/{event_id}/audit")
def api_event_audit(request: Request, event_id: str) -> list[dict[str, Any]]:
    """Every review change of an event, newest first."""
    return audit_trail(store_of(request), event_id)


@router.post("/events/{event_id}/review", response_model=ReviewResult)
def api_review(
    request: Request,
    event_id: str,
    body: ReviewRequest,
    x_csrf_token: Annotated[str | None, Header()] = None,
) -> ReviewResult:
    """Accept, edit, reject (with a reason) or reopen an event, as the logged-in reviewer."""
    session = require_reviewer(request)
    check_csrf(request, x_csrf_token)
    store = store_of(request)
    if read.event(store, event_id) is None:
        raise WebError(404, f"no event {event_id!r}")
    changes = body.changes.model_dump(exclude_unset=True) if body.changes else None
    entry = review_event(
        store, event_id, action=body.action, reviewer=session.username, reason=body.reason, changes=changes
    )
    event = read.event(store, event_id)
    assert event is not None
    return ReviewResult(audit=entry, event=event)


@router.get("/actors")
def api_actors(
    request: Request,
    page: PageNumber = 1,
    per_page: PerPage = 100,
    search: Annotated[str | None, Query(max_length=200)] = None,
) -> Page:
    """Actors with document and event counts."""
    return _paged(data.list_actors(store_of(request), search=search, limit=100_000), page, per_page)


@router.get("/actors/{actor_id}")
def api_actor(request: Request, actor_id: str) -> dict[str, Any]:
    """An actor: aliases, factions, network neighbourhood and intra-group events per month."""
    store = store_of(request)
    found = data.actor_detail(store, actor_id)
    if found is None:
        raise WebError(404, f"no actor {actor_id!r}")
    found["intra_group_by_month"] = data.monthly_counts(store, actor_id=actor_id, intra_only=True)
    found["fragmentation"] = across.fragmentation(store, actor_id)
    found["network"] = across.neighbourhood(store, actor_id)
    return found


@router.get("/places")
def api_places(request: Request, page: PageNumber = 1, per_page: PerPage = 100) -> Page:
    """Places where events happened, with event and fatality counts."""
    return _paged(data.list_places(store_of(request), limit=100_000), page, per_page)


@router.get("/stories")
def api_stories(request: Request, page: PageNumber = 1, per_page: PerPage = 50) -> dict[str, Any]:
    """Stories (documents about one developing situation); ``available`` is false until built."""
    found = across.stories(store_of(request))
    return {"available": found is not None} | _paged(found or [], page, per_page).model_dump()


@router.get("/contradictions")
def api_contradictions(request: Request, page: PageNumber = 1, per_page: PerPage = 50) -> dict[str, Any]:
    """Where reports of one incident disagree (fatalities, perpetrator, place, date, modality)."""
    found = across.all_contradictions(store_of(request))
    return {"available": found is not None} | _paged(found or [], page, per_page).model_dump()


@router.get("/fragmentation/{actor_id}")
def api_fragmentation(request: Request, actor_id: str) -> dict[str, Any]:
    """An actor's fragmentation index per month (``series``; null when not available) and its
    intra-group events per month and kind."""
    store = store_of(request)
    if data.actor_detail(store, actor_id) is None:
        raise WebError(404, f"no actor {actor_id!r}")
    return {
        "actor_id": actor_id,
        "series": across.fragmentation(store, actor_id),
        "intra_group_by_month": data.monthly_counts(store, actor_id=actor_id, intra_only=True),
    }


@router.get("/failures")
def api_failures(request: Request, page: PageNumber = 1, per_page: PerPage = 100) -> Page:
    """Documents that could not be processed, with a code and what to do."""
    return _paged(list_failures(store_of(request)), page, per_page)


@router.get("/ingest/{job_id}", response_model=IngestJobView)
def api_ingest_job(request: Request, job_id: str) -> IngestJobView:
    """Progress of a background ingestion started on the ingest page."""
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise WebError(404, "no such ingestion job")
    return IngestJobView(
        job_id=job.job_id, status=job.status, files=job.files, done=job.done, message=job.message, doc_ids=job.doc_ids
    )
