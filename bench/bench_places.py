"""Benchmark the place index and resolver: cached load time and toponyms resolved per second
(one process, one core), on the dev geoparsing corpora when present, else on generated text.

Run by hand:  .venv/bin/python bench/bench_places.py [--bench ../shared/bench/geoparsing]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from faultlines.config import Settings
from faultlines.eval.geo import GeoDoc, read_corpus
from faultlines.gazetteer.index import Gazetteer
from faultlines.gazetteer.resolve import resolve_spans

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "geoparsing"
NAMES = ["Aleppo", "Manbij", "Raqqa", "Syria", "Turkey", "Paris", "Texas", "Tripoli", "Lebanon", "London"]


def _generated(n_docs: int = 300) -> list[GeoDoc]:
    from faultlines.eval.geo import GoldToponym

    text = "Reports from " + ", ".join(NAMES) + " and nearby towns."
    spans = []
    for name in NAMES:
        start = text.index(name)
        spans.append(GoldToponym(start, start + len(name), name, None, None))
    return [GeoDoc(str(i), text, tuple(spans)) for i in range(n_docs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = Settings()
    Gazetteer.load(settings)  # build once if needed; the timing below is the cached load
    started = time.perf_counter()
    gazetteer = Gazetteer.load(settings)
    load_s = time.perf_counter() - started
    files = sorted(args.bench.glob("*.xml")) if args.bench.is_dir() else []
    docs = [d for f in files for d in read_corpus(f)] or _generated()
    toponyms = sum(len(d.toponyms) for d in docs)
    best = float("inf")
    for _ in range(args.repeat):
        started = time.perf_counter()
        for doc in docs:
            resolve_spans(doc.text, doc.spans, gazetteer)
        best = min(best, time.perf_counter() - started)
    print(
        json.dumps(
            {
                "gazetteer_places": len(gazetteer),
                "cached_load_s": round(load_s, 2),
                "documents": len(docs),
                "toponyms": toponyms,
                "toponyms_per_s": round(toponyms / best),
                "corpora": [f.name for f in files],
            }
        )
    )


if __name__ == "__main__":
    main()
