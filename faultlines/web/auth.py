"""Reviewer accounts and login sessions.

Passwords are hashed with scrypt (``hashlib.scrypt``, n=2**14, r=8, p=1, a 16-byte random salt),
stored as ``scrypt$n$r$p$salt$hash``. A login creates a random session token: the cookie holds
the token, the database only its SHA-256, with the session's CSRF token and an expiry. Anyone
may read; only a logged-in reviewer may change data.

Example::

    add_user(store, "ana", "correct horse battery staple")
    session = login(store, "ana", "correct horse battery staple")
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from faultlines.errors import UsageError
from faultlines.store.database import Store

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SESSION_HOURS = 12
MIN_PASSWORD = 8
USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,40}$")


class AuthError(UsageError):
    """A bad username or password, said without telling which."""


@dataclass(frozen=True)
class Session:
    token: str  # only in the cookie; the database keeps its hash
    username: str
    csrf_token: str


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        found = hashlib.scrypt(
            password.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p), dklen=len(_unb64(digest))
        )
    except ValueError:
        return False
    return hmac.compare_digest(found, _unb64(digest))


def add_user(store: Store, username: str, password: str, *, role: str = "reviewer", replace: bool = False) -> None:
    """Create a reviewer account (or, with ``replace``, set a new password)."""
    if not USERNAME.match(username):
        raise UsageError("a username is 2-40 letters, digits, '.', '_' or '-'")
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"the password is too short: use at least {MIN_PASSWORD} characters")
    with store.writer() as con:
        exists = con.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone()
        if exists and not replace:
            raise UsageError(f"user {username!r} exists: pass --replace to set a new password")
        con.execute(
            "INSERT OR REPLACE INTO users VALUES (?, ?, ?, ?)", [username, hash_password(password), role, _now()]
        )


def list_users(store: Store) -> list[tuple[str, str]]:
    with store.reader() as con:
        return [(u, r) for u, r in con.execute("SELECT username, role FROM users ORDER BY username").fetchall()]


def login(store: Store, username: str, password: str) -> Session:
    """A new session for a valid username and password; :class:`AuthError` otherwise."""
    with store.reader() as con:
        row = con.execute("SELECT password_hash FROM users WHERE username = ?", [username]).fetchone()
    # Hash even for an unknown user, so timing does not say which usernames exist.
    stored = row[0] if row else hash_password("x", salt=b"0" * 16)
    if not verify_password(password, stored) or row is None:
        raise AuthError("wrong username or password")
    session = Session(secrets.token_urlsafe(32), username, secrets.token_urlsafe(32))
    now = _now()
    with store.writer() as con:
        con.execute("DELETE FROM user_sessions WHERE expires_at < ?", [now])
        con.execute(
            "INSERT INTO user_sessions VALUES (?, ?, ?, ?, ?)",
            [
                _token_hash(session.token),
                username,
                session.csrf_token,
                now,
                now + datetime.timedelta(hours=SESSION_HOURS),
            ],
        )
    return session


def session_of(store: Store, token: str | None) -> Session | None:
    """The live session a cookie token belongs to, or None."""
    if not token:
        return None
    with store.reader() as con:
        row = con.execute(
            "SELECT username, csrf_token FROM user_sessions WHERE token_hash = ? AND expires_at > ?",
            [_token_hash(token), _now()],
        ).fetchone()
    return Session(token, row[0], row[1]) if row else None


def logout(store: Store, token: str) -> None:
    with store.writer() as con:
        con.execute("DELETE FROM user_sessions WHERE token_hash = ?", [_token_hash(token)])


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)
