"""Flat memory at scale: ingest N generated reports (20,000 by default) on an engine, sampling
the memory of the main process (the DuckDB writer) and of every worker as the run goes on;
then ingest the same corpus with another engine and check both stored the same results.

Memory is flat when what the processes hold at the end of the run is what they held a quarter
of the way in (within ``--tolerance``): nothing grows with the number of documents.

    python bench/bench_memory.py --docs 20000                    # dask 2 workers vs local 2
    python bench/bench_memory.py --docs 2000 --no-compare         # a quicker look
    python bench/bench_memory.py --across 2000 --add 20           # the cross-document step alone

``--across N --add K`` times the cross-document step (``update_across``) apart: a full
recomputation over N stored reports, then the incremental update after K more are ingested,
checked row for row against a full recomputation over the N + K. It writes its own section.

On 2 cores, 20,000 reports take about half an hour per engine: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from faultlines.store.contents import EXTRACTION_TABLES  # noqa: E402

SAMPLES = 20
# Every table an ingest fills, with the duplicates it found.
TABLES = (*EXTRACTION_TABLES, "duplicates")


def run_ingest(
    corpus: Path, db: Path, engine_name: str, workers: int, files: int, *, skip_across: bool = False
) -> dict[str, Any]:
    """In this process: ingest ``corpus`` and sample memory every 1/SAMPLES of the files."""
    from functools import partial

    import psutil

    from faultlines import service
    from faultlines.config import Settings
    from faultlines.engines import open_engine
    from faultlines.engines.tasks import preload

    settings = Settings(db_path=str(db))
    me = psutil.Process()
    samples: list[dict[str, float]] = []
    done = 0
    every = max(1, files // SAMPLES)

    def sample(count: int) -> None:
        nonlocal done
        before, done = done, done + count
        if done // every > before // every or done == files:
            workers_mb = [_rss_mb(p) for p in me.children(recursive=True)]
            samples.append(
                {
                    "files": done,
                    "seconds": time.perf_counter() - start,
                    "main_mb": _rss_mb(me),
                    "largest_worker_mb": max(workers_mb, default=0.0),
                    "all_workers_mb": sum(workers_mb),
                }
            )

    across: dict[str, float] = {}
    after_ingest = service.after_ingest

    def timed_after_ingest(store: Any, doc_ids: Any) -> None:
        """The cross-document step, timed apart: it runs in this process after the map."""
        if skip_across:
            return
        begin = time.perf_counter()
        after_ingest(store, doc_ids)
        across.update(seconds=time.perf_counter() - begin, main_mb=_rss_mb(me))

    service.after_ingest = timed_after_ingest  # type: ignore[assignment]
    with open_engine(engine_name, workers=workers, setup=partial(preload, settings)) as engine:
        engine.warm_up()
        start = time.perf_counter()
        summary = service.ingest([str(corpus)], settings, engine=engine, progress=sample)
    return {
        "summary": summary.line(),
        "documents": summary.counts.documents,
        "samples": samples,
        "seconds": time.perf_counter() - start,
        "across": across,
        "main_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _rss_mb(process: Any) -> float:
    import psutil

    try:
        return process.memory_info().rss / 2**20
    except psutil.Error:  # a child that ended between listing and reading
        return 0.0


def digest(db: Path) -> dict[str, tuple[int, int]]:
    """(rows, order-independent hash of the rows) for each table, without the volatile columns."""
    from faultlines.store.contents import table_digests
    from faultlines.store.database import Store

    return table_digests(Store(db), TABLES)


def spawn(corpus: Path, db: Path, engine_name: str, workers: int, files: int, *, skip_across: bool) -> dict[str, Any]:
    command = [sys.executable, __file__, "--run", engine_name, str(workers), str(corpus), str(db), str(files)]
    command += ["--skip-across"] if skip_across else []
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def flatness(samples: list[dict[str, float]], key: str) -> tuple[float, float, float]:
    """(MB a quarter of the way in, MB at the end, growth as a fraction)."""
    quarter = next(s for s in samples if s["files"] >= samples[-1]["files"] / 4)
    return quarter[key], samples[-1][key], samples[-1][key] / quarter[key] - 1 if quarter[key] else 0.0


def report(args: argparse.Namespace, run: dict[str, Any], compared: dict[str, Any] | None, same: bool | None) -> str:
    lines = [
        "## Flat memory",
        "",
        f"{args.docs:,} reports from `bench/corpus.py` (one .txt + .meta.json each, 1,000 per folder), ingested "
        f"with `--engine {args.engine} --workers {args.workers}` in {run['seconds']:.0f} s "
        f"({args.docs / run['seconds']:.1f} docs/s, the cross-document step included). "
        f"Machine: {platform.machine()}, {os.cpu_count()} cores.",
        f"Command: `python bench/bench_memory.py {' '.join(sys.argv[1:])}`",
        "",
        "| files done | seconds | main process MB | largest worker MB | all workers MB |",
        "|---:|---:|---:|---:|---:|",
    ]
    for s in run["samples"]:
        lines.append(
            f"| {s['files']:,} | {s['seconds']:.0f} | {s['main_mb']:.0f} | {s['largest_worker_mb']:.0f} | "
            f"{s['all_workers_mb']:.0f} |"
        )
    lines.append("")
    for key, name in (("main_mb", "main process"), ("largest_worker_mb", "largest worker")):
        quarter, end, growth = flatness(run["samples"], key)
        verdict = "flat" if growth <= args.tolerance else "GROWS"
        lines.append(f"- {name}: {quarter:.0f} MB at a quarter, {end:.0f} MB at the end ({growth:+.1%}): {verdict}")
    if run.get("across"):
        lines.append(
            f"- then the cross-document step (`after_ingest`, in the main process): {run['across']['seconds']:.0f} s, "
            f"main process {run['across']['main_mb']:.0f} MB after it (peak over the whole run "
            f"{run['main_peak_mb']:.0f} MB)"
        )
    if compared is not None:
        quarter, end, growth = flatness(compared["samples"], "main_mb")
        lines.append(
            f"- main process with `--engine {args.compare_engine} --workers {args.compare_workers}`: {quarter:.0f} MB "
            f"at a quarter, {end:.0f} MB at the end ({growth:+.1%})"
        )
        lines.append(
            f"- same results as `--engine {args.compare_engine} --workers {args.compare_workers}` "
            f"({compared['seconds']:.0f} s): {'yes' if same else 'NO'} (row counts and an order-independent hash "
            "of every stored table, without run ids and timestamps)"
        )
    return "\n".join(lines) + "\n"


ACROSS_TABLES = ("canonical_events", "canonical_members", "stories", "story_documents", "contradictions")


def time_across(db: Path, extra: Path) -> dict[str, Any]:
    """In this process: a full cross-document update of ``db``, then ingest ``extra`` and time
    the incremental update, then a full one again to check the incremental rows."""
    import psutil

    from faultlines import service
    from faultlines.across.update import update_across
    from faultlines.config import Settings
    from faultlines.store.database import Store

    store, me = Store(db), psutil.Process()
    begin = time.perf_counter()
    full = update_across(store, force=True)
    found: dict[str, Any] = {"full_seconds": time.perf_counter() - begin, "full": full.line()}
    found["full_main_mb"] = _rss_mb(me)

    def timed_after_ingest(store: Any, doc_ids: Any) -> None:
        begin = time.perf_counter()
        summary = update_across(store, list(doc_ids))
        found.update(added=len(doc_ids), incremental_seconds=time.perf_counter() - begin)
        found.update(incremental=summary.line(), incremental_main_mb=_rss_mb(me))

    service.after_ingest = timed_after_ingest  # type: ignore[assignment]
    service.ingest([str(extra)], Settings(db_path=str(db)))
    incremental = _across_rows(store)
    begin = time.perf_counter()
    update_across(store, force=True)
    found["full_after_seconds"] = time.perf_counter() - begin
    found["same"] = _across_rows(store) == incremental
    found["load"] = os.getloadavg()[1]  # other work on the machine slows every row
    return found


def _across_rows(store: Any) -> dict[str, list[str]]:
    with store.reader() as con:
        return {t: sorted(map(str, con.execute(f"SELECT * FROM {t}").fetchall())) for t in ACROSS_TABLES}


def across_report(docs: int, found: dict[str, Any], command: str) -> str:
    return "\n".join(
        [
            "## Cross-document step",
            "",
            f"`update_across` over {docs:,} generated reports (`bench/corpus.py`, ingested with `--skip-across`), then "
            f"after {found['added']} more were ingested. Machine: {platform.machine()}, {os.cpu_count()} cores "
            f"(load average over the last 5 minutes of the run: {found.get('load', 0.0):.1f}).",
            f"Command: `{command}`",
            "",
            "| run | seconds | main process MB after | result |",
            "|---|---:|---:|---|",
            f"| full, {docs:,} reports | {found['full_seconds']:.1f} | {found['full_main_mb']:.0f} | {found['full']} |",
            f"| incremental, +{found['added']} reports | {found['incremental_seconds']:.1f} | "
            f"{found['incremental_main_mb']:.0f} | {found['incremental']} |",
            f"| full, {docs + found['added']:,} reports (check) | {found['full_after_seconds']:.1f} | | "
            f"incremental rows {'equal' if found['same'] else 'DIFFER from'} the full recomputation |",
            "",
            "The incremental run's memory includes the extraction models loaded to ingest the new reports. The "
            "incremental update re-clusters the connected components of accepted merge pairs that the new reports "
            "join, and rebuilds the stories (their word weights come from the whole store); on this corpus of "
            "varied copies of eleven sample reports, those components are large.",
            "",
        ]
    )


def across_bench(args: argparse.Namespace) -> None:
    """Build N + K reports, ingest N without the cross-document step, then time it (in a child)."""
    from corpus import build

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        [corpus] = build(args.across + args.add, folder, layout="files")
        extra = folder / "extra"
        extra.mkdir(exist_ok=True)
        for path in sorted(corpus.rglob("*.txt"))[args.across :]:
            for part in (path, path.with_suffix(".meta.json")):
                part.rename(extra / part.name)
        print(f"ingesting {args.across} reports with {args.engine} x{args.workers} ...", file=sys.stderr)
        spawn(corpus, folder / "across.duckdb", args.engine, args.workers, args.across, skip_across=True)
        command = [sys.executable, __file__, "--across-run", str(folder / "across.duckdb"), str(extra)]
        found = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
    print(write_across_section(args.across, found))


def write_across_section(docs: int, found: dict[str, Any]) -> str:
    from results import write_section

    text = across_report(docs, found, f"python bench/bench_memory.py --across {docs} --add {found['added']}")
    write_section(f"memory-across-{docs}", text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--engine", choices=("local", "dask"), default="dask")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--compare-engine", choices=("local", "dask"), default="local")
    parser.add_argument("--compare-workers", type=int, default=2)
    parser.add_argument("--no-compare", action="store_true", help="Skip the second ingest and the comparison.")
    parser.add_argument("--tolerance", type=float, default=0.10, help="Growth still called flat.")
    parser.add_argument(
        "--skip-across",
        action="store_true",
        help="Leave out the cross-document step after the map (it recomputes over the whole store).",
    )
    parser.add_argument("--keep", type=Path, help="Build the corpus and databases here and keep them.")
    parser.add_argument("--across", type=int, help="Time the cross-document step alone over this many reports.")
    parser.add_argument("--add", type=int, default=20, help="With --across: reports added for the incremental run.")
    parser.add_argument("--run", nargs=5, help=argparse.SUPPRESS)
    parser.add_argument("--across-run", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.across_run:  # the timing itself, in a child; with --across, it also writes the section
        found = time_across(*args.across_run)
        print(json.dumps(found))
        if args.across:
            write_across_section(args.across, found)
        return
    if args.across:
        across_bench(args)
        return
    if args.run:
        engine_name, workers, corpus, db, files = args.run
        result = run_ingest(Path(corpus), Path(db), engine_name, int(workers), int(files), skip_across=args.skip_across)
        print(json.dumps(result))
        return
    from corpus import build
    from results import write_section

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        print(f"building {args.docs} reports in {folder} ...", file=sys.stderr)
        [corpus] = build(args.docs, folder, layout="files")
        print(f"ingesting with {args.engine} x{args.workers} ...", file=sys.stderr)
        run = spawn(
            corpus, folder / "engine.duckdb", args.engine, args.workers, args.docs, skip_across=args.skip_across
        )
        compared, same = None, None
        if not args.no_compare:
            print(f"ingesting with {args.compare_engine} x{args.compare_workers} ...", file=sys.stderr)
            compared = spawn(
                corpus,
                folder / "compare.duckdb",
                args.compare_engine,
                args.compare_workers,
                args.docs,
                skip_across=args.skip_across,
            )
            same = digest(folder / "engine.duckdb") == digest(folder / "compare.duckdb")
    text = report(args, run, compared, same)
    write_section("memory", text)
    print(text)


if __name__ == "__main__":
    main()
