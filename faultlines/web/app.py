"""The analyst workbench: a FastAPI app over one Faultlines store.

Pages are rendered on the server (Jinja2, autoescaped); the few scripts are static files, and
every asset comes from this package or an installed one (Leaflet from django-js-lib-leaflet),
so the workbench works offline. Online map tiles are used only when ``tiles_url`` is set.

Example::

    app = create_app(WebConfig(db_path="demo.duckdb"))
    uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import js_lib_leaflet
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp

from faultlines.config import Settings
from faultlines.errors import StoreError
from faultlines.store.database import Store
from faultlines.web import across, api, errors, routes_events, routes_ingest, routes_lists, routes_pages
from faultlines.web.body_guard import BodyGuard, upload_limit
from faultlines.web.jobs import IngestJobs, Runner
from faultlines.web.security import SecurityHeaders
from faultlines.web.session import SESSION_COOKIE
from faultlines.web.throttle import LoginThrottle

STATIC = Path(__file__).parent / "static"
LEAFLET = Path(js_lib_leaflet.__file__).parent / "static" / "js_lib_leaflet"
log = logging.getLogger("faultlines.web")


@dataclass(frozen=True)
class WebConfig:
    """How the workbench runs. ``secure_cookies`` None: Secure over HTTPS and on loopback."""

    db_path: str
    settings: Settings | None = None
    tiles_url: str | None = None
    tiles_attribution: str = ""
    secure_cookies: bool | None = None
    max_upload_kib: int = 2048
    share_db: bool = False  # release the file between requests, so other processes can write (slower)
    runner: Runner | None = None  # how uploads are ingested; default: faultlines.service.ingest
    login_throttle: LoginThrottle | None = None  # default: the limits in faultlines.web.throttle


def service_runner(settings: Settings, store: Store) -> Runner:
    """Ingest through :func:`faultlines.service.ingest`, returning the ids of the documents stored."""

    def run(paths: list[str], progress: Callable[[int], None]) -> tuple[str, list[str]]:
        from faultlines import service  # loads the pipeline only when something is ingested

        summary = service.ingest(paths, settings, progress=progress, command="web ingest")
        across.refresh(store)
        stored = store.run_doc_ids(summary.run_id)
        return summary.line(), stored + [owner for _, owner in summary.duplicates]

    return run


def create_app(config: WebConfig) -> FastAPI:
    store = Store(config.db_path)
    settings = (config.settings or Settings()).with_(db_path=config.db_path)
    jobs = IngestJobs(config.runner or service_runner(settings, store), max_bytes=config.max_upload_kib * 1024)

    # DuckDB opens a file in ~100 ms but shares an open instance within a process: holding one
    # connection makes every request's connection cheap (and keeps other processes out).
    keeper = None if config.share_db else store.hold_open()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.shutdown()
        if keeper is not None:
            keeper.close()

    app = FastAPI(
        title="Faultlines workbench API",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
        description="Conflict events extracted from news reports, with evidence, review and audit trail.",
    )
    app.state.store, app.state.config, app.state.jobs = store, config, jobs
    app.state.login_throttle = config.login_throttle or LoginThrottle()
    jobs.background(lambda: log.info("%s", across.refresh(store)))  # may take a while on a big store
    app.add_middleware(BodyGuard, upload_limit=lambda: upload_limit(jobs.max_bytes), session_cookie=SESSION_COOKIE)
    _outermost(app, SecurityHeaders, tiles_url=config.tiles_url)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/vendor/leaflet", StaticFiles(directory=LEAFLET), name="leaflet")
    errors.install(app)
    _install_fallbacks(app)
    for router in (api.router, routes_lists.router, routes_pages.router, routes_events.router, routes_ingest.router):
        app.include_router(router)
    return app


def _outermost(app: FastAPI, middleware: Callable[..., ASGIApp], **options: Any) -> None:
    """Wrap ``middleware`` around Starlette's whole stack, its 500 responses included
    (``add_middleware`` puts it inside the server-error handler)."""
    build = app.build_middleware_stack

    def build_wrapped() -> ASGIApp:
        return middleware(build(), **options)

    app.build_middleware_stack = build_wrapped  # type: ignore[method-assign]


def _install_fallbacks(app: FastAPI) -> None:
    async def store_busy(request: Request, exc: StoreError) -> Response:
        return errors.respond(request, 503, f"{exc}; try again in a moment")

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path, exc_info=exc)
        if request.url.path.startswith("/api/"):
            return JSONResponse(errors.error_body(500, "internal error: see the server log"), status_code=500)
        return errors.respond(request, 500, "internal error: see the server log")

    app.add_exception_handler(StoreError, store_busy)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, unexpected)
