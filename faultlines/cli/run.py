"""`faultlines ingest` and `faultlines extract`: the main job, with and without a store."""

from __future__ import annotations

import json
import sys

import click

from faultlines import service
from faultlines.cli import main
from faultlines.cli.options import db_option, fail, settings_from
from faultlines.contract import to_contract
from faultlines.errors import FaultlinesError

EXIT_SOME_FAILED = 3


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for every document.")
@click.option("--max-mb", type=float, default=50.0, show_default=True, help="Refuse files larger than this.")
@click.option("--force", is_flag=True, help="Re-extract documents even when stored by this version.")
@click.option("--batch-size", type=click.IntRange(1, 1024), default=16, show_default=True,
              help="Documents parsed and stored together (one transaction per batch).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(
    paths: tuple[str, ...], db: str, published: str | None, max_mb: float, force: bool, batch_size: int, quiet: bool
) -> None:
    """Read reports, extract events with their evidence, and store them.

    PATHS are files or folders of .txt (with optional NAME.meta.json), .html/.htm,
    .json/.jsonl/.csv records. Re-running skips documents already stored, so an
    interrupted run resumes where it stopped.

    \b
    Example:
      faultlines ingest examples/reports --db faultlines.duckdb
    """
    settings = settings_from(db=db, published=published, max_mb=max_mb).with_(batch_size=batch_size)
    try:
        with click.progressbar(
            length=_count_files(paths), label="Ingesting", file=sys.stderr, show_pos=True,
            hidden=quiet or not sys.stderr.isatty(),
        ) as bar:
            summary = service.ingest(list(paths), settings, force=force, progress=bar.update)
    except FaultlinesError as e:
        fail(str(e))
    click.echo(summary.line(), err=True)
    for source, original in summary.duplicates:
        click.echo(f"  duplicate: {source} has the same text as document {original}", err=True)
    if summary.skipped_files:
        click.echo(f"  skipped {len(summary.skipped_files)} file(s) of unsupported type", err=True)
    if summary.counts.failures:
        click.echo("  see them with: faultlines failures", err=True)
        sys.exit(EXIT_SOME_FAILED)


def _count_files(paths: tuple[str, ...]) -> int:
    from faultlines.stages.ingest import list_files

    return sum(1 for _ in list_files(paths))


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
      faultlines extract examples/reports/01_raqqa_infighting.txt | jq .events
    """
    settings = settings_from(published=published, max_mb=max_mb)
    failed = False
    try:
        for result in service.extract(paths, settings):
            failed = failed or bool(result.failures)
            output.write(json.dumps(to_contract(result), ensure_ascii=False) + "\n")
    except FaultlinesError as e:
        fail(str(e))
    if failed:
        sys.exit(EXIT_SOME_FAILED)
