"""Options and helpers shared by the commands."""

from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path
from typing import NoReturn

import click

from faultlines.config import DEFAULT_DB, Settings

EXIT_USAGE = 2

db_option = click.option(
    "--db",
    default=lambda: os.environ.get("FAULTLINES_DB", DEFAULT_DB),
    show_default=f"$FAULTLINES_DB or {DEFAULT_DB}",
    help="The DuckDB database file.",
)


# Where a `fit` command writes the model it trains.
model_output_option = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the model (default: the bundled model the product loads).",
)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One line saying what to fix, then exit."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def settings_from(*, db: str | None = None, published: str | None = None, max_mb: float = 50.0) -> Settings:
    if published is not None:
        try:
            datetime.date.fromisoformat(published)
        except ValueError:
            fail(f"--published {published!r} is not a date: give it as YYYY-MM-DD")
    if max_mb <= 0:
        fail("--max-mb must be positive")
    settings = Settings(published=published, max_mb=max_mb)
    return settings.with_(db_path=db) if db else settings


def existing_db(db: str) -> str:
    """The database path, or a clear error when there is nothing there yet."""
    if not os.path.exists(db):
        fail(f"no database at {db}: run `faultlines ingest PATH --db {db}` first")
    return db
