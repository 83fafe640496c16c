"""docs/tutorial.md is true: its commands run, in order, in a new folder, and print what it shows.

The commands are the `$ ` lines of its ```console blocks; the lines after a command, up to the
next one, are what the page says it prints. Each of those must match a line of the real output,
in order, where "…" stands for any text (a run id, a cut table row, lines left out) and a number
for any number: counts change whenever the rules improve, the words and the layout may not.
`faultlines serve` runs until stopped: it is left out (the browser tests drive the workbench).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from shell_session import ROOT, copy_examples, failed, run, seeded_data_dir, shell_env

TUTORIAL = ROOT / "docs" / "tutorial.md"
NOT_RUN = ("faultlines serve",)
NUMBER = re.compile(r"\d+")
BLOCK = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass
class Step:
    command: str
    shown: list[str] = field(default_factory=list)  # the output lines the page shows


def steps(text: str) -> list[Step]:
    found: list[Step] = []
    for block in BLOCK.findall(text):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append(Step(line[2:]))
            elif found and line.strip():
                found[-1].shown.append(line.rstrip())
    return found


def pattern(shown: str) -> re.Pattern[str]:
    def literal(part: str) -> str:
        return NUMBER.sub(r"\\d+", re.escape(part))

    return re.compile(".*".join(literal(part) for part in shown.split("…")))


def unshown(shown: list[str], printed: list[str]) -> list[str]:
    """The shown lines that no printed line matches, each searched for after the last match."""
    missing, at = [], 0
    for line in shown:
        match = next((i for i in range(at, len(printed)) if pattern(line).fullmatch(printed[i])), None)
        if match is None:
            missing.append(line)
        else:
            at = match + 1
    return missing


def test_tutorial_has_the_steps_it_promises() -> None:
    commands = [step.command for step in steps(TUTORIAL.read_text(encoding="utf-8"))]
    for start in ("faultlines ingest", "faultlines events", "faultlines show", "faultlines users add",
                  "faultlines serve", "faultlines export --db tutorial.duckdb --format acled-csv",
                  "faultlines export --db tutorial.duckdb --format geojson"):  # fmt: skip
        assert any(c.startswith(start) for c in commands), f"the tutorial no longer shows `{start}`"


def test_tutorial_output_matching_reads_ellipses_as_any_text() -> None:
    printed = ["12 documents stored (run 2026-abc)", "x", "10 events"]
    assert unshown(["12 documents stored (run …)", "…", "10 events"], printed) == []
    assert unshown(["10 events", "12 documents stored (run …)"], printed) == ["12 documents stored (run …)"]
    assert unshown(["11 events"], printed) == []  # counts may change
    assert unshown(["10 incidents"], printed) == ["10 incidents"]  # words may not


@pytest.mark.slow
def test_tutorial_commands_run_and_print_what_it_shows(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    copy_examples(folder)
    env = shell_env(seeded_data_dir(tmp_path / "data"))
    for step in steps(TUTORIAL.read_text(encoding="utf-8")):
        if step.command.startswith(NOT_RUN):
            continue
        result = run(step.command, folder, env)
        assert result.returncode == 0, f"docs/tutorial.md: {failed(step.command, result)}"
        printed = [line.rstrip() for line in result.stdout.splitlines()]
        missing = unshown(step.shown, printed)
        assert not missing, (
            f"docs/tutorial.md shows lines `{step.command}` no longer prints: {missing}\n"
            f"it printed:\n{result.stdout[-3000:]}\nrun the step again and paste what it prints"
        )
