"""Every command is documented: help text with an example (a test fails if one is not)."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from faultlines.cli import main


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, f"{prefix}{name} "))
    return found


@pytest.mark.parametrize(("name", "command"), all_commands(main))
def test_cli_docs_every_command_has_help_with_an_example(name: str, command: click.Command) -> None:
    assert command.help, f"`faultlines {name}` has no help text"
    assert "Example:" in command.help, f"`faultlines {name}` help has no Example: block"


def test_cli_docs_core_commands_exist() -> None:
    names = {name for name, _ in all_commands(main)}
    assert {"ingest", "extract", "events", "show", "failures", "export"} <= names


def test_cli_events_without_database_says_what_to_do(tmp_path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "run `faultlines ingest" in result.output
