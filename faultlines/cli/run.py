"""`faultlines ingest` and `faultlines extract`: the main job, with and without a store."""

from __future__ import annotations

import json
import os
import shlex
import signal
import sys
import threading
from functools import partial

import click
from click.core import ParameterSource

from faultlines import service
from faultlines.cli import main
from faultlines.cli.options import db_option, existing_db, fail, settings_from
from faultlines.config import Settings
from faultlines.contract import to_contract
from faultlines.engines import ENGINES, open_engine
from faultlines.engines.tasks import preload
from faultlines.errors import FaultlinesError
from faultlines.store.database import RunRecord, Store

EXIT_SOME_FAILED = 3
LATEST = "latest"  # --resume without a run id
COMMANDLINE = ParameterSource.COMMANDLINE


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for every document.")
@click.option("--max-mb", type=float, default=50.0, show_default=True, help="Refuse files larger than this.")
@click.option("--force", is_flag=True, help="Re-extract documents even when stored by this version.")
@click.option(
    "--batch-size",
    type=click.IntRange(1, 1024),
    default=16,
    show_default=True,
    help="Documents parsed and stored together (one transaction per batch).",
)
@click.option(
    "--engine",
    "engine_name",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="Where documents are processed: this machine, or a Dask cluster.",
)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=None,
    help="Worker processes: local default 1 (this process); dask default one per core.",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="Use this running Dask scheduler instead of starting a local cluster (implies --engine dask).",
)
@click.option(
    "--resume",
    metavar="[RUN_ID]",
    is_flag=False,
    flag_value=LATEST,
    default=None,
    help="Continue a killed or interrupted run (the latest one, or RUN_ID) with its own paths and settings.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str,
    published: str | None,
    max_mb: float,
    force: bool,
    batch_size: int,
    engine_name: str,
    workers: int | None,
    scheduler: str | None,
    resume: str | None,
    quiet: bool,
) -> None:
    """Read reports, extract events with their evidence, and store them.

    PATHS are files or folders of .txt (with optional NAME.meta.json), .html/.htm,
    .json/.jsonl/.csv records. Re-running skips documents already stored. Every run has an
    id (printed at the end); a run that was killed continues with --resume, which skips
    the inputs it finished and stores nothing twice.

    With --engine dask, documents are parsed on a Dask cluster (a local one with
    --workers processes, or the one at --scheduler) and stored by this process.

    \b
    Example:
      faultlines ingest examples/reports --db faultlines.duckdb
      faultlines ingest reports/ --engine local --workers 2
      faultlines ingest reports/ --engine dask --scheduler tcp://10.0.0.5:8786
      faultlines ingest --resume --db faultlines.duckdb
    """
    settings = settings_from(db=db, published=published, max_mb=max_mb).with_(batch_size=batch_size)
    engine_name = _check_engine_options(engine_name, workers=workers, scheduler=scheduler)
    _say_missing(paths)
    _stop_cleanly_on_sigterm()
    try:
        record = _check_resume(ctx, resume, paths, settings)
        run_settings = settings if record is None else service.settings_from_record(record.settings, db_path=db)
        run_paths = list(paths) if record is None else record.paths
        setup = partial(preload, run_settings)
        with (
            open_engine(engine_name, workers=workers, scheduler=scheduler, setup=setup) as engine,
            click.progressbar(
                length=_count_files(run_paths),
                label="Ingesting",
                file=sys.stderr,
                show_pos=True,
                hidden=quiet or not sys.stderr.isatty(),
            ) as bar,
        ):
            if record is None:
                summary = service.ingest(run_paths, settings, force=force, progress=bar.update, engine=engine)
            else:
                summary = service.resume(settings, record, progress=bar.update, engine=engine)
    except FaultlinesError as e:
        fail(str(e))
    click.echo(summary.line(), err=True)
    for source, original in summary.duplicates:
        click.echo(f"  duplicate: {source} has the same text as document {original}", err=True)
    if summary.skipped_files:
        click.echo(f"  skipped {len(summary.skipped_files)} file(s) of unsupported type", err=True)
    if summary.counts.failures:
        click.echo(f"  see them with: faultlines failures --db {shlex.quote(db)}", err=True)
        sys.exit(EXIT_SOME_FAILED)


