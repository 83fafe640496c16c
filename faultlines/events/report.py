"""Print the events Faultlines reads in text files: one line per event, for a quick look.

Usage::

    python -m faultlines.events.report ../shared/seeds/*.txt
    python -m faultlines.events.report --all report.txt     # also events that did not happen
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from faultlines.config import Settings
from faultlines.pipeline import Pipeline
from faultlines.records import Event

_HAPPENED = frozenset({"asserted", "alleged"})


def describe(event: Event) -> str:
    """One line: type, kind, modality, intra-group, sides, deaths, trigger."""

    def side(actor: object) -> str:
        name = getattr(actor, "name", None)
        faction = getattr(actor, "faction", None)
        return "-" if name is None else f"{name} [{faction}]" if faction else str(name)

    deaths = event.fatalities.best
    return (
        f"{event.sub_event_type:36.36s} {event.kind or '-':24.24s} {event.modality:16s} "
        f"{'intra' if event.intra_group else '     '} {side(event.actor1)} -> {side(event.actor2)}"
        f"{f' killed={deaths}' if deaths is not None else ''}  «{event.trigger.text}» {event.confidence:.2f}"
    )


def report(paths: Iterable[Path], *, everything: bool = False) -> Iterable[str]:
    pipeline = Pipeline.from_settings(Settings())
    files = [p for p in paths if p.is_file()]
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    for path, analysis in zip(files, pipeline.analyse(texts), strict=True):
        yield f"== {path.name}"
        for event in analysis.events:
            if everything or event.modality in _HAPPENED or event.intra_group:
                yield "  " + describe(event)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="also events that were planned, denied, forecast ...")
    args = parser.parse_args(argv)
    for line in report(args.paths, everything=args.all):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
