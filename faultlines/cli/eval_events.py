"""`faultlines eval case2021` and `faultlines eval muc4`: how well events are typed and filled."""

from __future__ import annotations

import json
from pathlib import Path

import click

from faultlines.cli import eval_group
from faultlines.errors import UsageError


def _fail(error: UsageError) -> None:
    raise click.UsageError(str(error)) from error


@eval_group.command("case2021")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N snippets.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_case2021(path: Path, limit: int | None, as_json: bool) -> None:
    """Score event typing on CASE 2021 Task 2 snippets (ACLED's 25 sub-event types).

    PATH is a CASE 2021 Task 2 TSV (id, EventSnippet, SubType) or the folder that holds dev.tsv.
    Only snippets labelled with one of the 25 ACLED types are scored (subtask 1); each gets the
    sub-event type of the main event Faultlines finds in it, or OTHER when it finds none. Prints
    weighted F1 (the task's measure), macro F1, accuracy, and per-label scores.

    \b
    Example:
      faultlines eval case2021 ../shared/bench/case2021
      faultlines eval case2021 ../shared/bench/case2021/dev.tsv --json
    """
    from faultlines.eval.case2021 import evaluate

    try:
        report, _ = evaluate(path, limit=limit)
    except UsageError as e:
        _fail(e)
        return
    if as_json:
        click.echo(json.dumps({
            "n": report.n, "weighted_f1": round(report.weighted_f1, 4), "macro_f1": round(report.macro_f1, 4),
            "accuracy": round(report.accuracy, 4),
            "labels": {s.label: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                 "f1": round(s.f1, 4), "support": s.support} for s in report.labels},
        }, indent=2))  # fmt: skip
        return
    click.echo(f"{'label':32s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>5s}")
    for s in report.labels:
        click.echo(f"{s.label:32s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:5d}")
    click.echo(f"{'weighted F1':32s} {'':6s} {'':6s} {report.weighted_f1:6.3f} {report.n:5d}")
    click.echo(f"{'macro F1':32s} {'':6s} {'':6s} {report.macro_f1:6.3f}")
    click.echo(f"{'accuracy':32s} {'':6s} {'':6s} {report.accuracy:6.3f}")


@eval_group.command("muc4")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_muc4(path: Path, limit: int | None, as_json: bool) -> None:
    """Score role fillers on MUC-4 with CEAF-REE (PerpInd, PerpOrg, Target, Victim, Weapon).

    PATH is a GRIT-format MUC-4 JSONL (docid, doctext, extracts) or the folder that holds
    dev.grit.jsonl. Prints micro precision, recall and F1 over the five roles (Du, Rush &
    Cardie 2021), and each role's scores.

    \b
    Example:
      faultlines eval muc4 ../shared/bench/muc4
      faultlines eval muc4 ../shared/bench/muc4/dev.grit.jsonl --limit 50
    """
    from faultlines.eval.muc4 import evaluate

    try:
        report = evaluate(path, limit=limit)
    except UsageError as e:
        _fail(e)
        return
    rows = [*report.roles, report.micro]
    if as_json:
        click.echo(json.dumps({
            "n": report.n,
            **{r.role: {"precision": round(r.precision, 4), "recall": round(r.recall, 4), "f1": round(r.f1, 4),
                        "matched": r.matched, "predicted": r.predicted, "gold": r.gold} for r in rows},
        }, indent=2))  # fmt: skip
        return
    click.echo(f"{'role':10s} {'P':>6s} {'R':>6s} {'F1':>6s} {'match':>6s} {'pred':>6s} {'gold':>6s}")
    for r in rows:
        click.echo(
            f"{r.role:10s} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} {r.matched:6d} {r.predicted:6d} {r.gold:6d}"
        )
    click.echo(f"({report.n} documents; CEAF-REE micro F1 = {report.micro.f1:.3f})")
