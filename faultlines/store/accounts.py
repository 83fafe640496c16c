"""Workbench accounts, their roles and login sessions, as the store keeps them (all their SQL is
here; the web app only calls these functions).

Passwords are hashed with scrypt (``hashlib.scrypt``, n=2**14, r=8, p=1, a 16-byte random salt),
stored as ``scrypt$n$r$p$salt$hash``. A login creates a random session token: the cookie holds
the token, the database only its SHA-256, with the session's CSRF token and an expiry.

Roles: a ``reader`` may log in and read (as anyone may); a ``reviewer`` may also review events
and ingest reports; an ``admin`` may do what a reviewer does (accounts are managed with the
``faultlines users`` command, on the server). Setting a new password, disabling or removing an
account ends its sessions; a session carries the account's role as it is now.

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

import duckdb

from faultlines.errors import UsageError
from faultlines.store.database import Store

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SESSION_HOURS = 12
MIN_PASSWORD = 8
USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,40}$")
ROLES = ("reader", "reviewer", "admin")
# The hash of a random password nobody kept: an unknown username is verified against it, so it
# costs one scrypt like a known one (no second hash to make, no cache to warm).
UNKNOWN_USER_HASH = "scrypt$16384$8$1$s6LNbJ9KnaD3D9Th6GSkkQ==$ehr+zaTG9O5q+ppVIZqlVQO0Xw7Or1cK2AH7AO3RusY="
WRITERS = frozenset({"reviewer", "admin"})


class AuthError(UsageError):
    """A bad username or password, said without telling which."""


@dataclass(frozen=True)
class Session:
    token: str  # only in the cookie; the database keeps its hash
    username: str
    csrf_token: str
    role: str = "reviewer"


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    disabled: bool


def may_write(role: str) -> bool:
    """Whether a role may change data (review, ingest)."""
    return role in WRITERS


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


def add_user(store: Store, username: str, password: str, *, role: str | None = None, replace: bool = False) -> None:
    """Create an account (role: reviewer unless given) or, with ``replace``, set a new password
    (and the role, when given: otherwise it stays), ending the account's sessions."""
    if not USERNAME.match(username):
        raise UsageError("a username is 2-40 letters, digits, '.', '_' or '-'")
    if role is not None and role not in ROLES:
        raise UsageError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"the password is too short: use at least {MIN_PASSWORD} characters")
    with store.writer() as con:
        exists = con.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone()
        if exists and not replace:
            raise UsageError(f"user {username!r} exists: pass --replace to set a new password")
        if exists:
            con.execute(
                "UPDATE users SET password_hash = ?, role = coalesce(?, role) WHERE username = ?",
                [hash_password(password), role, username],
            )
            con.execute("DELETE FROM user_sessions WHERE username = ?", [username])
        else:
            con.execute(
                "INSERT INTO users (username, password_hash, role, created_at, disabled) VALUES (?, ?, ?, ?, false)",
                [username, hash_password(password), role or "reviewer", _now()],
            )


def set_disabled(store: Store, username: str, disabled: bool = True) -> None:
    """Disable an account (it keeps its reviews but cannot log in; its sessions end) or enable it."""
    with store.writer() as con:
        _require_user(con, username)
        con.execute("UPDATE users SET disabled = ? WHERE username = ?", [disabled, username])
        con.execute("DELETE FROM user_sessions WHERE username = ?", [username])


def remove_user(store: Store, username: str) -> None:
    """Delete an account and its sessions (its reviews and audit entries keep its name)."""
    with store.writer() as con:
        _require_user(con, username)
        con.execute("DELETE FROM user_sessions WHERE username = ?", [username])
        con.execute("DELETE FROM users WHERE username = ?", [username])


def list_users(store: Store) -> list[Account]:
    with store.reader() as con:
        rows = con.execute("SELECT username, role, coalesce(disabled, false) FROM users ORDER BY username").fetchall()
    return [Account(u, r, bool(d)) for u, r, d in rows]


def login(store: Store, username: str, password: str) -> Session:
    """A new session for a valid username and password; :class:`AuthError` otherwise."""
    with store.reader() as con:
        row = con.execute(
            "SELECT password_hash, coalesce(disabled, false), role FROM users WHERE username = ?", [username]
        ).fetchone()
    # One scrypt for an unknown user too, so timing does not say which usernames exist.
    valid = verify_password(password, row[0] if row else UNKNOWN_USER_HASH)
    if row is None or not valid:
        raise AuthError("wrong username or password")
    if row[1]:
        raise AuthError("this account is disabled: ask an admin (`faultlines users enable NAME`)")
    session = Session(secrets.token_urlsafe(32), username, secrets.token_urlsafe(32), row[2])
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
    """The live session a cookie token belongs to (with the account's role now), or None."""
    if not token:
        return None
    with store.reader() as con:
        row = con.execute(
            "SELECT s.username, s.csrf_token, u.role FROM user_sessions s JOIN users u USING (username) "
            "WHERE s.token_hash = ? AND s.expires_at > ? AND NOT coalesce(u.disabled, false)",
            [_token_hash(token), _now()],
        ).fetchone()
    return Session(token, row[0], row[1], row[2]) if row else None


def logout(store: Store, token: str) -> None:
    with store.writer() as con:
        con.execute("DELETE FROM user_sessions WHERE token_hash = ?", [_token_hash(token)])


def _require_user(con: duckdb.DuckDBPyConnection, username: str) -> None:
    if not con.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone():
        raise UsageError(f"no user {username!r}: see `faultlines users list`")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)
