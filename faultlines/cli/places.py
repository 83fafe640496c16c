"""Place commands: `resolve-places`, `gazetteer build|import`, `eval geo`."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import IO, Any

import click

from faultlines.cli import eval_group, main
from faultlines.cli.options import fail
from faultlines.config import Settings
from faultlines.errors import UsageError

EXIT_FAILURES = 3


@main.command("resolve-places")
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
def resolve_places(input_path: Path, output: Path | None) -> None:
    """Geocode given toponym spans (how geocoders are compared when the names are already found).

    Each input line is {"id": ..., "text": ..., "spans": [[start, end], ...]}; each output line is
    {"id": ..., "places": [...]}, one place per span in order, with lat/lon null where a span
    cannot be resolved. A line that cannot be read is reported in its "failures" and the exit
    code is 3.

    \b
    Example:
      echo '{"id": "1", "text": "Clashes in Tripoli, Lebanon.", "spans": [[11, 18], [20, 27]]}' > in.jsonl
      faultlines resolve-places in.jsonl -o places.jsonl
    """
    from faultlines.gazetteer.index import Gazetteer
    from faultlines.gazetteer.resolve import resolve_spans

    gazetteer = Gazetteer.load(Settings())
    failed = False
    with _open_output(output) as out, input_path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                doc_id, text, spans = _read_line(line)
            except ValueError as e:
                failed = True
                failure = {"code": "E108", "message": f"E108 line {number}: {e}: fix the record", "stage": "input"}
                out.write(json.dumps({"id": None, "places": [], "failures": [failure]}) + "\n")
                continue
            places = resolve_spans(text, spans, gazetteer)
            out.write(
                json.dumps({"id": doc_id, "places": [dataclasses.asdict(p) for p in places]}, ensure_ascii=False) + "\n"
            )
    if failed:
        sys.exit(EXIT_FAILURES)


def _read_line(line: str) -> tuple[Any, str, list[tuple[int, int]]]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"malformed JSON ({e.msg})") from e
    text = record.get("text") if isinstance(record, dict) else None
    if not isinstance(text, str):
        raise ValueError("no 'text' string")
    spans = []
    for span in record.get("spans") or ():
        if not (isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(v, int) for v in span)):
            raise ValueError(f"span {span!r} is not [start, end]")
        start, end = span
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {span!r} is outside the text ({len(text)} characters)")
        spans.append((start, end))
    return record.get("id"), text, spans


class _open_output:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.handle: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        self.handle = self.path.open("w", encoding="utf-8") if self.path else sys.stdout
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.path and self.handle is not None:
            self.handle.close()


@main.group("gazetteer")
def gazetteer_group() -> None:
    """Build the offline place index, or import a full GeoNames dump into it.

    \b
    Example:
      faultlines gazetteer build
      faultlines gazetteer import allCountries.txt alternateNamesV2.txt
    """


@gazetteer_group.command("build")
def gazetteer_build() -> None:
    """Build (or load) the place index from the installed packages and report its size and
    load time. The index is cached under $FAULTLINES_DATA (default ~/.cache/faultlines).

    \b
    Example:
      faultlines gazetteer build
    """
    from faultlines.gazetteer.index import Gazetteer

    settings = Settings()
    started = time.perf_counter()
    gazetteer = Gazetteer.load(settings)
    click.echo(
        json.dumps(
            {
                "places": len(gazetteer),
                "names": len(gazetteer.exact),
                "source": gazetteer.table.source,
                "data_dir": settings.data_dir,
                "seconds": round(time.perf_counter() - started, 2),
            }
        )
    )


@gazetteer_group.command("import")
@click.argument("all_countries", metavar="ALLCOUNTRIES", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument(
    "alternate_names",
    metavar="ALTERNATENAMES",
    required=False,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option("--countries", help="Keep only these ISO codes, comma-separated (e.g. SY,IQ,TR): less memory.")
def gazetteer_import(all_countries: Path, alternate_names: Path | None, countries: str | None) -> None:
    """Import a GeoNames dump you downloaded (allCountries.txt, and alternateNamesV2.txt for
    more spellings), for full coverage: villages, districts, airports. The imported index is
    used from then on; delete it from the data folder to go back to the built-in one.

    \b
    Example:
      faultlines gazetteer import allCountries.txt alternateNamesV2.txt
      faultlines gazetteer import allCountries.txt --countries SY,IQ,TR,LB,JO
    """
    from faultlines.gazetteer.importer import import_table
    from faultlines.gazetteer.index import FULL_CACHE, Gazetteer

    keep = frozenset(c.strip().upper() for c in countries.split(",")) if countries else None
    try:
        table = import_table(all_countries, alternate_names, countries=keep)
    except UsageError as e:
        fail(str(e))
    path = Path(Settings().data_dir) / FULL_CACHE
    Gazetteer.from_table(table).save(path)
    click.echo(json.dumps({"places": len(table), "written": str(path)}))


@eval_group.command("geo")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--recognition/--no-recognition",
    default=True,
    show_default=True,
    help="Also score toponym recognition end to end (parses the texts with spaCy).",
)
@click.option(
    "--demonyms/--no-demonyms",
    default=True,
    show_default=True,
    help="Count places heading organisation names ('the U.S. Centers for Disease Control') as "
    "toponyms, as the corpora annotate them, and country adjectives ('Turkish') for TR-News and LGL, "
    "which annotate those too; they are counted apart from the product's places.",
)
def eval_geo(path: Path, recognition: bool, demonyms: bool) -> None:
    """Score geocoding on a TR-News, LGL or GeoVirus XML file (or a folder of them).

    Prints one JSON object per corpus: given the gold toponyms (as resolve-places takes them),
    accuracy within 161 km, mean and median error in km and exact GeoNames match where the corpus
    has ids; end to end, precision, recall and F1 on exact spans of the places the product's
    pipeline finds (what `faultlines extract` prints).

    \b
    Example:
      faultlines eval geo ../shared/bench/geoparsing
      faultlines eval geo ../shared/bench/geoparsing/TR-News.xml --no-recognition
    """
    from faultlines.eval.geo import evaluate_file

    files = sorted(path.glob("*.xml")) if path.is_dir() else [path]
    if not files:
        fail(f"no .xml files in {path}: give a TR-News, LGL or GeoVirus XML file")
    for file in files:
        try:
            report = evaluate_file(file, Settings(), recognition=recognition, demonyms=demonyms)
        except UsageError as e:
            fail(str(e))
        click.echo(json.dumps({"corpus": file.name, **report}))
