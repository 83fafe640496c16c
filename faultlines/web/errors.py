"""One error shape for the API, an error page for the browser.

API errors (any path under ``/api/``) are JSON::

    {"error": {"status": 404, "code": "not_found", "message": "no event 'abc'", "details": []}}
"""

from __future__ import annotations

from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from faultlines.errors import StoreError, UsageError
from faultlines.store.problems import store_problem

CODES = {
    400: "bad_request",
    401: "login_required",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    411: "length_required",
    413: "too_large",
    415: "unsupported_type",
    422: "invalid_input",
    429: "too_many_requests",
    500: "internal_error",
    503: "unavailable",
}


class WebError(StarletteHTTPException):
    """An HTTP error with the message a user should read."""

    def __init__(self, status: int, message: str, details: list[Any] | None = None) -> None:
        super().__init__(status, message)
        self.details = details or []


def error_body(status: int, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    return {
        "error": {"status": status, "code": CODES.get(status, "error"), "message": message, "details": details or []}
    }


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def respond(request: Request, status: int, message: str, details: list[Any] | None = None) -> Response:
    if _is_api(request):
        return JSONResponse(error_body(status, message, details), status_code=status)
    from faultlines.web.pages import render  # the page layer imports this module

    return render(
        request, "error.html", {"status": status, "message": message, "details": details or []}, status_code=status
    )


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {
            "field": ".".join(str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path")),
            "message": e.get("msg", ""),
        }
        for e in exc.errors()
    ]


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""

    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        details = getattr(exc, "details", [])
        return respond(request, exc.status_code, str(exc.detail), details)

    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = _validation_details(exc)
        summary = "; ".join(f"{d['field']}: {d['message']}" for d in details)
        return respond(request, 422, f"invalid input ({summary})", details)

    async def usage_error(request: Request, exc: UsageError) -> Response:
        return respond(request, 400, str(exc))

    async def store_error(request: Request, exc: Exception) -> Response:
        """A damaged, locked or full database met while serving: the coded line that says what to
        do (``faultlines doctor``), as a 503, instead of DuckDB's exception as a 500."""
        store = getattr(request.app.state, "store", None)
        problem = exc if isinstance(exc, StoreError) else store_problem(exc, store.path if store else "database")
        return respond(request, 503, str(problem or exc))

    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(UsageError, usage_error)  # type: ignore[arg-type]
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(duckdb.Error, store_error)
