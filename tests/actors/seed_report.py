"""Print what the actor stage finds in the seed articles (../shared/seeds), for a human to check
against READING.md. Not a test: run it by hand.

    .venv/bin/python tests/actors/seed_report.py [FILE...]

It loads the full resources (spaCy, gazetteer ruler, actor ruler), as `faultlines extract` does.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from faultlines.config import Settings
from faultlines.resources import load_resources
from faultlines.stages.actors import gazetteer_countries, run_actors

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def report(path: Path, resources) -> None:
    text = path.read_text(encoding="utf-8")
    places = gazetteer_countries(resources.gazetteer)
    _, mentions, actors = run_actors(resources.nlp(text), text, resources.actors, place_country=places)
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
    resources = load_resources(Settings())
    for path in files:
        report(path, resources)


if __name__ == "__main__":
    main(sys.argv[1:])
