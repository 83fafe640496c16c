"""Throughput of Faultlines against plain spaCy on the same texts; writes bench/RESULTS.md.

Modes (each measured in its own fresh process, so peak memory is its own; models and workers
are loaded and started before the clock starts, so the figures are steady-state throughput):

    spacy      plain spaCy nlp.pipe, one process: the floor every other mode is compared to
    spacy-2    plain spaCy nlp.pipe(n_process=2): what spaCy itself gets from two processes
    nlp        Faultlines' spaCy pipeline (the model plus its entity ruler of places and actors),
               without the extraction stages: splits the cost of Faultlines into ruler and stages
    extract    faultlines extract in one process (the pipeline, no store)
    ingest     faultlines ingest in one process (pipeline + DuckDB store; the cross-document step
               that follows the map, `after_ingest`, is timed apart and left out)
    local-2    faultlines ingest --engine local --workers 2
    dask-1     faultlines ingest --engine dask --workers 1 (a LocalCluster)
    dask-2     faultlines ingest --engine dask --workers 2

Two modes time the whole process instead, start-up and model loading included (what a user
waits for): the process is started and timed from outside, so the ratio is cold against cold:

    spacy-cold    python -c "spacy.load(...); nlp.pipe(texts)" over the corpus's texts
    extract-cold  the `faultlines extract CORPUS` command, its output thrown away

Run it on a quiet machine (figures taken while other jobs share the cores are noise):

    python bench/bench_throughput.py --docs 240 --repeat 3
    python bench/bench_throughput.py --modes spacy,extract   # a subset
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

MODES = {
    "spacy": "(a) plain spaCy `nlp.pipe`, 1 process",
    "spacy-2": "plain spaCy `nlp.pipe(n_process=2)`",
    "nlp": "Faultlines' spaCy (model + entity ruler), no extraction stages",
    "extract": "(b) faultlines extract, 1 process",
    "ingest": "faultlines ingest, 1 process (+ DuckDB)",
    "local-2": "(c) ingest, local engine, 2 processes",
    "dask-1": "ingest, Dask, 1 worker",
    "dask-2": "(d) ingest, Dask, 2 workers",
    "spacy-cold": "(e) plain spaCy, whole process (loading included)",
    "extract-cold": "(f) `faultlines extract`, whole process (loading included)",
}
COLD_MODES = {"spacy-cold", "extract-cold"}
_PLAIN_SPACY_SCRIPT = """
import json, sys, spacy
texts = [line["text"] for line in map(json.loads, open(sys.argv[2], encoding="utf-8"))]
nlp = spacy.load(sys.argv[1])
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""
ENGINE_MODES = {"ingest": ("local", 1), "local-2": ("local", 2), "dask-1": ("dask", 1), "dask-2": ("dask", 2)}


def measure(mode: str, corpus: Path) -> dict[str, float]:
    """Run one mode over the corpus in this process; return its figures."""
    from faultlines.config import Settings
    from faultlines.records import SourceDocument
    from faultlines.stages.ingest import read_paths

    settings = Settings(db_path=str(Path(tempfile.mkdtemp()) / "bench.duckdb"))
    documents = [d for d in read_paths([corpus], settings) if isinstance(d, SourceDocument)]
    words = sum(len(d.text.split()) for d in documents)
    if mode.startswith("spacy"):
        texts = [d.text for d in documents]
        seconds, workers_mb = _plain_spacy(settings, texts, processes=2 if mode == "spacy-2" else 1)
    elif mode == "nlp":
        seconds, workers_mb = _faultlines_spacy(settings, [d.text for d in documents]), 0.0
    elif mode == "extract":
        seconds, workers_mb = _extract(settings, corpus), 0.0
    else:
        seconds, workers_mb = _ingest(settings, corpus, *ENGINE_MODES[mode])
    return {"docs": len(documents), "words": words, "seconds": seconds, "peak_mb": _peak_mb(), "workers_mb": workers_mb}


