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

Each one-process mode also reports its CPU time (the process's own, its threads included; for
the cold modes, the whole child process's): on a machine whose cores other jobs share, wall
time measures them too, while the ratios of CPU times still compare the two programs.

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
ONE_PROCESS_MODES = {"spacy", "nlp", "extract", "ingest", "spacy-cold", "extract-cold"}  # CPU time comparable
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
        (seconds, cpu), workers_mb = _plain_spacy(settings, texts, processes=2 if mode == "spacy-2" else 1)
    elif mode == "nlp":
        (seconds, cpu), workers_mb = _faultlines_spacy(settings, [d.text for d in documents]), 0.0
    elif mode == "extract":
        (seconds, cpu), workers_mb = _extract(settings, corpus), 0.0
    else:
        (seconds, cpu), workers_mb = _ingest(settings, corpus, *ENGINE_MODES[mode])
    if mode not in ONE_PROCESS_MODES:
        cpu = 0.0  # spent in other processes too: not comparable
    figures = {"docs": len(documents), "words": words, "seconds": seconds, "cpu": cpu}
    return {**figures, "peak_mb": _peak_mb(), "workers_mb": workers_mb}


def _clock() -> tuple[float, float]:
    """Wall and CPU seconds now (CPU: this process's, all its threads)."""
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def _plain_spacy(settings: Any, texts: list[str], *, processes: int) -> tuple[tuple[float, float], float]:
    import spacy

    nlp = spacy.load(settings.spacy_model)
    start = _clock()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=processes):
        pass
    seconds = _since(start)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if processes > 1 else 0.0
    return seconds, children


def _faultlines_spacy(settings: Any, texts: list[str]) -> tuple[float, float]:
    from faultlines.engines.tasks import worker_settings
    from faultlines.pipeline import Pipeline

    nlp = Pipeline.from_settings(worker_settings(settings)).resources.nlp
    start = _clock()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return _since(start)


def _extract(settings: Any, corpus: Path) -> tuple[float, float]:
    from faultlines import service
    from faultlines.engines.tasks import preload

    preload(settings)  # the models the pipeline will use (cached per process)
    start = _clock()
    for _ in service.extract([corpus], settings):
        pass
    return _since(start)


def _ingest(settings: Any, corpus: Path, engine_name: str, workers: int) -> tuple[tuple[float, float], float]:
    from functools import partial

    from faultlines import service
    from faultlines.engines import open_engine
    from faultlines.engines.tasks import preload

    # The cross-document step runs once, after the map, in the main process: it is not
    # per-document throughput, so it is timed apart and left out of these figures.
    across = [(0.0, 0.0)]
    after_ingest = service.after_ingest

    def timed_after_ingest(store: Any, doc_ids: Any) -> None:
        begin = _clock()
        after_ingest(store, doc_ids)
        across[0] = _since(begin)

    service.after_ingest = timed_after_ingest  # type: ignore[assignment]
    engine = open_engine(engine_name, workers=workers, setup=partial(preload, settings))
    try:
        engine.warm_up()
        start = _clock()
        summary = service.ingest([str(corpus)], settings, engine=engine)
        wall, cpu = _since(start)
        seconds = (wall - across[0][0], cpu - across[0][1])
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
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = max(before.ru_maxrss, after.ru_maxrss) / 1024
    words = sum(len(d.text.split()) for d in documents)
    figures = {"docs": len(documents), "words": words, "seconds": seconds, "cpu": cpu}
    return {**figures, "peak_mb": peak, "workers_mb": 0.0}


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
    middle["cpu"] = statistics.median(r.get("cpu", 0.0) for r in runs)
    return middle


def report(results: dict[str, dict[str, float]], *, docs: int, repeat: int, command: str) -> str:
    base_wps, cold_wps = _wps(results, "spacy"), _wps(results, "spacy-cold")
    base_cpu, cold_cpu = _wps(results, "spacy", "cpu"), _wps(results, "spacy-cold", "cpu")
    any_result = next(iter(results.values()))
    lines = [
        "## Throughput",
        "",
        f"Corpus: {docs} reports built by `bench/corpus.py` from `examples/reports` ({int(any_result['words']):,} "
        f"words). Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
        f"Each mode in a fresh process, models loaded and workers started before the clock, except (e) and (f), "
        f"timed as whole processes (start-up and loading included) and compared with each other; "
        f"median of {repeat} run(s). Words per CPU second: the process's own CPU time (the whole child's for "
        "(e) and (f)), which other jobs on the machine do not inflate as they do wall time.",
        f"Command: `{command}`",
        "",
        "| mode | docs/s | words/s | ratio to (a); cold to (e) | words per CPU s | ratio, CPU "
        "| peak MB, main process | peak MB, largest worker | spread |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for mode, figures in results.items():
        wps, cpu_wps = _wps(results, mode), _wps(results, mode, "cpu")
        reference, cpu_reference = (cold_wps, cold_cpu) if mode in COLD_MODES else (base_wps, base_cpu)
        ratio = f"{wps / reference:.2f}" if wps and reference else "-"
        cpu_ratio = f"{cpu_wps / cpu_reference:.2f}" if cpu_wps and cpu_reference else "-"
        workers = f"{figures['workers_mb']:.0f}" if figures["workers_mb"] else "-"
        lines.append(
            f"| {MODES[mode]} | {figures['docs'] / figures['seconds']:.1f} | {wps:,.0f} | {ratio} | "
            f"{f'{cpu_wps:,.0f}' if cpu_wps else '-'} | {cpu_ratio} | "
            f"{figures['peak_mb']:.0f} | {workers} | {figures.get('spread', 0):.0%} |"
        )
    lines += ["", *targets(results)]
    return "\n".join(lines) + "\n"


def _wps(results: dict[str, dict[str, float]], mode: str, clock: str = "seconds") -> float | None:
    """Words per second of ``mode`` by the wall clock (``seconds``) or per CPU second (``cpu``)."""
    figures = results.get(mode)
    return figures["words"] / figures[clock] if figures and figures.get(clock) else None


def targets(results: dict[str, dict[str, float]]) -> list[str]:
    """The issue's targets, checked against these figures."""

    def wps(mode: str) -> float | None:
        return _wps(results, mode)

    def cpu(mode: str) -> float | None:
        return _wps(results, mode, "cpu")

    checks = [
        ("one process (extract) / plain spaCy", wps("extract"), wps("spacy"), 0.75),
        ("whole process, cold (extract) / plain spaCy, cold", wps("extract-cold"), wps("spacy-cold"), 0.75),
        ("one process (ingest) / plain spaCy", wps("ingest"), wps("spacy"), 0.75),
        ("the same, CPU time: extract / plain spaCy", cpu("extract"), cpu("spacy"), 0.75),
        ("the same, CPU time: extract cold / plain spaCy cold", cpu("extract-cold"), cpu("spacy-cold"), 0.75),
        ("the same, CPU time: ingest / plain spaCy", cpu("ingest"), cpu("spacy"), 0.75),
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
