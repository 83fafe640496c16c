"""Every example in every `--help` text of the command line runs, as written, against a store
built from examples/reports.

Each command's Example: block is one script: its lines run in order (an `echo ... > in.jsonl`
before the command that reads it) in a fresh copy of a prepared folder, so that no example
depends on another command's help. The prepared folder holds what the examples name: the
bundled reports (examples/reports, and a copy as reports/), `faultlines.duckdb` and `demo.duckdb`
ingested from them, and the reader "ben" in demo.duckdb (the help of `users disable` names him).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import click
import pytest
from shell_session import PASSWORD, copy_examples, failed, run, seeded_data_dir, shell_env
from testdata import SHARED

from faultlines.cli import main

pytestmark = pytest.mark.slow

# Examples that cannot run in a test, with why (each is still checked to exist, below).
CANNOT_RUN = {
    "faultlines serve": "serves until stopped; tests/web drive the workbench",
    "faultlines ingest reports/ --engine dask --scheduler": "needs a Dask scheduler at that address",
    "faultlines gazetteer import": "needs a GeoNames dump the user downloads",
    "faultlines actors fit-mentions": "rewrites the bundled typed-mentions model",
    "faultlines roles fit": "rewrites the bundled role model",
}
# Examples whose command, in the prepared folder, has nothing to do and says so with an exit code
# of its own: (exit code, what it says). The last ingest there finished, so none is resumed.
NOTHING_TO_DO = {
    "faultlines ingest --resume": (2, "nothing to resume"),
}
BENCH = "../shared/bench"  # examples over the benchmarks run with the gates (marker `gate`)


def subcommands(group: click.Group, path: tuple[str, ...]) -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((" ".join(("faultlines", *path, name)), command))
        if isinstance(command, click.Group):
            found.extend(subcommands(command, (*path, name)))
    return found


def example_lines(text: str) -> list[str]:
    """The lines of the Example: block of a help text (up to the first blank line), and any line
    elsewhere in it that starts with `faultlines ` or `$ faultlines `."""
    lines, inside = [], False
    for raw in text.splitlines():
        line = raw.strip().strip("\b")  # click's \b (keep this paragraph's line breaks)
        if line.startswith("Example"):
            inside = True
            continue
        if inside and not line:
            inside = False
        if inside or line.startswith(("faultlines ", "$ faultlines ")):
            lines.append(line.removeprefix("$ "))
    return lines


def scripts() -> list[tuple[str, list[str]]]:
    found = []
    for name, command in [("faultlines", main), *subcommands(main, ())]:
        lines = example_lines(f"{command.help or ''}\n{command.epilog or ''}")
        if lines:
            found.append((name, lines))
    return found


def reason_not_run(line: str) -> str | None:
    return next((why for start, why in CANNOT_RUN.items() if line.startswith(start)), None)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder every script starts from (see the module's docstring)."""
    folder = tmp_path_factory.mktemp("help") / "work"
    folder.mkdir()
    copy_examples(folder)
    shutil.copytree(folder / "examples" / "reports", folder / "reports")
    env = shell_env(seeded_data_dir(folder.parent / "data"))
    for command in (
        "faultlines ingest examples/reports --db faultlines.duckdb --quiet",
        "cp faultlines.duckdb demo.duckdb",
        f"echo {PASSWORD} | faultlines users add ben --role reader --password-stdin --db demo.duckdb",
    ):
        result = run(command, folder, env)
        assert result.returncode == 0, failed(command, result)
    return folder


def test_help_examples_every_command_group_has_examples() -> None:
    """The walk finds the examples: the main command's, and one block per command at least."""
    found = dict(scripts())
    assert "faultlines ingest examples/reports" in found["faultlines"]
    assert {"faultlines ingest", "faultlines events", "faultlines export", "faultlines show"} <= set(found)


def test_help_examples_that_cannot_run_are_still_shown() -> None:
    """Each reason above names an example that exists, so the list cannot outlive its examples."""
    shown = [line for _, lines in scripts() for line in lines]
    for start in [*CANNOT_RUN, *NOTHING_TO_DO]:
        assert any(line.startswith(start) for line in shown), f"no help example starts with {start!r}"


@pytest.mark.parametrize(("name", "lines"), scripts(), ids=[name for name, _ in scripts()])
def test_help_examples_run(name: str, lines: list[str], prepared: Path, tmp_path: Path) -> None:
    runnable = [line for line in lines if reason_not_run(line) is None and BENCH not in line]
    if not runnable:
        pytest.skip(f"`{name}`: its examples need a service, a download or ../shared/bench")
    folder = tmp_path / "work"
    shutil.copytree(prepared, folder)
    env = shell_env(seeded_data_dir(tmp_path / "data"))
    for line in runnable:
        result = run(line, folder, env)
        code, says = next((v for start, v in NOTHING_TO_DO.items() if line.startswith(start)), (0, ""))
        assert result.returncode == code, f"`{name} --help` shows {failed(line, result)}"
        assert says in result.stdout, f"`{line}` does not say {says!r}: {result.stdout[-2000:]}"


def bench_examples() -> list[str]:
    return [line for _, lines in scripts() for line in lines if BENCH in line and reason_not_run(line) is None]


@pytest.mark.gate
@pytest.mark.parametrize("line", bench_examples())
def test_help_examples_over_the_benchmarks_run(line: str, prepared: Path, tmp_path: Path) -> None:
    """The eval examples, where ../shared/bench is present (each scores a whole dev split)."""
    if not (SHARED / "bench").is_dir():
        pytest.skip(f"no {SHARED / 'bench'}: the benchmark examples run where it is present")
    folder = tmp_path / "repo"  # beside a link to ../shared, as the examples expect
    shutil.copytree(prepared, folder)
    (tmp_path / "shared").symlink_to(SHARED)
    result = run(line, folder, shell_env(seeded_data_dir(tmp_path / "data")))
    assert result.returncode == 0, failed(line, result)
