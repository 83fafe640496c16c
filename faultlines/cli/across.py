"""`faultlines stories`, `contradictions`, `fragmentation`, `network`, `canonical` and
`faultlines eval dedupe-gvdb`: what spans documents."""

from __future__ import annotations

import json
from pathlib import Path

import click

from faultlines.cli import eval_group, main
from faultlines.cli.options import db_option, existing_db, fail
from faultlines.errors import UsageError
from faultlines.store.database import Store

_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)


def _store(db: str) -> Store:
    """The store, with its cross-document tables brought up to date."""
    from faultlines.across.update import ensure_current

    store = Store(existing_db(db))
    ensure_current(store)
    return store


def _echo_json(value: object) -> None:
    click.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))


@main.command()
@db_option
@_FORMAT
@click.option("--min-documents", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only stories told by at least this many documents.")  # fmt: skip
def stories(db: str, fmt: str, min_documents: int) -> None:
    """List stories: documents about one situation, with period, actors, places and a cited summary.

    Each summary sentence is quoted from a stored document, with its outlet and character span.

    \b
    Example:
      faultlines stories --db faultlines.duckdb
      faultlines stories --min-documents 2 --format json
    """
    from faultlines.across.report import stories_text
    from faultlines.store.across_tables import list_stories

    found = list_stories(_store(db), min_documents=min_documents)
    _echo_json(found) if fmt == "json" else click.echo(stories_text(found))


@main.command()
@db_option
@_FORMAT
@click.option("--field", type=click.Choice(["fatalities", "perpetrator", "modality", "place", "date", "quantity"]),
              help="Only disagreements about this.")  # fmt: skip
@click.option("--event", "event_id", help="Only those about the incident of this event (or canonical) id.")
def contradictions(db: str, fmt: str, field: str | None, event_id: str | None) -> None:
    """List where reports disagree: each side's value, source and evidence, and the canonical value.

    The canonical value follows ACLED's conservative rule (the lowest fatality figure) and says so.

    \b
    Example:
      faultlines contradictions --db faultlines.duckdb
      faultlines contradictions --field fatalities --format json
    """
    from faultlines.across.report import contradictions_text
    from faultlines.store.across_tables import contradictions_for_event, list_contradictions

    store = _store(db)
    found = contradictions_for_event(store, event_id) if event_id else list_contradictions(store, field=field)
    if event_id and field:
        found = [c for c in found if c["field"] == field]
    _echo_json(found) if fmt == "json" else click.echo(contradictions_text(found))


@main.command()
@db_option
@_FORMAT
@click.option("--min-reports", type=click.IntRange(min=1), default=2, show_default=True,
              help="Only incidents reported by at least this many documents.")  # fmt: skip
def canonical(db: str, fmt: str, min_reports: int) -> None:
    """List canonical events: one record per real incident, with its reports and why they merged.

    \b
    Example:
      faultlines canonical --db faultlines.duckdb
      faultlines canonical --min-reports 1 --format json > incidents.json
    """
    from faultlines.across.report import canonical_text
    from faultlines.store.across_tables import list_canonical_events

    found = list_canonical_events(_store(db), min_reports=min_reports)
    _echo_json(found) if fmt == "json" else click.echo(canonical_text(found))


@main.command()
@click.argument("actor")
@db_option
@_FORMAT
@click.option("--period", type=click.Choice(["month", "quarter", "year"]), default="month", show_default=True)
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, path_type=Path), help="Also write a PNG here.")
def fragmentation(actor: str, db: str, fmt: str, period: str, plot_path: Path | None) -> None:
    """Show ACTOR's fragmentation index per period: intra-group events and exits against all its activity.

    ACTOR is an actor id or a name or alias seen in reports. Index = (intra + exits) / total, with
    a 95% Wilson interval; factions = inverse Simpson over faction activity; confidence is low
    under 5 events in a period.

    \b
    Example:
      faultlines fragmentation ISIS --db faultlines.duckdb
      faultlines fragmentation isis --period quarter --plot isis.png
    """
    from faultlines.across.fragmentation import fragmentation_series
    from faultlines.across.plot import plot_fragmentation
    from faultlines.across.report import fragmentation_text
    from faultlines.store.across_tables import resolve_actor

    store = _store(db)
    try:
        actor_id = resolve_actor(store, actor)
    except UsageError as e:
        fail(str(e))
    series = fragmentation_series(store, actor_id, period=period)
    _echo_json(series) if fmt == "json" else click.echo(fragmentation_text(actor_id, series))
    if plot_path:
        click.echo(f"plot written to {plot_fragmentation(series, actor_id, plot_path)}", err=True)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["graphml", "json"]), default="graphml", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Write the graph here."
)
@click.option("--actor", help="Only this actor's neighbourhood (id, name or alias).")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="Neighbourhood radius.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only incidents on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only incidents on or before this date.")
def network(
    db: str, fmt: str, output: Path, actor: str | None, depth: int, since: str | None, until: str | None
) -> None:
    """Export the actor network: actors and factions, edges counting hostile, cooperative and exit events.

    \b
    Example:
      faultlines network --db faultlines.duckdb -o actors.graphml
      faultlines network --actor ISIS --format json -o isis.json --since 2018-01-01
    """
    from faultlines.across.network import actor_neighbourhood, actor_network, write_network
    from faultlines.store.across_tables import resolve_actor

    store = _store(db)
    graph = actor_network(store, since=since, until=until)
    if actor:
        try:
            graph = actor_neighbourhood(graph, resolve_actor(store, actor), depth=depth)
        except UsageError as e:
            fail(str(e))
    write_network(graph, output, fmt=fmt)
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges written to {output}")


