import json

import pytest
from click.testing import CliRunner

from faultlines.cli import main
from faultlines.gazetteer import index


@pytest.fixture
def runner(monkeypatch, small_gazetteer):
    monkeypatch.setattr(index.Gazetteer, "load", classmethod(lambda cls, settings: small_gazetteer))
    return CliRunner()


def test_cli_places_resolve_places_one_entry_per_span(runner, tmp_path):
    text = "Gunmen attacked Tripoli, Lebanon, and a village called Kafr Zaytun."
    spans = [[16, 23], [25, 32], [55, 66]]
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": text, "spans": spans}) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["resolve-places", str(source)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["id"] == "a" and len(record["places"]) == 3
    first, _, unknown = record["places"]
    assert first["country_code"] == "LB" and first["text"] == "Tripoli" and "score" in first
    assert unknown["geonameid"] is None and unknown["lat"] is None and unknown["lon"] is None


def test_cli_places_resolve_places_reports_bad_lines(runner, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "x", "text": "Beirut", "spans": [[0, 60]]}\nnot json\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["resolve-places", str(source), "-o", str(out)])
    assert result.exit_code == 3
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["failures"][0]["code"] for line in lines] == ["E108", "E108"]


@pytest.mark.parametrize(
    "command", [["resolve-places"], ["gazetteer", "import"], ["gazetteer", "build"], ["eval", "geo"]]
)
def test_cli_places_help_has_an_example(command):
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
