"""Who is asking: the user's session (cookie) and role, and CSRF tokens for every form.

A logged-in reviewer's CSRF token lives with the session in the database; before login (the
login form) a random token is kept in an HttpOnly, SameSite=Strict cookie and repeated in the
form. Forms send it as the ``csrf`` field, scripts as the ``X-CSRF-Token`` header.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets

from fastapi import Request
from fastapi.responses import Response

from faultlines.store import accounts as auth
from faultlines.store.database import Store
from faultlines.web.errors import WebError

SESSION_COOKIE = "fl_session"
CSRF_COOKIE = "fl_csrf"


def store_of(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def current(request: Request) -> auth.Session | None:
    """The logged-in reviewer's session, looked up once per request."""
    if not hasattr(request.state, "session"):
        token = request.cookies.get(SESSION_COOKIE)
        request.state.session = auth.session_of(store_of(request), token) if token else None
    return request.state.session  # type: ignore[no-any-return]


def require_reviewer(request: Request) -> auth.Session:
    """The session of a user who may change data (a reviewer or an admin); 401 or 403 otherwise."""
    session = current(request)
    if session is None:
        raise WebError(401, "log in as a reviewer to change data (accounts: `faultlines users add NAME`)")
    if not auth.may_write(session.role):
        raise WebError(403, f"a {session.role} may read but not change data: ask an admin for the reviewer role")
    return session


def client_address(request: Request) -> str:
    """The client's address as the server sees it (a trusted proxy's X-Forwarded-For, see `serve`)."""
    return request.client.host if request.client else "unknown"


def csrf_token(request: Request) -> str:
    """The token forms of this page must send back."""
    session = current(request)
    if session is not None:
        return session.csrf_token
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if not token:
        token = request.state.new_csrf = secrets.token_urlsafe(32)
    return token


def check_csrf(request: Request, submitted: str | None) -> None:
    """Refuse a state-changing request whose token does not match (403)."""
    session = current(request)
    expected = session.csrf_token if session else request.cookies.get(CSRF_COOKIE)
    if not submitted or not expected or not hmac.compare_digest(submitted, expected):
        raise WebError(403, "the form's security token is missing or stale: reload the page and try again")


def secure_cookies(request: Request) -> bool:
    """Secure cookies over HTTPS and on loopback (browsers treat it as secure); see `serve --help`."""
    forced = request.app.state.config.secure_cookies
    if forced is not None:
        return bool(forced)
    if request.url.scheme == "https":
        return True
    host = request.url.hostname or ""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def set_cookie(request: Request, response: Response, name: str, value: str, *, max_age: int | None) -> None:
    response.set_cookie(
        name, value, max_age=max_age, httponly=True, samesite="strict", secure=secure_cookies(request), path="/"
    )


def remember_csrf(request: Request, response: Response) -> None:
    """Send the pre-login CSRF cookie when this request minted one."""
    token = getattr(request.state, "new_csrf", None)
    if token:
        set_cookie(request, response, CSRF_COOKIE, token, max_age=None)