def _say_missing(paths: tuple[str, ...] | list[str]) -> None:
    """Name the inputs that do not exist at once (they are also recorded as failures, E101)."""
    for path in paths:
        if not os.path.lexists(path):
            click.echo(f"E101 {path}: file not found: check the path (the other inputs go on)", err=True)


def _stop_cleanly_on_sigterm() -> None:
    """Let ``kill`` (SIGTERM) end an ingest as Ctrl-C does: the run is marked interrupted and
    the batch being written is rolled back, instead of the process vanishing mid-batch."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _raise_exit)


def _raise_exit(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def _check_engine_options(engine_name: str, *, workers: int | None, scheduler: str | None) -> str:
    """The engine to use; --scheduler means Dask, and brings its own workers."""
    if scheduler is None:
        return engine_name
    if engine_name == "local" and click.get_current_context().get_parameter_source("engine_name") == COMMANDLINE:
        fail("--scheduler is a Dask scheduler: use it with --engine dask (or drop --engine)")
    if workers is not None:
        fail("--workers sets the size of a local cluster; with --scheduler the cluster's own workers are used")
    return "dask"


def _check_resume(
    ctx: click.Context, resume: str | None, paths: tuple[str, ...], settings: Settings
) -> RunRecord | None:
    """The run to continue, or None for a new run (which needs PATHS)."""
    if resume is None:
        if not paths:
            fail("give PATHS to ingest, or --resume to continue an interrupted run")
        return None
    if paths:
        fail("--resume continues a run with its own PATHS: give no PATHS (or start a new run without --resume)")
    for name in ("published", "max_mb", "batch_size", "force"):
        if ctx.get_parameter_source(name) == COMMANDLINE:
            fail(f"--resume keeps the run's own settings: drop --{name.replace('_', '-')}")
    existing_db(settings.db_path)
    return service.run_to_resume(settings, None if resume == LATEST else resume)


def _count_files(paths: list[str] | tuple[str, ...]) -> int:
    return service.count_inputs(paths)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write JSONL here.")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for every document.")
@click.option("--max-mb", type=float, default=50.0, show_default=True, help="Refuse files larger than this.")
def extract(paths: tuple[str, ...], output: click.utils.LazyFile, published: str | None, max_mb: float) -> None:
    """Print one CONTRACT.md JSON line per document, without storing anything.

    Exit code 3 when some document could not be processed (its line lists the failures).

    \b
    Example:
      faultlines extract examples/reports/01_hajin_foreign_local_clash.txt | jq .events
    """
    settings = settings_from(published=published, max_mb=max_mb)
    _say_missing(paths)
    failed = False
    try:
        for result in service.extract(paths, settings):
            failed = failed or bool(result.failures)
            output.write(json.dumps(to_contract(result), ensure_ascii=False) + "\n")
    except FaultlinesError as e:
        fail(str(e))
    if failed:
        sys.exit(EXIT_SOME_FAILED)


@main.command()
@db_option
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="How many runs to list.")
def runs(db: str, limit: int) -> None:
    """List the latest runs, newest first: id, status, and what each stored.

    A run whose process died (killed, or the machine stopped) shows as `interrupted`;
    it continues with `faultlines ingest --resume RUN_ID`.

    \b
    Example:
      faultlines runs --db faultlines.duckdb
    """
    try:
        found = Store(existing_db(db)).list_runs(limit=limit)
    except FaultlinesError as e:
        fail(str(e))
    for run in found:
        click.echo(
            f"{run['run_id']}  {run['command']:<8} {run['status'] or '-':<12} "
            f"started {run['started_at']:%Y-%m-%d %H:%M}  "
            f"{run['documents']} documents, {run['events']} events, {run['failures']} failures, "
            f"{run['inputs_done']} inputs done"
        )
