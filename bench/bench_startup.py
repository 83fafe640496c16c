"""Start-up time of the commands as a user runs them: each a fresh `faultlines` process, timed
whole (interpreter, imports, models, the work, exit), wall clock and CPU (user + system).

- `faultlines extract ONE.txt` (one sentence), with the caches in the data dir as a second run
  finds them, and once with no ruler cache (a first run after an install or an upgrade);
- `faultlines events` / `failures` on a database of the sample reports (no model loaded).

With --before TREE (a checkout of older code, e.g. ``git worktree add /tmp/before REV``), the
same extract runs of that code are interleaved with these, so both see the same machine load,
and `faultlines extract examples/reports` of both is compared byte for byte.
With --compare, also builds the place ruler in this process both ways: spaCy's
``add_patterns`` (what every start paid before) and the tokenizer-only, cached build.

Python writes its bytecode cache as on a user's machine (PYTHONDONTWRITEBYTECODE is dropped
for the timed commands, and one untimed run fills the caches first).

Run by hand:  .venv/bin/python bench/bench_startup.py [--runs 7] [--before /tmp/before] [--compare]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]  # this checkout's code, wherever it is run from

from results import write_section  # noqa: E402

from faultlines.config import Settings  # noqa: E402
from faultlines.stages.phrase_ruler import CACHE_PREFIX  # noqa: E402

SENTENCE = "Rebels attacked the town of Manbij on Tuesday, killing three soldiers, the Syrian Observatory said.\n"


def faultlines_command() -> list[str]:
    script = Path(sys.executable).parent / "faultlines"
    return [str(script)] if script.exists() else [sys.executable, "-m", "faultlines.cli"]


def timed(args: list[str], env: dict[str, str], cwd: Path = ROOT, before=None) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process."""
    if before:
        before()
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed: {child.stderr.read().decode() if child.stderr else ''}")
    return wall, usage.ru_utime + usage.ru_stime


def measure(args: list[str], runs: int, env: dict[str, str], before_each=None, cwd: Path = ROOT) -> dict[str, float]:
    return summary([timed(args, env, cwd, before_each) for _ in range(runs)])


def summary(times: list[tuple[float, float]]) -> dict[str, float]:
    walls, cpus = [w for w, _ in times], [c for _, c in times]
    return {
        "wall_min": min(walls),
        "wall_median": statistics.median(walls),
        "cpu_min": min(cpus),
        "cpu_median": statistics.median(cpus),
    }


def same_output(before: Path, env: dict[str, str]) -> tuple[bool, int]:
    """Whether `extract examples/reports` prints the same bytes with this code and ``before``'s
    (each run from its own tree, so the reports' paths read the same); and how many lines."""
    outputs = []
    for tree in (ROOT, before):
        done = subprocess.run(
            [sys.executable, "-m", "faultlines.cli", "extract", "examples/reports"],
            cwd=tree,
            env=env | {"PYTHONPATH": str(tree)},
            capture_output=True,
            check=False,
        )
        outputs.append(done.stdout)
    return outputs[0] == outputs[1] and bool(outputs[0]), outputs[0].count(b"\n")


def no_ruler_cache(data_dir: Path) -> Path:
    """A data dir with the same place index but no ruler cache (links, nothing copied)."""
    fresh = Path(tempfile.mkdtemp(prefix="fl-startup-data-"))
    for path in data_dir.iterdir():
        if path.is_file() and not path.name.startswith(CACHE_PREFIX):
            (fresh / path.name).symlink_to(path)
    return fresh


