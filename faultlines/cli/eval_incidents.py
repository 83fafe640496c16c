"""`faultlines eval incidents`: each real incident once, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import click

from faultlines.cli import eval_group
from faultlines.config import Settings
from faultlines.errors import UsageError


@eval_group.command("incidents")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--errors", "show_errors", is_flag=True, help="Also list false, duplicate and missed records, and wrong fields."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_incidents(path: Path, show_errors: bool, as_json: bool) -> None:
    """Score event-level precision and recall on hand-coded incidents (bench/incidents/GUIDE.md).

    PATH is an incidents JSONL (one report per line with its incidents) or the folder that holds
    dev.jsonl. The reports go through `faultlines extract`; an event matches an incident when its
    trigger lies in one of the incident's sentences, each incident once (more are duplicates).
    Prints one line per report, then precision, recall, F1, duplicates, background matches and
    the accuracy of each field on matched events.

    \b
    Example:
      faultlines eval incidents ../shared/bench/incidents/dev.jsonl
      faultlines eval incidents ../shared/bench/incidents --errors
    """
    from faultlines.eval.incidents import error_rows, field_rows, kb_actor_key, predict, read_gold, score

    settings = Settings()
    try:
        reports = read_gold(path)
        actor_key = kb_actor_key(settings)
        result = score(reports, predict(path, settings), actor_key=actor_key)
    except UsageError as e:
        raise click.UsageError(str(e)) from e
    errors = [
        row
        for report, doc in zip(reports, result.docs, strict=True)
        for row in (*error_rows(report, doc), *field_rows(report, doc, actor_key=actor_key))
    ]
    if as_json:
        summary = result.as_dict()
        if show_errors:
            summary["errors"] = errors
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
        return
    click.echo(f"{'document':46s} {'gold':>5s} {'pred':>5s} {'match':>5s} {'dup':>5s} {'bg':>5s} {'spur':>5s}")
    for d in result.docs:
        click.echo(
            f"{d.doc_id[:46]:46s} {d.gold:5d} {d.predicted:5d} {d.matched:5d} "
            f"{d.duplicates:5d} {d.background:5d} {d.spurious:5d}"
        )
    click.echo(
        f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}  "
        f"({result.total('matched')} matched of {result.records} records and {result.total('gold')} incidents; "
        f"{result.total('duplicates')} duplicates ({result.duplicate_share:.1%}), "
        f"{result.total('spurious')} in no incident, {result.total('background')} background left out)"
    )
    for name, (right, scored) in result.fields.items():
        accuracy = f"{right / scored:.3f}" if scored else "  -  "
        click.echo(f"  {name:16s} {accuracy}  ({right}/{scored})")
    if show_errors:
        for row in errors:
            label = row["error"] if row["incident"] is None else f"{row['error']} #{row['incident']}"
            trigger = f" [{row['trigger']}]" if row["trigger"] else ""
            if row["error"] == "fields":
                wrong = "; ".join(f"{k} {v['predicted']!r} for {v['gold']!r}" for k, v in row["wrong"].items())
                click.echo(f"{row['doc']}  {label}{trigger} {wrong}: {row['sentence']}")
                continue
            click.echo(f"{row['doc']}  {label}  {row['sub_event_type']} {row['modality']}{trigger}: {row['sentence']}")
