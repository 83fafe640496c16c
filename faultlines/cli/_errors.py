"""The command group's last guard: a database problem is one line, whatever command met it.

Commands catch the errors they expect; a database that is locked, damaged, read-only or on a
full disk can meet any of them, in any query, so the group turns those into the coded line
(``Error: E404 database ... is damaged ...: restore it ...``) instead of a traceback.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from faultlines.errors import StoreError

EXIT_STORE = 1
_ARGS = "faultlines.args"


class CodedGroup(click.Group):
    """A click group that prints a database problem as its coded one-line message."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta[_ARGS] = list(args)  # the group consumes them before a command runs
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StoreError as e:
            _fail(e)
        except Exception as e:
            problem = _database_problem(e, ctx)
            if problem is None:
                raise
            _fail(problem)


def _database_problem(error: Exception, ctx: click.Context) -> StoreError | None:
    """The coded error for a DuckDB error that escaped a command, if it is the file's fault."""
    if not type(error).__module__.startswith(("duckdb", "_duckdb")):
        return None
    import duckdb

    from faultlines.store.problems import store_problem

    problem = store_problem(error, _db_path(ctx))
    if problem is None or (problem.code == "E401" and not isinstance(error, duckdb.IOException)):
        return None  # a query's own error (a bug): its traceback is what a report needs
    return problem


def _db_path(ctx: click.Context) -> str:
    from faultlines.config import DEFAULT_DB

    args: list[str] = ctx.meta.get(_ARGS, [])
    for number, arg in enumerate(args):
        if arg == "--db" and number + 1 < len(args):
            return args[number + 1]
        if arg.startswith("--db="):
            return arg.split("=", 1)[1]
    return os.environ.get("FAULTLINES_DB", DEFAULT_DB)


def _fail(error: StoreError) -> None:
    click.echo(f"Error: {error}", err=True)
    sys.exit(EXIT_STORE)
