"""What a request that changes data must pass before its body is read: a size limit and a login.

A pure ASGI middleware, in front of every route. For a POST (PUT, PATCH, DELETE):

1. a body sent without a length (chunked) is refused (411), one declared over the path's limit
   is refused (413), before a byte of it is read;
2. except for logging in and out, the session cookie must belong to a user whose role may
   change data (401 without one, 403 for a reader), again before the body is read, so an
   anonymous client cannot make the server read and parse megabytes;
3. a small body is read here, within its limit, and handed on; an upload (``/ingest``) streams
   on to its route, which parses it with its own per-file limits.

The session found here is kept on the request (``request.state.session``) for the route.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from faultlines.store import accounts as auth
from faultlines.web.errors import respond
from faultlines.web.jobs import MAX_FILES

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_WRITES = frozenset({"/login", "/logout"})  # no session needed (yet)
UPLOAD_PATHS = frozenset({"/ingest"})
FORM_LIMIT = 64 * 1024  # a review, a login form: a few KiB at most


def upload_limit(max_file_bytes: int) -> int:
    """The largest ingest form: every file at its limit, pasted text as long, and the fields."""
    return max_file_bytes * (MAX_FILES + 1) + FORM_LIMIT


class BodyGuard:
    """Refuses oversized, unmeasured or anonymous writes before reading their bodies."""

    def __init__(self, app: ASGIApp, *, upload_limit: Callable[[], int], session_cookie: str) -> None:
        self.app = app
        self.upload_limit = upload_limit
        self.session_cookie = session_cookie

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        path = scope["path"]
        limit = self.upload_limit() if path in UPLOAD_PATHS else FORM_LIMIT
        refusal = self._size_refusal(request, limit)
        if refusal is None and path not in OPEN_WRITES:
            refusal = await self._login_refusal(request)
        if refusal is not None:
            await respond(request, *refusal)(scope, receive, send)
            return
        if path in UPLOAD_PATHS:
            await self.app(scope, receive, send)
            return
        body = await _read_within(receive, limit)
        if body is None:
            await respond(request, 413, f"the request body is over the {limit // 1024} KiB limit")(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    @staticmethod
    def _size_refusal(request: Request, limit: int) -> tuple[int, str] | None:
        declared = request.headers.get("content-length")
        if declared is None:
            if "transfer-encoding" in request.headers:
                return 411, "send the request with a Content-Length header"
            return None
        if not declared.isdigit():
            return 400, "the Content-Length header is not a number"
        if int(declared) > limit:
            return 413, f"the request body is over the {limit // 1024} KiB limit: send less"
        return None

    async def _login_refusal(self, request: Request) -> tuple[int, str] | None:
        token = request.cookies.get(self.session_cookie)
        session = await run_in_threadpool(auth.session_of, request.app.state.store, token) if token else None
        request.state.session = session  # the route reads it instead of asking the store again
        if session is None:
            return 401, "log in as a reviewer to change data (accounts: `faultlines users add NAME`)"
        if not auth.may_write(session.role):
            return 403, f"a {session.role} may read but not change data: ask an admin for the reviewer role"
        return None


async def _read_within(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None as soon as it passes ``limit`` bytes."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: wait for the disconnect

    return replay