@eval_group.command("dedupe-gvdb")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--mode", type=click.Choice(["oracle", "pipeline", "both"]), default="both", show_default=True,
              help="oracle: merge from the annotated fields; pipeline: from what extraction finds.")  # fmt: skip
@click.option("--limit", type=click.IntRange(min=2), help="Only the first N articles.")
@click.option("--pairs", is_flag=True, help="Also list the false and missed pairs.")
@click.option("--keep-db", type=click.Path(dir_okay=False, path_type=Path),
              help="Pipeline mode: keep the extractions in this store, or reuse it when it exists.")  # fmt: skip
def eval_dedupe_gvdb(path: Path, mode: str, limit: int | None, pairs: bool, keep_db: Path | None) -> None:
    """Score cross-document de-duplication on GVDB: pairwise precision and recall of merged articles.

    Gold pairs: the same annotated date and city and a victim name in common. PATH is dev.tsv or
    its folder.

    \b
    Example:
      faultlines eval dedupe-gvdb ../shared/bench/gvdb --mode oracle
      faultlines eval dedupe-gvdb ../shared/bench/gvdb/dev.tsv --pairs --keep-db gvdb.duckdb
    """
    from faultlines.config import Settings
    from faultlines.eval.dedupe_gvdb import gold_pairs, oracle_pairs, pipeline_pairs, read_incidents, score_pairs

    incidents = read_incidents(path, limit=limit)
    gold = gold_pairs(incidents)
    report: dict[str, object] = {"articles": len(incidents)}
    runs = {"oracle": lambda: (oracle_pairs(incidents), {}),
            "pipeline": lambda: pipeline_pairs(incidents, settings=Settings(), db=keep_db)}  # fmt: skip
    for name in ("oracle", "pipeline") if mode == "both" else (mode,):
        predicted, counts = runs[name]()
        scored = score_pairs(gold, predicted).as_dict()
        if not pairs:
            scored = {k: v for k, v in scored.items() if k not in ("false_pairs", "missed_pairs")}
        report[name] = scored | counts
    _echo_json(report)
