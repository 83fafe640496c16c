"""`faultlines actors ...`: the actor knowledge base (list, show, add, validate), the new actors
to review (candidates), the typed-mentions model (fit-mentions), and `faultlines eval re3d`:
typed mentions scored on re3d."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import yaml

from faultlines.cli import eval_group, main
from faultlines.cli.options import db_option, existing_db, fail, model_output_option
from faultlines.config import Settings
from faultlines.errors import ResourceError

user_file_option = click.option(
    "--user-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The analyst's actor file (default: <data dir>/actors.user.yaml).",
)


def _settings(user_file: Path | None) -> Settings:
    return Settings(user_actors=str(user_file)) if user_file else Settings()


def _kb(settings: Settings) -> Any:
    from faultlines.actors.kb import ActorKB

    try:
        return ActorKB.load(settings)
    except ResourceError as e:
        fail(str(e))


@main.group("actors")
def actors_group() -> None:
    """The actor knowledge base: armed groups, forces and organisations, with their names.

    \b
    Example:
      faultlines actors list --country SY
      faultlines actors show "Ahrar ash-Sham"
      faultlines actors add liwa_x --name "Liwa X" --alias "X Brigade" --inter 2 --country SY
    """


@actors_group.command("list")
@click.option("--country", help="Only actors active in this country (ISO code, e.g. SY).")
@click.option("--inter", type=click.IntRange(1, 8), help="Only actors of this ACLED type (1-8).")
@click.option("--kind", type=click.Choice(["armed", "org", "media"]), help="Only this kind of actor.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead of a table.")
@user_file_option
def list_actors(
    country: str | None, inter: int | None, kind: str | None, as_json: bool, user_file: Path | None
) -> None:
    """List the actors of the knowledge base (bundled plus the user file).

    \b
    Example:
      faultlines actors list --country IQ --inter 3
    """
    kb = _kb(_settings(user_file))
    for entry in kb:
        if country and country.upper() not in entry.all_countries:
            continue
        if (inter and entry.inter != inter) or (kind and entry.kind != kind):
            continue
        if as_json:
            click.echo(json.dumps(entry.to_dict(), ensure_ascii=False))
        else:
            where = ",".join(entry.all_countries) or "-"
            click.echo(f"{entry.actor_id:24} {entry.inter or '-'!s:2} {where:12} {entry.name}")


@actors_group.command("show")
@click.argument("actor")
@user_file_option
def show_actor(actor: str, user_file: Path | None) -> None:
    """Show one actor (by id or by any of its names), its units, successors and people.

    \b
    Example:
      faultlines actors show isis
      faultlines actors show "Daesh"
    """
    kb = _kb(_settings(user_file))
    entries = [kb.get(actor)] if kb.get(actor) else list(kb.lookup(actor))
    if not entries:
        fail(f"no actor '{actor}': try `faultlines actors list`, or add it with `faultlines actors add`")
    for entry in entries:
        data = entry.to_dict()
        data["units"] = [e.actor_id for e in kb if e.parent == entry.actor_id]
        data["successors"] = [e.actor_id for e in kb if entry.actor_id in (e.successor_of, e.splinter_of)]
        data["people"] = [f"{p.name} ({p.role})" for p in kb.people.values() if p.actor_id == entry.actor_id]
        click.echo(yaml.safe_dump({k: v for k, v in data.items() if v}, sort_keys=False, allow_unicode=True))


def _active(value: str | None) -> list[int | None] | None:
    if not value:
        return None
    first, _, last = value.partition(":")
    try:
        return [int(first) if first else None, int(last) if last else None]
    except ValueError:
        fail(f"--active {value!r}: give years as FIRST:LAST, e.g. 2013: or 2012:2016")


@actors_group.command("add")
@click.argument("actor_id")
@click.option("--name", help="Preferred name (required for a new actor).")
@click.option("--alias", "aliases", multiple=True, help="Another name; repeat for several.")
@click.option("--acronym", "acronyms", multiple=True, help="An acronym, matched case-sensitively; repeat.")
@click.option("--ambiguous", multiple=True, help="A name this actor shares on purpose with another one.")
@click.option("--inter", type=click.IntRange(1, 8), help="ACLED actor type 1-8.")
@click.option("--kind", type=click.Choice(["armed", "org", "media"]), help="armed (default with --inter), org, media.")
@click.option("--country", help="Home country, ISO 3166 alpha-2 (e.g. SY).")
@click.option("--parent", help="Id of the actor it is a unit, branch or wing of.")
@click.option("--successor-of", help="Id of the actor it was renamed or reformed from.")
@click.option("--splinter-of", help="Id of the actor it broke away from.")
@click.option("--qid", help="Wikidata item, e.g. Q2429253.")
@click.option("--active", help="Years active as FIRST:LAST (either may be empty).")
@user_file_option
def add_actor(actor_id: str, user_file: Path | None, **fields: Any) -> None:
    """Add an actor, or names and facts to one, in the user file (the bundled file is not touched).

    The new knowledge base is checked first: a name that another actor already has is refused
    unless both list it with --ambiguous.

    \b
    Example:
      faultlines actors add jaysh_al_sunna --name "Jaysh al-Sunna" --inter 2 --country SY
      faultlines actors add isis --alias "Islamic State of Iraq and ash-Sham"
    """
    from faultlines.actors.edit import add_to_user_file

    settings = _settings(user_file)
    values = {k: v for k, v in fields.items() if v not in (None, ())}
    if "active" in values:
        values["active"] = _active(values["active"])
    try:
        path, problems = add_to_user_file(settings, actor_id, values)
    except (ValueError, ResourceError) as e:
        fail(str(e))
    if problems:
        fail("not saved: " + "; ".join(problems))
    click.echo(f"saved {actor_id} in {path}")


@actors_group.command("validate")
@user_file_option
def validate_actors(user_file: Path | None) -> None:
    """Check the knowledge base: unknown relations, names shared without being marked ambiguous.

    Exits 1 when there is a problem, listing each.

    \b
    Example:
      faultlines actors validate
    """
    kb = _kb(_settings(user_file))
    problems = kb.validate()
    for problem in problems:
        click.echo(problem)
    if problems:
        raise SystemExit(1)
    click.echo(f"{len(kb)} actors, {len(kb.people)} people: no problems")


@eval_group.command("re3d")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--errors", is_flag=True, help="Also list the spans scored wrong.")
def eval_re3d(path: Path, errors: bool) -> None:
    """Score typed mentions (Person, Organisation, Location, Nationality) on a re3d CoNLL file.

    PATH is a CoNLL file (dev.conll) or the folder that holds it. Each sentence goes through the
    same pipeline as `faultlines extract`; prints one JSON object with precision, recall and F1
    per type of its `typed_mentions`, exact span match.

    \b
    Example:
      faultlines eval re3d ../shared/bench/re3d/dev.conll
    """
    from faultlines.eval.re3d import evaluate

    target = path / "dev.conll" if path.is_dir() else path
    if not target.exists():
        fail(f"no dev.conll in {path}: give the CoNLL file itself")
    report = evaluate(target, settings=Settings(), errors=errors)
    click.echo(json.dumps(report, indent=2, ensure_ascii=False))


@actors_group.command("fit-mentions")
@click.argument("train", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@model_output_option
def fit_mentions(train: Path, output: Path | None) -> None:
    """Fit the typed-mentions model on a re3d training file (CoNLL), read by the product's pipeline.

    Never fit on a file you will score: fit on train.conll, score dev.conll or test.conll with
    `faultlines eval re3d`. The model records the training file's sha1.

    \b
    Example:
      faultlines actors fit-mentions ../shared/bench/re3d/train.conll
    """
    from faultlines.actors.mention_model import MODEL_PATH
    from faultlines.eval.re3d import fit_model

    if train.name.startswith(("dev", "test")):
        fail(f"{train.name} looks like an evaluation split: fit on the training split (train.conll)")
    model = fit_model(train, Settings())
    target = output or MODEL_PATH
    model.save(target)
    click.echo(f"fitted on {model.provenance.get('fitted_on')}; thresholds {model.provenance.get('thresholds')}")
    click.echo(f"written to {target}")


@actors_group.command("candidates")
@db_option
@click.option(
    "--from",
    "from_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read `faultlines extract` output (JSONL) instead of the database.",
)
@click.option("--min-docs", type=click.IntRange(1), default=1, show_default=True, help="Only those in N documents.")
@click.option("--country", help="Only actors whose events (else documents) are in this country (e.g. NG).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1), help="At most this many actors.")
@click.option("--all", "everything", is_flag=True, help="Also list the names that are no actor, saying why.")
@user_file_option
def candidates(
    db: str,
    from_file: Path | None,
    min_docs: int,
    country: str | None,
    fmt: str,
    limit: int | None,
    everything: bool,
    user_file: Path | None,
) -> None:
    """List the named groups the actor list lacks, for review, most seen first.

    Each is an organisation the actor stage kept as a new actor (id `new:...`): its names, the
    type of actor it likely is (ACLED's inter code: 1 state forces, 2 rebel group, 3 political
    militia, 4 identity militia ...; or an organisation) and the words that told ("the name's
    "militia"", "rebel group X"), the documents and events it is in, their countries, an example
    sentence, and the `faultlines actors add` line that puts it in your actor file (check it
    first: the type is a guess). Outlets, bylines, places and page furniture are left out (--all
    lists them with why). Ingest again after adding: stored documents keep the new: id until then.

    \b
    Example:
      faultlines actors candidates --db demo.duckdb
      faultlines actors candidates --db demo.duckdb --country NG --format json
    """
    from faultlines.actors.candidates import read_extract_output, review
    from faultlines.cli.candidates_view import print_csv, print_json, print_table

    if from_file is not None:
        with from_file.open(encoding="utf-8") as lines:
            try:
                seen, corpus = read_extract_output(lines)
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                fail(f"{from_file} is not `faultlines extract` output (JSONL): {e}")
    else:
        from faultlines.store.database import Store
        from faultlines.store.new_actors import count_documents, new_actor_evidence

        store = Store(existing_db(db))
        if count_documents(store) == 0:
            fail(f"database {db} holds no documents: run `faultlines ingest PATH --db {db}` first")
        seen, corpus = new_actor_evidence(store)
    found = review(seen, corpus, _kb(_settings(user_file)), min_docs=min_docs, country=country, everything=everything)
    found = found[:limit] if limit else found
    {"json": print_json, "csv": print_csv}.get(fmt, print_table)(found)
