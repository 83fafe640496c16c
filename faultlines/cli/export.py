"""`faultlines export`: stored events in the formats analysts already use."""

from __future__ import annotations

import click

from faultlines.cli import main
from faultlines.cli.options import db_option, existing_db, fail
from faultlines.export.formats import FORMATS, export_events
from faultlines.store.database import Store
from faultlines.store.queries import EventFilter

MODALITIES = ("asserted", "attempted_failed", "planned", "called_off", "negated", "hypothetical", "forecast", "alleged")


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="Output file.")
@click.option(
    "--modality",
    "modalities",
    multiple=True,
    type=click.Choice(MODALITIES),
    help="Only events of this modality (repeatable). ACLED CSV defaults to asserted and alleged.",
)
@click.option("--kind", help="Only events of this Faultlines kind.")
@click.option("--country", help="Only events in this country (ISO alpha-2).")
def export(db: str, fmt: str, output: str, modalities: tuple[str, ...], kind: str | None, country: str | None) -> None:
    """Export stored events as ACLED CSV, JSONL, GeoJSON or Parquet.

    \b
    Example:
      faultlines export --format acled-csv -o events.csv
      faultlines export --format geojson -o events.geojson --kind infighting
    """
    store = Store(existing_db(db))
    try:
        written = export_events(
            store, fmt, output, selection=EventFilter(kind=kind, country=country), modalities=modalities or None
        )
    except OSError as e:
        fail(f"cannot write {output}: {e.strerror}")
    click.echo(f"{written} events written to {output}", err=True)
