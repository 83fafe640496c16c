"""`faultlines eval gvdb`: the events' dead per article, and the main event's city."""

from __future__ import annotations

import json
from pathlib import Path

import click

from faultlines.cli import eval_group
from faultlines.config import Settings


@eval_group.command("gvdb")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N articles.")
@click.option("--misses", is_flag=True, help="Also list the articles scored wrong (gold, then predicted).")
def eval_gvdb(path: Path, limit: int | None, misses: bool) -> None:
    """Score death counts and the city on GVDB (Gun Violence Database) articles.

    PATH is a GVDB TSV split (dev.tsv) or the folder that holds it. Each article goes through
    the same pipeline as `faultlines extract`; prints one JSON object: the share of articles whose
    events' dead add up to the gold number killed, and whose main event is in the gold city.

    \b
    Example:
      faultlines eval gvdb ../shared/bench/gvdb
      faultlines eval gvdb ../shared/bench/gvdb/dev.tsv --limit 50 --misses
    """
    from faultlines.eval.gvdb import evaluate

    result = evaluate(path, settings=Settings(), limit=limit)
    report = result.as_dict()
    if misses:
        report["misses"] = result.misses
    click.echo(json.dumps(report, indent=2))
