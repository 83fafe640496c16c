"""`faultlines actors` commands, on a user file in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from faultlines.cli import main


@pytest.fixture
def run(tmp_path: Path):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, list(args), env={"FAULTLINES_DATA": str(tmp_path)})

    return invoke


def test_cli_actors_list_filters_by_country_and_type(run) -> None:
    result = run("actors", "list", "--country", "IQ", "--inter", "3")
    assert result.exit_code == 0
    ids = [line.split()[0] for line in result.output.splitlines()]
    assert "kataib_hezbollah" in ids and "isis" not in ids


def test_cli_actors_show_finds_an_actor_by_any_name(run) -> None:
    result = run("actors", "show", "Ahrar ash-Sham")
    assert result.exit_code == 0
    assert yaml.safe_load(result.output)["id"] == "ahrar_al_sham"
    assert run("actors", "show", "No Such Brigade").exit_code == 2


def test_cli_actors_add_writes_the_user_file(run, tmp_path: Path) -> None:
    result = run(
        "actors",
        "add",
        "liwa_al_fajr",
        "--name",
        "Liwa al-Fajr",
        "--alias",
        "Dawn Brigade",
        "--inter",
        "2",
        "--country",
        "SY",
        "--active",
        "2015:",
    )
    assert result.exit_code == 0, result.output
    saved = yaml.safe_load((tmp_path / "actors.user.yaml").read_text(encoding="utf-8"))
    assert saved["actors"][0]["aliases"] == ["Dawn Brigade"]
    assert yaml.safe_load(run("actors", "show", "Dawn Brigade").output)["name"] == "Liwa al-Fajr"


def test_cli_actors_add_refuses_a_name_another_actor_has(run, tmp_path: Path) -> None:
    result = run("actors", "add", "liwa_x", "--name", "Liwa X", "--alias", "Jabhat al-Nusra", "--inter", "2")
    assert result.exit_code == 2 and "ambiguous" in result.output
    assert not (tmp_path / "actors.user.yaml").exists()


def test_cli_actors_add_needs_a_name_for_a_new_actor(run) -> None:
    result = run("actors", "add", "liwa_y", "--alias", "Y Brigade")
    assert result.exit_code == 2 and "--name" in result.output


def test_cli_actors_validate_passes_on_the_bundled_data(run) -> None:
    result = run("actors", "validate")
    assert result.exit_code == 0 and "no problems" in result.output


@pytest.mark.parametrize(
    "command",
    [
        ("actors", "list"),
        ("actors", "show"),
        ("actors", "add"),
        ("actors", "validate"),
        ("actors", "fit-mentions"),
        ("eval", "re3d"),
    ],
)
def test_cli_actors_every_command_documents_an_example(run, command) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output
