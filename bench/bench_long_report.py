"""Very long reports: time and peak memory of `faultlines extract` on one report repeated to
about 100k, 200k, 400k and 800k characters, and how much each doubling of the text costs.

Each size is a fresh process timed whole (interpreter, models, the work, exit): wall clock, CPU
(user + system, which other jobs on the machine disturb less) and peak resident memory. The
start-up row extracts the report once; "work" is CPU beyond it. Time that grows linearly with
the text doubles with it (a growth factor of 2.0 per doubling); a factor near 4 means something
grows with the square of the length. A run over --timeout is stopped and shown as such.

This measures only: nothing here asserts a speed (the project's rule: speed is measured, not
asserted in tests).

Run by hand:  .venv/bin/python bench/bench_long_report.py [--sizes 100,200,400,800] [--no-write]
              .venv/bin/python bench/bench_long_report.py --code /tmp/before --no-write
              (--code: a checkout of other code, e.g. ``git worktree add /tmp/before REV``, timed
              the same way)
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench")]

from results import write_section  # noqa: E402

REPORT = ROOT / "examples" / "reports" / "01_hajin_foreign_local_clash.txt"
SEPARATOR = "\n\n"  # the copies are paragraphs of one text, as in a file of articles run together


@dataclass(frozen=True)
class Run:
    chars: int
    copies: int
    wall: float | None  # None: stopped at the timeout
    cpu: float | None
    peak_mb: float | None


def long_text(report: str, chars: int) -> tuple[str, int]:
    """``report`` repeated to about ``chars`` characters, and how many copies that took."""
    copies = max(1, round(chars / (len(report) + len(SEPARATOR))))
    return SEPARATOR.join([report] * copies) + "\n", copies


def extract(path: Path, code: Path, timeout: float) -> tuple[float | None, float | None, float | None]:
    """Wall seconds, CPU seconds and peak MB of one `faultlines extract` process run on ``code``."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    args = [sys.executable, "-m", "faultlines.cli", "extract", str(path), "-o", os.devnull]
    started = time.perf_counter()
    child = subprocess.Popen(args, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            child.kill()
            os.wait4(child.pid, 0)
            return None, None, None
        time.sleep(0.2)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        error = child.stderr.read().decode() if child.stderr else ""
        raise SystemExit(f"extract {path} failed: {error[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # Linux: ru_maxrss in KB


def measure(sizes: list[int], report: str, code: Path, timeout: float) -> tuple[Run, list[Run]]:
    with tempfile.TemporaryDirectory(prefix="fl-long-") as tmp:
        one = Path(tmp, "one.txt")
        one.write_text(report + "\n", encoding="utf-8")
        start_up = Run(len(report) + 1, 1, *extract(one, code, timeout))
        runs = []
        for size in sizes:
            text, copies = long_text(report, size * 1000)
            path = Path(tmp, f"long_{size}k.txt")
            path.write_text(text, encoding="utf-8")
            runs.append(Run(len(text), copies, *extract(path, code, timeout)))
            print(_row(runs[-1], start_up, runs[-2] if len(runs) > 1 else None), flush=True)
    return start_up, runs


def _work(run: Run, start_up: Run) -> float | None:
    if run.cpu is None or start_up.cpu is None:
        return None
    return max(run.cpu - start_up.cpu, 0.0)


def _growth(run: Run, previous: Run | None, start_up: Run) -> str:
    """CPU beyond start-up, over the previous size's, scaled to an exact doubling of the text."""
    if previous is None:
        return "-"
    now, before = _work(run, start_up), _work(previous, start_up)
    if now is None:
        return "over the timeout"
    if not before:
        return "-"
    return f"{(now / before) ** (math.log(2) / math.log(run.chars / previous.chars)):.2f}"


def _cell(value: float | None, fmt: str) -> str:
    return "stopped" if value is None else format(value, fmt)


def _row(run: Run, start_up: Run, previous: Run | None, label: str | None = None) -> str:
    return (
        f"| {label or f'{run.chars:,}'} | {run.copies:,} | {_cell(run.wall, '.1f')} | {_cell(run.cpu, '.1f')} "
        f"| {_cell(_work(run, start_up), '.1f')} | {_cell(run.peak_mb, ',.0f')} | {_growth(run, previous, start_up)} |"
    )


def table(start_up: Run, runs: list[Run]) -> str:
    lines = [
        "| characters | copies | wall s | CPU s | CPU beyond start-up s | peak MB | growth per doubling |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        _row(start_up, start_up, None, label=f"{start_up.chars:,} (start-up)"),
    ]
    lines += [_row(run, start_up, runs[i - 1] if i else None) for i, run in enumerate(runs)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,200,400,800", help="thousands of characters, comma-separated")
    parser.add_argument("--report", type=Path, default=REPORT, help="the report to repeat")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose faultlines is timed")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before one run is stopped")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    report = args.report.read_text(encoding="utf-8").strip()
    load_before = os.getloadavg()[0]
    start_up, runs = measure(sizes, report, args.code.resolve(), args.timeout)
    load_after = os.getloadavg()[0]
    command = "python bench/bench_long_report.py " + " ".join(a for a in sys.argv[1:] if a != "--no-write")
    text = (
        "## Very long reports\n\n"
        f"`faultlines extract` on `{args.report.name}` ({len(report):,} characters) repeated to each size, "
        "the copies a blank line apart; each a fresh process timed whole (models loaded included), "
        "one run each. CPU is user + system time; growth per doubling is the CPU beyond start-up at "
        "a size over that at the size before (2.0: linear; 4.0: the square of the length). "
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"1-minute load average {load_before:.1f} before, {load_after:.1f} after.\n"
        f"Command: `{command.strip()}`\n\n" + table(start_up, runs)
    )
    print("\n" + text)
    if not args.no_write:
        write_section("long-report", text)


if __name__ == "__main__":
    main()
