"""`faultlines serve` (the analyst workbench) and `faultlines users` (reviewer accounts)."""

from __future__ import annotations

import sys

import click

from faultlines.cli import main
from faultlines.cli.options import db_option, fail
from faultlines.errors import UsageError


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
def serve(
    db: str,
    host: str,
    port: int,
    tiles: str | None,
    tiles_attribution: str,
    secure_cookies: bool | None,
    share_db: bool,
    max_upload_kib: int,
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
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False, server_header=False)


def _display_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "") else (f"[{host}]" if ":" in host else host)


@main.group("users")
def users() -> None:
    """Manage the reviewer accounts of the workbench.

    \b
    Example:
      faultlines users add ana
      faultlines users list
    """


@users.command("add")
@db_option
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@click.option("--replace", is_flag=True, help="Set a new password for an existing user.")
def users_add(db: str, username: str, password_stdin: bool, replace: bool) -> None:
    """Create a reviewer account (the password is asked for, or read from stdin).

    \b
    Example:
      faultlines users add ana --db demo.duckdb
      echo "$PASSWORD" | faultlines users add ana --password-stdin
    """
    from faultlines.store.database import Store
    from faultlines.web.auth import add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        add_user(Store(db), username, password, replace=replace)
    except UsageError as e:
        fail(str(e))
    click.echo(f"reviewer {username} {'updated' if replace else 'added'} in {db}", err=True)


@users.command("list")
@db_option
def users_list(db: str) -> None:
    """List the reviewer accounts.

    \b
    Example:
      faultlines users list --db demo.duckdb
    """
    from faultlines.store.database import Store
    from faultlines.web.auth import list_users

    for username, role in list_users(Store(db)):
        click.echo(f"{username}\t{role}")
