"""`faultlines events`, `faultlines show` and `faultlines failures`: read what was stored.

They read through :mod:`faultlines.store.read`, so they show reviewed values, as the web app does.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from faultlines.cli import main
from faultlines.cli.options import db_option, existing_db, fail
from faultlines.cli.textview import annotate
from faultlines.export.formats import jsonl_record
from faultlines.store import read
from faultlines.store.database import Store
from faultlines.store.queries import EVENT_COLUMNS, EventFilter

CSV_COLUMNS = (*EVENT_COLUMNS, "review_status", "outlet", "source")
TABLE_COLUMNS = (
    ("event_id", "event", 8),
    ("doc_id", "doc", 8),
    ("date_start", "date", 10),
    ("sub_event_type", "type", 28),
    ("kind", "kind", 20),
    ("modality", "modality", 16),
    ("actor1", "actor 1", 22),
    ("actor2", "actor 2", 22),
    ("location", "place", 16),
    ("fatalities", "dead", 4),
    ("review_status", "review", 10),
)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
@click.option("--type", "event_type", help='ACLED event type, e.g. "Battles".')
@click.option("--sub-type", "sub_event_type", help='ACLED sub-event type, e.g. "Armed clash".')
@click.option("--kind", help="Faultlines kind, e.g. infighting, defection.")
@click.option("--modality", help="asserted, attempted_failed, planned, called_off, ...")
@click.option("--actor", help="Part of an actor's name, id or faction.")
@click.option("--place", help="Part of a place name.")
@click.option("--country", help="ISO 3166 alpha-2 code, e.g. SY.")
@click.option("--intra-group/--any-group", default=None, help="Only events inside one group.")
@click.option("--since", metavar="YYYY-MM-DD")
@click.option("--until", metavar="YYYY-MM-DD")
@click.option("--limit", type=int, default=None, help="At most this many events.")
def events(db: str, fmt: str, limit: int | None, **filters: Any) -> None:
    """List stored events, filtered, with reviewed values (rejected events included, marked).

    \b
    Example:
      faultlines events --kind infighting --format csv > infighting.csv
    """
    store = Store(existing_db(db))
    found = read.events(store, EventFilter(**filters), limit=limit)
    if fmt == "jsonl":
        for row in found:
            click.echo(json.dumps(jsonl_record(row), ensure_ascii=False, default=str))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for row in found:
            writer.writerow([row[c] for c in CSV_COLUMNS])
    else:
        _print_table(found)


def _print_table(found: list[dict[str, Any]]) -> None:
    if not found:
        click.echo("No events match.", err=True)
        return
    click.echo("  ".join(title.ljust(width) for _, title, width in TABLE_COLUMNS))
    for row in found:
        cells = []
        for column, _, width in TABLE_COLUMNS:
            value = row[column]
            if column.startswith("actor") and row.get(f"{column}_faction"):
                value = f"{value} ({row[f'{column}_faction']})"
            text = "" if value is None else str(value)
            if column in ("event_id", "doc_id"):
                text = text[:width]  # `faultlines show DOC` takes a document id's first characters
            cells.append((text[: width - 1] + "…" if len(text) > width else text).ljust(width))
        click.echo("  ".join(cells).rstrip())
    click.echo(f"{len(found)} events", err=True)


@main.command()
@click.argument("doc_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of annotated text.")
def show(doc_id: str, db: str, as_json: bool) -> None:
    """Show a document's text with what was found in it.

    DOC_ID may be abbreviated to its first characters.

    \b
    Example:
      faultlines show 0a923289   # 01_hajin_foreign_local_clash.txt of examples/reports
    """
    document = read.document(Store(existing_db(db)), doc_id)
    if document is None:
        fail(f"no document with id {doc_id!r}: list them with `faultlines events --format csv`")
    if as_json:
        click.echo(json.dumps(document, ensure_ascii=False, indent=2, default=str))
        return
    click.echo(annotate(document, color=sys.stdout.isatty()))


@main.command()
@db_option
@click.option("--code", help="Only failures with this code, e.g. E105.")
def failures(db: str, code: str | None) -> None:
    """List the inputs that could not be processed, with what to do about each.

    \b
    Example:
      faultlines failures --code E201
    """
    found = read.failures(Store(existing_db(db)), code=code)
    if not found:
        click.echo("No failures.", err=True)
        return
    for row in found:
        click.echo(f"{row['source']}\n  {row['message']}  [{row['stage']}]")
    click.echo(f"{len(found)} failures", err=True)
