"""Pages: overview, documents, map, stories, actors, login, and the API reference."""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from faultlines.ontology import EVENT_TYPES
from faultlines.store import accounts as auth
from faultlines.store.queries import counts
from faultlines.store.review import review_counts
from faultlines.web import across, data, detail, openapi_view
from faultlines.web.charts import circle_graph, fragmentation_chart, month_chart
from faultlines.web.errors import WebError
from faultlines.web.pages import render
from faultlines.web.schemas import EventQuery, Page
from faultlines.web.session import SESSION_COOKIE, check_csrf, client_address, current, set_cookie, store_of
from faultlines.web.throttle import LoginThrottle

router = APIRouter(include_in_schema=False)


@router.get("/")
def overview(request: Request) -> Response:
    store = store_of(request)
    context = {
        "title": "Overview",
        "counts": counts(store),
        "reviews": review_counts(store),
        "timeline": month_chart(data.monthly_counts(store, by="event_type")),
        "failures": data.recent_failures(store),
        "recent": data.list_documents(store, limit=8, offset=0)[0],
        "map_query": "",
    }
    return render(request, "overview.html", context)


@router.get("/documents")
def documents(
    request: Request,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    search: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    per_page = 50
    rows, total = data.list_documents(
        store_of(request), limit=per_page, offset=(page - 1) * per_page, search=search or None
    )
    listing = Page.of(rows, total, page, per_page)
    return render(request, "documents.html", {"title": "Documents", "page": listing, "search": search})


@router.get("/documents/{doc_id:path}")
def document(request: Request, doc_id: str, part: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    view = detail.document_view(store_of(request), doc_id, part=part)
    if view is None:
        raise WebError(404, f"no document {doc_id!r} (or no part {part} of it): see the documents list")
    return render(request, "document.html", {"title": view["title"] or "Document", "doc": view})


@router.get("/map")
def map_page(request: Request, q: Annotated[EventQuery, Query()]) -> Response:
    context = {"title": "Map", "q": q, "params": q.params(), "tiles": request.app.state.config.tiles_url}
    return render(request, "map.html", context | {"event_types": EVENT_TYPES})


@router.get("/actors")
def actors(request: Request, search: Annotated[str, Query(max_length=200)] = "") -> Response:
    rows = data.list_actors(store_of(request), search=search or None)
    return render(request, "actors.html", {"title": "Actors", "actors": rows, "search": search})


@router.get("/actors/{actor_id}")
def actor(request: Request, actor_id: str) -> Response:
    store = store_of(request)
    found = data.actor_detail(store, actor_id)
    if found is None:
        raise WebError(404, f"no actor {actor_id!r}: see the actors list")
    series = across.fragmentation(store, actor_id)
    context: dict[str, Any] = {
        "title": found["name"],
        "actor": found,
        "network": circle_graph(actor_id, *actor_graph(store, found)),
        "fragmentation": fragmentation_chart(series) if series is not None else None,
        "series": series or [],
        "intra": month_chart(data.monthly_counts(store, actor_id=actor_id, intra_only=True)),
        "activity": month_chart(data.monthly_counts(store, actor_id=actor_id, by="event_type")),
        "params": {"actor": actor_id},
    }
    return render(request, "actor.html", context)


def actor_graph(store: Any, actor: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and edges of the actor's neighbourhood: from ``across`` when built, else from its events."""
    graph = across.neighbourhood(store, actor["actor_id"])
    if graph and graph.get("nodes"):
        for edge in graph["edges"]:
            if edge.get("relation") == "events":
                edge["relation"] = max(("hostile", "cooperative", "exit", "other"), key=lambda r: edge.get(r, 0))
        return graph["nodes"], graph["edges"]
    nodes = [{"id": actor["actor_id"], "name": actor["name"], "kind": "actor", "actor_id": actor["actor_id"]}]
    edges = []
    for n in actor["neighbours"]:
        key = f"{n['actor_id']}|{n['name']}"
        nodes.append({"id": key, "name": n["name"], "kind": "actor", "actor_id": n["actor_id"]})
        edges.append({"source": actor["actor_id"], "target": key, "events": n["events"], "relation": "events"})
    return nodes, edges


@router.get("/stories")
def stories(request: Request) -> Response:
    store = store_of(request)
    return render(
        request,
        "stories.html",
        {
            "title": "Stories",
            "stories": across.stories(store),
            "contradictions": across.all_contradictions(store),
        },
    )


@router.get("/login")
def login_page(request: Request, next: Annotated[str, Query(max_length=500)] = "/") -> Response:
    return render(request, "login.html", {"title": "Log in", "next": _local(next), "error": None})


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    csrf: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    check_csrf(request, csrf)
    throttle: LoginThrottle = request.app.state.login_throttle
    client = client_address(request)
    wait_s = throttle.wait_s(username, client)
    if wait_s:  # refused before any password check: a locked-out guess costs nothing
        minutes = max(1, math.ceil(wait_s / 60))
        message = f"too many failed logins: try again in {minutes} minute{'s' if minutes > 1 else ''}"
        return _login_form(request, next, message, status_code=429, retry_after=math.ceil(wait_s))
    try:
        session = auth.login(store_of(request), username, password)
    except auth.AuthError as e:
        throttle.failed(username, client)
        return _login_form(request, next, str(e), status_code=401)
    throttle.succeeded(username)
    response = RedirectResponse(_local(next), status_code=303)
    set_cookie(request, response, SESSION_COOKIE, session.token, max_age=auth.SESSION_HOURS * 3600)
    return response


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, csrf)
    session = current(request)
    if session is not None:
        auth.logout(store_of(request), session.token)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/docs")
@router.get("/api/docs")
def api_docs(request: Request) -> Response:
    """The API reference, drawn on the server from the OpenAPI JSON (no swagger-ui from a CDN)."""
    schema = request.app.openapi()
    context = {
        "title": "API",
        "info": schema.get("info", {}),
        "operations": openapi_view.operations(schema),
        "schemas": openapi_view.schemas(schema),
    }
    return render(request, "api_docs.html", context)


@router.get("/openapi.json")
def openapi_json(request: Request) -> JSONResponse:
    """The OpenAPI description at the path tools look for first (also at /api/openapi.json)."""
    return JSONResponse(request.app.openapi())


def _login_form(request: Request, next: str, error: str, *, status_code: int, retry_after: int = 0) -> Response:
    response = render(
        request, "login.html", {"title": "Log in", "next": _local(next), "error": error}, status_code=status_code
    )
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


def _local(target: str) -> str:
    """A redirect target on this site only (no scheme, no host, no '//')."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"
