"""The accuracy figures: the README quotes those of docs/accuracy.md, each figure is at least its
quality gate's floor (a floor raised past a quoted figure means the page is out of date), and
every command shown is a real `faultlines eval` command with options it has."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import click
import pytest

from faultlines.cli import main

ROOT = Path(__file__).resolve().parents[2]
ACCURACY = ROOT / "docs" / "accuracy.md"
README = ROOT / "README.md"
FLOORS = ROOT / "tests" / "gate_floors.json"
TABLE = re.compile(r"<!-- accuracy:start -->\n(.*?)<!-- accuracy:end -->", re.DOTALL)
FIGURE = re.compile(r"\d+\.\d+%?")
COMMAND = re.compile(r"`(faultlines eval [^`]+)`")

# floor in tests/gate_floors.json -> (start of the benchmark's row, the label before the figure
# in the Faultlines column; None: the column's first figure)
FIGURE_OF_FLOOR = {
    "case2021_weighted_f1": ("CASE 2021", None),
    "muc4_ceaf_ree_f1": ("MUC-4", None),
    "incidents_precision": ("hand-coded incidents", "P "),
    "incidents_recall": ("hand-coded incidents", "R "),
    "incidents_f1": ("hand-coded incidents", "F1 "),
    "re3d_macro_f1": ("re3d", None),
    "gvdb_killed_exact": ("GVDB", "killed exact "),
    "gvdb_city": ("GVDB", "city "),
    "geo_TR-News_accuracy_161km": ("TR-News", None),
    "geo_GeoVirus_accuracy_161km": ("GeoVirus", None),
}


def table(path: Path) -> str:
    found = TABLE.search(path.read_text(encoding="utf-8"))
    assert found, f"{path.name} has no <!-- accuracy:start --> ... <!-- accuracy:end --> table"
    return found.group(1)


def faultlines_cell(row_start: str) -> str:
    """The Faultlines column (the third) of the accuracy page's row for one benchmark."""
    rows = [r for r in table(ACCURACY).splitlines() if r.startswith(f"| {row_start}")]
    assert len(rows) == 1, f"docs/accuracy.md: no single row for {row_start!r}"
    return rows[0].split("|")[3]


def figure(row_start: str, label: str | None) -> float:
    cell = faultlines_cell(row_start)
    found = re.search(rf"{re.escape(label)}(\d+\.\d+)" if label else r"(\d+\.\d+)", cell)
    assert found, f"docs/accuracy.md, {row_start}: no figure {label or ''}in {cell!r}"
    return float(found.group(1))


@pytest.mark.parametrize("floor_name", sorted(FIGURE_OF_FLOOR))
def test_accuracy_figures_are_at_least_their_gate_floors(floor_name: str) -> None:
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))[floor_name]
    quoted = figure(*FIGURE_OF_FLOOR[floor_name])
    assert quoted >= floor, f"{floor_name}: the gate's floor {floor} is above the quoted {quoted}: measure again"


def test_accuracy_readme_quotes_the_figures_of_the_accuracy_page() -> None:
    page = set(FIGURE.findall(table(ACCURACY)))
    readme = set(FIGURE.findall(table(README)))
    assert readme <= page, f"README quotes {sorted(readme - page)}, which docs/accuracy.md does not give"
    ours = {f for row in table(ACCURACY).splitlines()[2:] for f in FIGURE.findall(row.split("|")[3])}
    assert ours <= readme, f"README leaves out the figures {sorted(ours - readme)}"


def eval_commands() -> list[str]:
    return sorted(set(COMMAND.findall(table(ACCURACY)) + COMMAND.findall(table(README))))


@pytest.mark.parametrize("line", eval_commands())
def test_accuracy_commands_are_real_eval_commands(line: str) -> None:
    words = shlex.split(line)[1:]
    command: click.Command = main
    while isinstance(command, click.Group) and words and words[0] in command.commands:
        command = command.commands[words.pop(0)]
    assert not isinstance(command, click.Group), f"`{line}` names no command"
    declared = {opt for param in command.params for opt in getattr(param, "opts", [])}
    unknown = [w for w in words if w.startswith("-") and w not in declared]
    assert not unknown, f"`{line}`: {command.name} has no option {unknown}"
    assert any(not w.startswith("-") for w in words), f"`{line}` gives no PATH"


def test_accuracy_both_tables_show_a_command_for_every_row() -> None:
    for path in (ACCURACY, README):
        rows = table(path).splitlines()[2:]
        assert rows and all(COMMAND.search(row) for row in rows), f"{path.name}: a row has no command"