def compare_builds(settings: Settings) -> dict[str, float]:
    """Seconds to build the place ruler, patterns made or read included: spaCy's add_patterns,
    ours with no cache, ours from the cache."""
    from faultlines.gazetteer.index import Gazetteer
    from faultlines.stages.nlp import load_spacy, places_source
    from faultlines.stages.phrase_ruler import cached_phrases

    gazetteer = Gazetteer.load(settings)
    nlp = load_spacy(settings.spacy_model)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False, "overwrite_ents": False})
    started = time.perf_counter()
    patterns = gazetteer.ruler_patterns()
    ruler.add_patterns(patterns)
    out: dict[str, float] = {"patterns": len(patterns), "spacy_add_patterns_s": time.perf_counter() - started}
    for name, cache_dir in (("ours_uncached_s", None), ("ours_cached_s", Path(settings.data_dir))):
        nlp = load_spacy(settings.spacy_model)
        ruler = nlp.add_pipe("faultlines_phrase_ruler", before="ner")
        cached_phrases(nlp, places_source(gazetteer), gazetteer.ruler_patterns, cache_dir=cache_dir)  # fills it
        started = time.perf_counter()
        ruler.add_phrases(*cached_phrases(nlp, places_source(gazetteer), gazetteer.ruler_patterns, cache_dir=cache_dir))
        out[name] = time.perf_counter() - started
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="a database to read (default: the sample reports, ingested once)")
    parser.add_argument("--before", type=Path, help="a checkout of older code to time the same way, interleaved")
    parser.add_argument("--compare", action="store_true", help="also time spaCy's add_patterns (about 15 s)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args()
    settings = Settings()
    fl = faultlines_command()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)  # the timed commands run this checkout's code too
    work = Path(tempfile.mkdtemp(prefix="fl-startup-"))
    one = work / "one.txt"
    one.write_text(SENTENCE, encoding="utf-8")
    db = args.db or work / "demo.duckdb"
    if not args.db:
        subprocess.run([*fl, "ingest", "examples/reports", "--db", str(db)], cwd=ROOT, env=env, check=True)
    load_before = os.getloadavg()[0]
    rows = []
    extract = [*fl, "extract", str(one)]
    timed(extract, env)  # the caches (data dir, bytecode) as any later start finds them
    if args.before:
        old = [sys.executable, "-m", "faultlines.cli", "extract", str(one)]
        old_env = env | {"PYTHONPATH": str(args.before)}
        timed(old, old_env, args.before)
        pairs = [(timed(extract, env), timed(old, old_env, args.before)) for _ in range(args.runs)]
        rows.append(("`faultlines extract one.txt`", summary([new for new, _ in pairs])))
        rows.append((f"the same, code of `{args.before}` (interleaved)", summary([old for _, old in pairs])))
    else:
        rows.append(("`faultlines extract one.txt`", measure(extract, args.runs, env)))
    data_dir = Path(settings.data_dir)
    fresh_env = env | {"FAULTLINES_DATA": ""}

    fresh_dirs: list[Path] = []

    def fresh_data_dir() -> None:
        fresh_dirs.append(no_ruler_cache(data_dir))
        fresh_env["FAULTLINES_DATA"] = str(fresh_dirs[-1])

    rows.append(
        (
            "`faultlines extract one.txt`, no ruler cache yet",
            measure(extract, max(1, args.runs // 2), fresh_env, before_each=fresh_data_dir),
        )
    )
    for command in ("events", "failures"):
        timing = measure([*fl, command, "--db", str(db)], args.runs, env)
        rows.append((f"`faultlines {command} --db demo.duckdb`", timing))
    load_after = os.getloadavg()[0]
    compared = compare_builds(settings) if args.compare else None
    identical = same_output(args.before, env) if args.before else None
    command = ".venv/bin/python bench/bench_startup.py " + " ".join(sys.argv[1:])
    text = report(rows, args.runs, (load_before, load_after), compared, command.strip(), identical)
    print(text)
    if not args.no_write:
        write_section("startup", text)
    for folder in (work, *fresh_dirs):
        shutil.rmtree(folder, ignore_errors=True)


def report(
    rows,
    runs: int,
    load: tuple[float, float],
    compared: dict[str, float] | None,
    command: str,
    identical: tuple[bool, int] | None,
) -> str:
    lines = [
        "## Start-up",
        "",
        f"Each command a fresh process, timed whole (interpreter start to exit); {runs} runs each "
        f"(the no-cache row: {max(1, runs // 2)}), min and median. CPU is user + system time of the process, "
        "which other users of the machine disturb less than the wall clock. Machine: "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"1-minute load average {load[0]:.1f} before, {load[1]:.1f} after.",
        f"Command: `{command}`",
        "",
        "| command | wall min s | wall median s | CPU min s | CPU median s |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, m in rows:
        lines.append(
            f"| {name} | {m['wall_min']:.2f} | {m['wall_median']:.2f} | {m['cpu_min']:.2f} | {m['cpu_median']:.2f} |"
        )
    if identical is not None:
        same, count = identical
        verdict = "the same bytes" if same else "DIFFERENT output"
        lines += ["", f"`faultlines extract examples/reports` ({count} lines) with this code and the older: {verdict}."]
    if compared:
        lines += [
            "",
            f"Building the place ruler ({compared['patterns']:,} phrase patterns from the gazetteer, made or read "
            "included), in one process:",
            f"spaCy's `add_patterns` {compared['spacy_add_patterns_s']:.2f} s (it runs tok2vec, tagger, parser, "
            f"attribute_ruler and lemmatizer over every pattern); tokenizer alone, no cache "
            f"{compared['ours_uncached_s']:.2f} s; from the cache {compared['ours_cached_s']:.2f} s.",
        ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
