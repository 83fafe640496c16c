"""`faultlines doctor`: check a database and say how to recover."""

from __future__ import annotations

import sys

import click

from faultlines.cli import main
from faultlines.cli.options import db_option


@main.command()
@db_option
@click.option("--upgrade", is_flag=True, help="Apply the migrations a database from an older faultlines lacks.")
def doctor(db: str, upgrade: bool) -> None:
    """Check a database: it opens, every table reads in full, runs that were interrupted,
    free disk space. Prints one line per finding, with what to do; exit code 1 when there
    is a problem. Reads only (unless --upgrade).

    \b
    Example:
      faultlines doctor --db faultlines.duckdb
    """
    from faultlines.store.doctor import examine

    findings = examine(db, upgrade=upgrade)
    for finding in findings:
        click.echo(finding.line())
    if any(f.level == "problem" for f in findings):
        sys.exit(1)
