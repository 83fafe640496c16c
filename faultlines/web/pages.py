"""Rendering pages: one Jinja2 environment (autoescaped), and what every page needs."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from faultlines.store import accounts as auth
from faultlines.web import session as sessions
from faultlines.web.charts import css_name

TEMPLATES = Path(__file__).parent / "templates"

NAV = (
    ("/", "Overview"),
    ("/documents", "Documents"),
    ("/events", "Events"),
    ("/map", "Map"),
    ("/actors", "Actors"),
    ("/stories", "Stories"),
    ("/failures", "Failures"),
    ("/ingest", "Ingest"),
    ("/docs", "API"),
)


def _date(value: Any) -> str:
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _path_part(value: Any) -> str:
    """An id as one URL path segment: every character that could end or split it encoded."""
    return quote(str(value), safe="")


def shown(value: Any) -> str:
    """A value of a contradiction as a reader says it: a toll range as "7 (5-9)", never a raw dict."""
    if value is None:
        return "unknown"
    if isinstance(value, dict):
        if set(value) <= {"best", "low", "high"}:
            best, low, high = (value.get(k) for k in ("best", "low", "high"))
            bounds = "" if (low is None and high is None) or low == high == best else f" ({shown(low)}-{shown(high)})"
            return f"{shown(best)}{bounds}"
        return "; ".join(f"{k}: {shown(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, list | tuple):
        return ", ".join(shown(v) for v in value)
    return _date(value)


def _query(params: dict[str, Any], **changes: Any) -> str:
    """A query string from ``params`` with ``changes`` applied (None drops a key)."""
    # ``v in (None, "", False)`` would drop a 0 too (0 == False): a toll of 0 is a real bound.
    merged = {k: v for k, v in (params | changes).items() if v is not None and v is not False and v != ""}
    return urlencode({k: ("1" if v is True else v) for k, v in merged.items()})


ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)
ENV.filters["date"] = _date
ENV.filters["css"] = css_name
ENV.filters["id"] = _path_part
ENV.filters["shown"] = shown
ENV.globals["query"] = _query
ENV.globals["nav"] = NAV


def render(request: Request, template: str, context: dict[str, Any], *, status_code: int = 200) -> HTMLResponse:
    session = sessions.current(request)
    page = {
        "request": request,
        "user": session.username if session else None,
        "can_write": session is not None and auth.may_write(session.role),  # shows the Ingest link
        "csrf": sessions.csrf_token(request),
        "path": request.url.path,
        "title": context.get("title", "Faultlines"),
    }
    html = ENV.get_template(template).render(page | context)
    response = HTMLResponse(html, status_code=status_code)
    sessions.remember_csrf(request, response)
    return response
