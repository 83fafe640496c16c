"""Build a benchmark corpus of N distinct, realistic reports from the bundled sample reports.

Each report starts from one of the samples in ``examples/reports`` and varies what changes from
one real report to the next: numbers (tolls, dates), weekdays, town names, the names of the
people quoted and of the author, and the length (the lead paragraphs kept, sometimes background
paragraphs of another report added: from about 100 to about 650 words). No two texts are exact
duplicates (the store keeps duplicates once, which would make an ingest benchmark measure
nothing).

Two layouts: ``jsonl`` (one file of records, for throughput) and ``files`` (one ``.txt`` per
report with a ``.meta.json`` sidecar, 1,000 per folder: what a monitoring team's inbox looks
like, and what the flat-memory benchmark reads).

    python bench/corpus.py 2000 /tmp/corpus --layout files
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from faultlines.config import Settings  # noqa: E402
from faultlines.records import SourceDocument  # noqa: E402
from faultlines.stages.ingest import read_paths  # noqa: E402

EXAMPLES = ROOT / "examples" / "reports"
FOLDER_SIZE = 1000
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_TOWNS = [
    "Hajin",
    "Manbij",
    "Tabqa",
    "Mayadin",
    "Al-Bukamal",
    "Tal Afar",
    "Qayyarah",
    "Afrin",
    "Palmyra",
    "Raqqa",
    "Saraqeb",
    "Kafr Nabl",
    "Gwoza",
    "Mosul",
    "Jarabulus",
    "Al Bab",
    "Azaz",
    "Idlib",
    "Deir ez-Zor",
    "Kobani",
    "Sinjar",
    "Hawija",
    "Baiji",
    "Fallujah",
    "Ramadi",
    "Maiduguri",
    "Bama",
    "Dikwa",
    "Monguno",
    "Tikrit",
]
_FIRST = [
    "Rana",
    "Karim",
    "Layla",
    "Daniel",
    "Hasan",
    "Nour",
    "Aisha",
    "Hana",
    "Miriam",
    "Bukar",
    "Omar",
    "Samir",
    "Yusuf",
    "Fatima",
    "Zainab",
    "Ibrahim",
    "Maryam",
    "Khalid",
    "Leila",
    "Amina",
    "Tariq",
    "Sara",
]
_LAST = [
    "Haddad",
    "Nasser",
    "Kareem",
    "Mercer",
    "Demir",
    "Khatib",
    "Bello",
    "Jaber",
    "Hale",
    "Idris",
    "Modu",
    "Saleh",
    "Mansour",
    "Aziz",
    "Rahman",
    "Yilmaz",
    "Musa",
    "Hamdan",
    "Farouk",
    "Osman",
    "Bakr",
    "Shehu",
]
_NUMBER = re.compile(r"\b\d{1,3}\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_TOWN = re.compile(r"\b(" + "|".join(re.escape(t) for t in _TOWNS) + r")\b")
_SAID_NAME = re.compile(r"\b(said|By) ([A-Z][a-z]+ [A-Z][a-z]+)\b")


@dataclass(frozen=True)
class Report:
    doc_id: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    text: str

    def words(self) -> int:
        return len(self.text.split())


def sample_texts() -> list[SourceDocument]:
    return [d for d in read_paths([EXAMPLES], Settings()) if isinstance(d, SourceDocument)]


def vary(text: str, rng: random.Random) -> str:
    """The same kind of report about other numbers, days, towns and people."""
    text = _NUMBER.sub(lambda m: str(max(1, int(m.group()) + rng.randint(-3, 3))), text)
    text = _WEEKDAY.sub(lambda m: rng.choice(_WEEKDAYS), text)
    text = _TOWN.sub(lambda m: rng.choice(_TOWNS), text)
    return _SAID_NAME.sub(lambda m: f"{m.group(1)} {_person(rng)}", text)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def resize(text: str, others: list[str], rng: random.Random) -> str:
    """Keep the lead paragraphs (at least two); sometimes add background from another report."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    keep = rng.randint(min(3, len(paragraphs)), len(paragraphs))
    body = paragraphs[:keep]
    if rng.random() < 0.35:
        other = [p for p in rng.choice(others).split("\n\n")[2:] if p.strip()]
        body.extend(other[: rng.randint(1, max(1, len(other)))])
    return "\n\n".join(body)


def reports(count: int, *, seed: int = 7) -> Iterator[Report]:
    rng = random.Random(seed)
    samples = sample_texts()
    texts = [s.text for s in samples]
    for number in range(count):
        sample = samples[number % len(samples)]
        text = vary(resize(sample.text, texts, rng), rng) + f"\n\n(Report {number}.)\n"
        yield Report(
            doc_id=f"bench-{number:06d}",
            title=sample.title,
            outlet=sample.outlet,
            author=_person(rng) if sample.author else None,
            published=sample.published,
            text=text,
        )


def build(count: int, folder: Path, *, seed: int = 7, layout: str = "jsonl") -> list[Path]:
    """Write ``count`` reports into ``folder``; return the paths to give to `faultlines ingest`."""
    folder.mkdir(parents=True, exist_ok=True)
    if layout == "jsonl":
        path = folder / f"corpus-{count}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for report in reports(count, seed=seed):
                handle.write(json.dumps({"id": report.doc_id, **_metadata(report), "text": report.text}) + "\n")
        return [path]
    root = folder / f"corpus-{count}"
    for number, report in enumerate(reports(count, seed=seed)):
        sub = root / f"{number // FOLDER_SIZE:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{report.doc_id}.txt").write_text(report.text, encoding="utf-8")
        (sub / f"{report.doc_id}.meta.json").write_text(json.dumps(_metadata(report)), encoding="utf-8")
    return [root]


def _metadata(report: Report) -> dict[str, str | None]:
    return {"title": report.title, "outlet": report.outlet, "author": report.author, "published": report.published}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--layout", choices=("jsonl", "files"), default="jsonl")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for path in build(args.count, args.folder, seed=args.seed, layout=args.layout):
        print(path)


if __name__ == "__main__":
    main()
