"""How `faultlines actors candidates` prints: a block per actor for people, CSV or JSON for scripts."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence

import click

from faultlines.actors.candidates import Candidate, Sighting

CSV_COLUMNS = (
    "actor_id",
    "name",
    "seen_as",
    "inter",
    "type",
    "guessed_from",
    "documents",
    "events",
    "as_actor1",
    "as_actor2",
    "as_assoc",
    "countries",
    "acronyms",
    "example_doc_id",
    "example_start",
    "example_end",
    "example_text",
    "example_mention_start",
    "example_mention_end",
    "add",
    "not_an_actor",
)
AROUND = 70  # characters of the example sentence shown on either side of the mention


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _around(example: Sighting) -> str:
    """The mention in brackets with some of its sentence on either side."""
    before, after = _one_line(example.before), _one_line(example.after)
    before = before if len(before) <= AROUND else "…" + before[-AROUND:].partition(" ")[2]
    after = after if len(after) <= AROUND else after[:AROUND].rpartition(" ")[0] + "…"
    gap_before = " " if example.before[-1:].isspace() else ""
    gap_after = " " if example.after[:1].isspace() else ""
    return f"{before}{gap_before}[{_one_line(example.text)}]{gap_after}{after}"


def print_table(found: Sequence[Candidate]) -> None:
    if not found:
        click.echo("No new actors to review.", err=True)
        return
    click.echo(f"{'docs':>4}  {'events':>9}  {'type':<22}  {'name':<36}  countries")
    for c in found:
        events = f"{sum(c.events.values())} ({c.events['actor1']}/{c.events['actor2']})"
        name = _one_line(c.seen.name)
        click.echo(
            f"{len(c.seen.doc_ids):>4}  {events:>9}  {c.guess.label[:22]:<22}  {name[:36]:<36}  {','.join(c.countries)}"
        )
        if c.not_an_actor:
            click.echo(f"      not an actor: {c.not_an_actor}")
        others = [_one_line(a) for a in c.seen.aliases if _one_line(a) != name]
        if others:
            click.echo(f"      also seen as: {'; '.join(others)}")
        if c.guess.cues:
            click.echo(f"      guessed from: {'; '.join(c.guess.cues)}")
        example = c.example
        if example is not None:
            click.echo(f"      example: {example.doc_id[:8]} @{example.start}  {_around(example)}")
        if not c.not_an_actor:
            click.echo(f"      add: {c.promotion}")
    click.echo(f"{len(found)} new actors; events are (as actor 1/as actor 2)", err=True)


def print_json(found: Sequence[Candidate]) -> None:
    click.echo(json.dumps([c.to_json() for c in found], ensure_ascii=False, indent=2))


def print_csv(found: Sequence[Candidate]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(CSV_COLUMNS)
    for c in found:
        row = c.to_json()
        example = row.pop("example") or {}
        for key in ("seen_as", "guessed_from", "countries", "acronyms"):
            row[key] = "; ".join(row[key])
        row.update({f"example_{k}": v for k, v in example.items()})
        writer.writerow([row.get(column) for column in CSV_COLUMNS])
