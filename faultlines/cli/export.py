"""`faultlines export`: stored events in the formats analysts already use."""

from __future__ import annotations

import click

from faultlines.cli import main
from faultlines.cli.options import db_option, existing_db, fail
from faultlines.export.registry import EXPORTERS, FORMATS, export
from faultlines.ontology import MODALITIES
from faultlines.store.database import Store
from faultlines.store.queries import EventFilter
from faultlines.store.read import PUBLISHABLE

_FORMAT_HELP = "; ".join(f"{e.name}: {e.description}" for e in EXPORTERS.values())


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help=f"Output format ({_FORMAT_HELP}).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="Output file.")
@click.option(
    "--modality",
    "modalities",
    multiple=True,
    type=click.Choice(MODALITIES),
    help=f"Only events of this modality (repeatable). Default: {' and '.join(PUBLISHABLE)}, what a user would publish.",
)
@click.option("--kind", help="Only events of this Faultlines kind.")
@click.option("--country", help="Only events in this country (ISO alpha-2).")
@click.option("--reviewed-only", is_flag=True, help="Only events a reviewer accepted or edited.")
def export_command(
    db: str,
    fmt: str,
    output: str,
    modalities: tuple[str, ...],
    kind: str | None,
    country: str | None,
    reviewed_only: bool,
) -> None:
    """Export stored events as ACLED CSV, JSONL, GeoJSON, Parquet or PLOVER JSONL.

    Reviewed values replace extracted ones and rejected events are left out, as in the web app.

    \b
    Example:
      faultlines export --format acled-csv -o events.csv
      faultlines export --format plover-jsonl -o events.plover.jsonl --modality asserted
    """
    store = Store(existing_db(db))
    selection = EventFilter(kind=kind, country=country, modalities=modalities)
    try:
        with open(output, "wb") as handle:
            stats = export(store, fmt, handle, selection=selection, reviewed_only=reviewed_only)
    except OSError as e:
        fail(f"cannot write {output}: {e.strerror}")
    click.echo(f"{stats.message()}; written to {output}", err=True)