def _plain_spacy(settings: Any, texts: list[str], *, processes: int) -> tuple[float, float]:
    import spacy

    nlp = spacy.load(settings.spacy_model)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=processes):
        pass
    seconds = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if processes > 1 else 0.0
    return seconds, children


def _faultlines_spacy(settings: Any, texts: list[str]) -> float:
    from faultlines.engines.tasks import worker_settings
    from faultlines.pipeline import Pipeline

    nlp = Pipeline.from_settings(worker_settings(settings)).resources.nlp
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return time.perf_counter() - start


def _extract(settings: Any, corpus: Path) -> float:
    from faultlines import service
    from faultlines.engines.tasks import preload

    preload(settings)  # the models the pipeline will use (cached per process)
    start = time.perf_counter()
    for _ in service.extract([corpus], settings):
        pass
    return time.perf_counter() - start


def _ingest(settings: Any, corpus: Path, engine_name: str, workers: int) -> tuple[float, float]:
    from functools import partial

    from faultlines import service
    from faultlines.engines import open_engine
    from faultlines.engines.tasks import preload

    # The cross-document step runs once, after the map, in the main process: it is not
    # per-document throughput, so it is timed apart and left out of these figures.
    across_seconds = [0.0]
    after_ingest = service.after_ingest

    def timed_after_ingest(store: Any, doc_ids: Any) -> None:
        begin = time.perf_counter()
        after_ingest(store, doc_ids)
        across_seconds[0] += time.perf_counter() - begin

    service.after_ingest = timed_after_ingest  # type: ignore[assignment]
    engine = open_engine(engine_name, workers=workers, setup=partial(preload, settings))
    try:
        engine.warm_up()
        start = time.perf_counter()
        summary = service.ingest([str(corpus)], settings, engine=engine)
        seconds = time.perf_counter() - start - across_seconds[0]
        assert summary.counts.documents > 0, summary.line()
        workers_mb = max(engine.client.run(_peak_mb).values()) if engine_name == "dask" else 0.0
    finally:
        engine.close()
    if engine_name == "local" and workers > 1:
        workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, workers_mb


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_cold(mode: str, corpus: Path) -> dict[str, float]:
    """A whole process, timed from outside: start-up and model loading count."""
    from faultlines.config import Settings
    from faultlines.records import SourceDocument
    from faultlines.stages.ingest import read_paths

    settings = Settings()
    documents = [d for d in read_paths([corpus], settings) if isinstance(d, SourceDocument)]
    if mode == "spacy-cold":
        texts = corpus.with_name(corpus.name + "-texts.jsonl")  # in the bench's temporary folder, removed with it
        texts.write_text("".join(json.dumps({"text": d.text}) + "\n" for d in documents), encoding="utf-8")
        command = [sys.executable, "-c", _PLAIN_SPACY_SCRIPT, settings.spacy_model, str(texts)]
    else:
        command = [str(Path(sys.executable).with_name("faultlines")), "extract", str(corpus)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    words = sum(len(d.text.split()) for d in documents)
    return {"docs": len(documents), "words": words, "seconds": seconds, "peak_mb": peak, "workers_mb": 0.0}


def run_mode(mode: str, corpus: Path) -> dict[str, float]:
    if mode in COLD_MODES:
        return run_cold(mode, corpus)
    output = subprocess.run(
        [sys.executable, __file__, "--measure", mode, "--corpus", str(corpus)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def median_run(mode: str, corpus: Path, repeat: int) -> dict[str, float]:
    runs = [run_mode(mode, corpus) for _ in range(repeat)]
    runs.sort(key=lambda r: r["seconds"])
    middle = dict(runs[len(runs) // 2])
    middle["spread"] = (runs[-1]["seconds"] - runs[0]["seconds"]) / statistics.median(r["seconds"] for r in runs)
    return middle


def report(results: dict[str, dict[str, float]], *, docs: int, repeat: int, command: str) -> str:
    base = results.get("spacy")
    base_wps = base["words"] / base["seconds"] if base else None
    cold = results.get("spacy-cold")
    cold_wps = cold["words"] / cold["seconds"] if cold else None
    any_result = next(iter(results.values()))
    lines = [
        "## Throughput",
        "",
        f"Corpus: {docs} reports built by `bench/corpus.py` from `examples/reports` ({int(any_result['words']):,} "
        f"words). Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
        f"Each mode in a fresh process, models loaded and workers started before the clock, except (e) and (f), "
        f"timed as whole processes (start-up and loading included) and compared with each other; "
        f"median of {repeat} run(s).",
        f"Command: `{command}`",
        "",
        "| mode | docs/s | words/s | ratio to (a); cold to (e) | peak MB, main process | peak MB, largest worker "
        "| spread |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for mode, figures in results.items():
        wps = figures["words"] / figures["seconds"]
        reference = cold_wps if mode in COLD_MODES else base_wps
        ratio = f"{wps / reference:.2f}" if reference else "-"
        workers = f"{figures['workers_mb']:.0f}" if figures["workers_mb"] else "-"
        lines.append(
            f"| {MODES[mode]} | {figures['docs'] / figures['seconds']:.1f} | {wps:,.0f} | {ratio} | "
            f"{figures['peak_mb']:.0f} | {workers} | {figures.get('spread', 0):.0%} |"
        )
    lines += ["", *targets(results)]
    return "\n".join(lines) + "\n"


def targets(results: dict[str, dict[str, float]]) -> list[str]:
    """The issue's targets, checked against these figures."""

    def wps(mode: str) -> float | None:
        figures = results.get(mode)
        return figures["words"] / figures["seconds"] if figures else None

    checks = [
        ("one process (extract) / plain spaCy", wps("extract"), wps("spacy"), 0.75),
        ("whole process, cold (extract) / plain spaCy, cold", wps("extract-cold"), wps("spacy-cold"), 0.75),
        ("one process (ingest) / plain spaCy", wps("ingest"), wps("spacy"), 0.75),
        ("Dask 2 workers / Dask 1 worker", wps("dask-2"), wps("dask-1"), 1.7),
        ("local 2 processes / ingest 1 process", wps("local-2"), wps("ingest"), 1.7),
    ]
    lines = ["| target | ratio | floor | met |", "|---|---:|---:|---|"]
    for name, top, bottom, floor in checks:
        if top and bottom:
            lines.append(f"| {name} | {top / bottom:.2f} | {floor} | {'yes' if top / bottom >= floor else 'NO'} |")
    spacy_two, spacy_one = wps("spacy-2"), wps("spacy")
    if spacy_two and spacy_one and spacy_two / spacy_one < 1.5:
        lines += [
            "",
            f"Warning: plain spaCy itself got only {spacy_two / spacy_one:.2f}x from two processes here, so this "
            "machine did not have two free cores while it was measured: the two-worker ratios above say nothing "
            "about the engines. Measure again on a quiet machine.",
        ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=240, help="Reports in the generated corpus.")
    parser.add_argument("--modes", default=",".join(MODES), help="Comma-separated modes to measure, in order.")
    parser.add_argument("--repeat", type=int, default=1, help="Runs per mode; the median is reported.")
    parser.add_argument("--no-write", action="store_true", help="Print only; leave bench/RESULTS.md as it is.")
    parser.add_argument("--measure", choices=sorted(MODES), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.corpus)))
        return
    from corpus import build
    from results import write_section

    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = sorted(set(modes) - set(MODES))
    if unknown:
        parser.error(f"unknown modes {unknown}: choose from {', '.join(MODES)}")
    command = "python bench/bench_throughput.py " + " ".join(sys.argv[1:])
    with tempfile.TemporaryDirectory() as folder:
        [corpus] = build(args.docs, Path(folder))
        results = {}
        for mode in modes:
            print(f"measuring {mode} ...", file=sys.stderr)
            results[mode] = median_run(mode, corpus, args.repeat)
    text = report(results, docs=args.docs, repeat=args.repeat, command=command.replace(" --no-write", "").strip())
    if not args.no_write:
        write_section("throughput", text)
    print(text)


if __name__ == "__main__":
    main()
