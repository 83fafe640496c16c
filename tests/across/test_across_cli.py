import json

from click.testing import CliRunner

from faultlines.cli import main
from faultlines.store.database import Store


def _run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_across_cli_contradictions_and_stories(multi_report_store: Store) -> None:
    db = str(multi_report_store.path)
    found = json.loads(_run("contradictions", "--db", db, "--field", "fatalities", "--format", "json").output)
    assert [sorted(s["value"] for s in c["sides"]) for c in found] == [[9, 9, 14]]
    assert "ACLED" in _run("contradictions", "--db", db).output
    assert "Tal Tamr" in _run("stories", "--db", db).output
    assert "3 reports" in _run("canonical", "--db", db).output


def test_across_cli_fragmentation_table_and_plot(multi_report_store: Store, tmp_path) -> None:
    png = tmp_path / "isis.png"
    out = _run("fragmentation", "Islamic State", "--db", str(multi_report_store.path), "--plot", str(png)).output
    assert "2020-03" in out and png.read_bytes()[:4] == b"\x89PNG"


def test_across_cli_unknown_actor_says_what_to_do(multi_report_store: Store) -> None:
    result = CliRunner().invoke(main, ["fragmentation", "Nobody", "--db", str(multi_report_store.path)])
    assert result.exit_code == 2 and "no actor called" in result.output


def test_across_cli_network_export(multi_report_store: Store, tmp_path) -> None:
    out = tmp_path / "net.json"
    _run("network", "--db", str(multi_report_store.path), "--format", "json", "-o", str(out))
    assert json.loads(out.read_text())["nodes"]
