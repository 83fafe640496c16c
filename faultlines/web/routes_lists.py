"""Downloads of the list views (documents, actors, failures, stories, contradictions) as CSV or
JSON, and the failures page. The events list has its own exports (:mod:`routes_events`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from faultlines.store.queries import list_failures
from faultlines.web import across, data
from faultlines.web.listing import Format, download
from faultlines.web.pages import render
from faultlines.web.session import store_of

router = APIRouter(include_in_schema=False)
ALL = 100_000  # a download holds the whole list, not one page
Search = Annotated[str, Query(max_length=200)]

DOCUMENT_COLUMNS = ("doc_id", "title", "outlet", "source", "published", "chars", "events", "ingested_at")
ACTOR_COLUMNS = ("actor_id", "name", "inter", "country", "documents", "events", "intra_events")
FAILURE_COLUMNS = ("source", "code", "message", "stage", "doc_id", "last_seen")
STORY_COLUMNS = ("story_id", "title", "period_start", "period_end", "documents", "incidents", "actors")
CONTRADICTION_COLUMNS = (
    "contradiction_id", "subject", "field", "canonical_value", "rule",
    "value", "source", "outlet", "doc_id", "item_id", "evidence",
)  # fmt: skip


@router.get("/documents.{fmt}")
def documents_download(request: Request, fmt: Format, search: Search = "") -> Response:
    rows, _ = data.list_documents(store_of(request), limit=ALL, offset=0, search=search or None)
    return download(rows, DOCUMENT_COLUMNS, "documents", fmt)


@router.get("/actors.{fmt}")
def actors_download(request: Request, fmt: Format, search: Search = "") -> Response:
    rows = data.list_actors(store_of(request), search=search or None, limit=ALL)
    return download(rows, ACTOR_COLUMNS, "actors", fmt)


@router.get("/failures")
def failures_page(request: Request, code: Annotated[str, Query(max_length=20)] = "") -> Response:
    rows = list_failures(store_of(request), code=code or None)
    return render(request, "failures.html", {"title": "Failures", "failures": rows, "code": code})


@router.get("/failures.{fmt}")
def failures_download(request: Request, fmt: Format, code: Annotated[str, Query(max_length=20)] = "") -> Response:
    return download(list_failures(store_of(request), code=code or None), FAILURE_COLUMNS, "failures", fmt)


def story_rows(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per story: its period, how many reports and incidents, its actors by name."""
    return [
        {
            "story_id": s.get("story_id"),
            "title": s.get("title"),
            "period_start": (s.get("period") or {}).get("start"),
            "period_end": (s.get("period") or {}).get("end"),
            "documents": len(s.get("documents") or []),
            "incidents": len(s.get("canonical_events") or []),
            "actors": "; ".join(a.get("name") or a.get("actor_id") or "" for a in s.get("actors") or []),
        }
        for s in stories
    ]


def contradiction_rows(contradictions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per side of each contradiction (the table the pages draw)."""
    return [
        {k: c.get(k) for k in ("contradiction_id", "subject", "field", "canonical_value", "rule")}
        | {k: side.get(k) for k in ("value", "source", "outlet", "doc_id", "item_id")}
        | {"evidence": (side.get("evidence") or {}).get("text")}
        for c in contradictions
        for side in c.get("sides") or []
    ]


@router.get("/stories.{fmt}")
def stories_download(request: Request, fmt: Format) -> Response:
    stories = across.stories(store_of(request)) or []
    return download(story_rows(stories) if fmt == "csv" else stories, STORY_COLUMNS, "stories", fmt)


@router.get("/contradictions.{fmt}")
def contradictions_download(request: Request, fmt: Format) -> Response:
    found = across.all_contradictions(store_of(request)) or []
    rows = contradiction_rows(found) if fmt == "csv" else found
    return download(rows, CONTRADICTION_COLUMNS, "contradictions", fmt)
