"""Throughput of Faultlines against plain spaCy on the same texts; writes bench/RESULTS.md.

Each measurement runs in its own process, so its peak memory (max RSS) is its own, and models
are loaded before the clock starts: the figures are steady-state throughput.

    python bench/bench_throughput.py --docs 240
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

MODES = {
    "spacy": "plain spaCy nlp.pipe (same model, all components, batch 16)",
    "extract": "faultlines extract in one process (pipeline, no store)",
    "ingest": "faultlines ingest in one process (pipeline + DuckDB store)",
}


def measure(mode: str, corpus: Path) -> dict[str, float]:
    """Run one mode over the corpus in this process; return its figures."""
    from faultlines import service
    from faultlines.config import Settings
    from faultlines.records import SourceDocument
    from faultlines.resources import load_resources
    from faultlines.stages.ingest import read_paths

    settings = Settings(db_path=str(Path(tempfile.mkdtemp()) / "bench.duckdb"))
    documents = [d for d in read_paths([corpus], settings) if isinstance(d, SourceDocument)]
    words = sum(len(d.text.split()) for d in documents)
    if mode == "spacy":
        import spacy

        nlp = spacy.load(settings.spacy_model)
        texts = [d.text for d in documents]
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
    else:
        load_resources(settings)
        start = time.perf_counter()
        if mode == "extract":
            for _ in service.extract([corpus], settings):
                pass
        else:
            service.ingest([str(corpus)], settings)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": len(documents), "words": words, "seconds": seconds, "peak_mb": peak_mb}


def run_mode(mode: str, corpus: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--measure", mode, "--corpus", str(corpus)],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def report(results: dict[str, dict[str, float]], docs: int) -> str:
    base = results["spacy"]
    base_wps = base["words"] / base["seconds"]
    lines = [
        "# Throughput",
        "",
        f"Corpus: {docs} reports built by `bench/corpus.py` from `examples/reports` "
        f"({int(base['words'])} words). Machine: {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}. One process each; models loaded before timing.",
        "Reproduce: `make bench` (or `python bench/bench_throughput.py --docs N`).",
        "",
        "| mode | docs/s | words/s | ratio to plain spaCy | peak memory (MB) |",
        "|---|---:|---:|---:|---:|",
    ]
    for mode, figures in results.items():
        wps = figures["words"] / figures["seconds"]
        lines.append(
            f"| {MODES[mode]} | {figures['docs'] / figures['seconds']:.1f} | {wps:,.0f} | "
            f"{wps / base_wps:.2f} | {figures['peak_mb']:.0f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=240, help="Reports in the generated corpus.")
    parser.add_argument("--measure", choices=sorted(MODES), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.corpus)))
        return
    from corpus import build

    with tempfile.TemporaryDirectory() as folder:
        [corpus] = build(args.docs, Path(folder))
        results = {}
        for mode in MODES:
            print(f"measuring {mode} ...", file=sys.stderr)
            results[mode] = run_mode(mode, corpus)
    text = report(results, args.docs)
    args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
