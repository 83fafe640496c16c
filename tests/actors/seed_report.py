"""Print what the actor stage finds in the seed articles (../shared/seeds), for a human to check
against READING.md. Not a test: run it by hand.

    .venv/bin/python tests/actors/seed_report.py [FILE...]

It runs the product's pipeline, as `faultlines extract` does.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from faultlines.analysis import Analysis
from faultlines.config import Settings
from faultlines.pipeline import Pipeline

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def report(path: Path, analysis: Analysis) -> None:
    mentions, actors = analysis.mentions, analysis.actors
    print(f"== {path.name}")
    for actor in actors:
        hows = Counter(m.how for m in mentions if m.actor_id == actor.actor_id)
        print(f"  {actor.actor_id:20} {actor.name:34} inter={actor.inter} {dict(hows)}")
        if actor.factions:
            print(f"  {'':20} factions: {', '.join(actor.factions)}")
    for m in mentions:
        if m.how == "person":
            print(f"  person: {m.text} -> {m.actor_id} ({m.role})")


def main(argv: list[str]) -> None:
    files = [Path(a) for a in argv] or sorted(SEEDS.glob("0*.txt"))
    if not files:
        sys.exit(f"no seed files in {SEEDS}")
    pipeline = Pipeline.from_settings(Settings())
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    for path, analysis in zip(files, pipeline.analyse(texts), strict=True):
        report(path, analysis)


if __name__ == "__main__":
    main(sys.argv[1:])
