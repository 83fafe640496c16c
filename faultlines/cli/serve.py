"""`faultlines serve` (the analyst workbench) and `faultlines users` (reviewer accounts)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from faultlines.cli import main
from faultlines.cli.options import db_option, fail
from faultlines.errors import UsageError

if TYPE_CHECKING:
    from faultlines.store.database import Store

# Kept here (not imported from faultlines.store.accounts) so `--help` does not load the web stack.
ROLES = ("reader", "reviewer", "admin")


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option(
    "--tiles",
    metavar="URL",
    help="Online map tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
    "(default: the offline country basemap only).",
)
@click.option("--tiles-attribution", default="", help="Attribution text the tile provider requires.")
@click.option(
    "--secure-cookies/--no-secure-cookies",
    default=None,
    help="Force the Secure cookie flag on or off (default: on over HTTPS and on loopback).",
)
@click.option(
    "--share-db",
    is_flag=True,
    help="Let other processes (e.g. `faultlines ingest`) write while serving; each request then reopens "
    "the file, which is much slower.",
)
@click.option(
    "--max-upload-kib",
    default=2048,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Largest file the ingest page accepts.",
)
@click.option(
    "--trusted-proxy",
    metavar="IP",
    help="Address of a reverse proxy (TLS in front of the workbench) whose X-Forwarded-For and "
    "X-Forwarded-Proto headers are believed: login limits then count the real clients.",
)
def serve(
    db: str,
    host: str,
    port: int,
    tiles: str | None,
    tiles_attribution: str,
    secure_cookies: bool | None,
    share_db: bool,
    max_upload_kib: int,
    trusted_proxy: str | None,
) -> None:
    """Serve the analyst workbench: browse, map, review and export the stored events.

    Reading needs no login; reviewers log in with accounts made by `faultlines users add`.
    While it serves, the workbench holds the database (ingest from its Ingest page, or stop it
    first, or pass --share-db).

    \b
    Example:
      faultlines ingest examples/reports --db demo.duckdb
      faultlines serve --db demo.duckdb
      faultlines serve --db demo.duckdb --host 0.0.0.0 --port 8080
      faultlines serve --db demo.duckdb --trusted-proxy 127.0.0.1   # behind nginx with TLS
    """
    import uvicorn

    from faultlines.web.app import WebConfig, create_app

    config = WebConfig(
        db_path=db,
        tiles_url=tiles,
        tiles_attribution=tiles_attribution,
        secure_cookies=secure_cookies,
        max_upload_kib=max_upload_kib,
        share_db=share_db,
    )
    app = create_app(config)
    click.echo(f"Faultlines workbench on http://{_display_host(host)}:{port}/ (database {db}); Ctrl-C stops it.")
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        proxy_headers=trusted_proxy is not None,
        forwarded_allow_ips=trusted_proxy,
        server_header=False,
    )


def _display_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "") else (f"[{host}]" if ":" in host else host)


@main.group("users")
def users() -> None:
    """Manage the workbench's accounts and their roles.

    Roles: reader (may log in and read), reviewer (may also review events and ingest
    reports), admin (what a reviewer may). Setting a password, disabling or removing an
    account ends its sessions at once.

    \b
    Example:
      faultlines users add ana
      faultlines users add ben --role reader
      faultlines users list
      faultlines users disable ben
    """


@users.command("add")
@db_option
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@click.option("--replace", is_flag=True, help="Set a new password (and role) for an existing user; ends its sessions.")
@click.option(
    "--role", type=click.Choice(ROLES), help="What the user may do (new accounts: reviewer; --replace keeps the role)."
)
def users_add(db: str, username: str, password_stdin: bool, replace: bool, role: str | None) -> None:
    """Create an account (the password is asked for, or read from stdin).

    \b
    Example:
      faultlines users add ana --db demo.duckdb
      echo "$PASSWORD" | faultlines users add ana --password-stdin --replace
    """
    from faultlines.store.accounts import add_user
    from faultlines.store.database import Store

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        add_user(Store(db), username, password, role=role, replace=replace)
    except UsageError as e:
        fail(str(e))
    click.echo(f"user {username} {'updated, sessions ended,' if replace else 'added'} in {db}", err=True)


@users.command("list")
@db_option
def users_list(db: str) -> None:
    """List the accounts: name, role, and whether the account is disabled.

    \b
    Example:
      faultlines users list --db demo.duckdb
    """
    from faultlines.store.accounts import list_users
    from faultlines.store.database import Store

    for account in list_users(Store(db)):
        state = "disabled" if account.disabled else "active"
        click.echo(f"{account.username}\t{account.role}\t{state}")


@users.command("disable")
@db_option
@click.argument("username")
def users_disable(db: str, username: str) -> None:
    """Stop an account from logging in (its sessions end; its reviews stay).

    \b
    Example:
      faultlines users disable ben --db demo.duckdb
    """
    _account_change(db, username, "disabled", lambda store: _set_disabled(store, username, True))


@users.command("enable")
@db_option
@click.argument("username")
def users_enable(db: str, username: str) -> None:
    """Let a disabled account log in again.

    \b
    Example:
      faultlines users enable ben --db demo.duckdb
    """
    _account_change(db, username, "enabled", lambda store: _set_disabled(store, username, False))


@users.command("remove")
@db_option
@click.argument("username")
def users_remove(db: str, username: str) -> None:
    """Delete an account and its sessions (its reviews and audit entries keep its name).

    \b
    Example:
      faultlines users remove ben --db demo.duckdb
    """
    from faultlines.store.accounts import remove_user

    _account_change(db, username, "removed", lambda store: remove_user(store, username))


def _set_disabled(store: Store, username: str, disabled: bool) -> None:
    from faultlines.store.accounts import set_disabled

    set_disabled(store, username, disabled)


def _account_change(db: str, username: str, done: str, change: Callable[[Store], None]) -> None:
    from faultlines.store.database import Store

    try:
        change(Store(db))
    except UsageError as e:
        fail(str(e))
    click.echo(f"user {username} {done} in {db}", err=True)
