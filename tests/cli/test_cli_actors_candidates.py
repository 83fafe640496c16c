"""`faultlines actors candidates` on reports we wrote, ingested into a temporary store: the group
the actor list lacks is listed with its guessed type and the line that adds it; the outlet the
reports credit is not; adding the group takes it off the list."""

from __future__ import annotations

import csv
import io
import json
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from faultlines.cli import main
from faultlines.store.database import Store

REPORTS = {
    "hawks_checkpoint.txt": """Militia attack on checkpoint kills four soldiers near Dara'a

DARA'A, Syria, March 3 - Fighters of the Southern Hawks Brigade, a militia loyal to a local clan \
leader, attacked an army checkpoint east of Dara'a on Tuesday, killing four soldiers, a military source said.

The Southern Hawks Brigade has fought government forces in the area since last year. The militia did not comment.
""",
    "hawks_clash.txt": """Clashes between rebels and militia in southern Syria

DARA'A, Syria, March 9 - The Southern Hawks Brigade clashed with fighters of Ahrar al-Sham near the \
village of Tafas on Sunday, residents said. Two fighters were killed.

Local activists said the Southern Hawks Brigade militia had set up its own checkpoints on the road to Tafas.
""",
    "daraa_protest.txt": """Residents protest in Dara'a

DARA'A, Syria, March 12 - Hundreds of residents protested in Dara'a on Friday against the closure of \
roads by armed groups, an organiser told the Southern Courier.
""",
}
HAWKS = "Southern Hawks Brigade"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(reports: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("store") / "candidates.duckdb")
    result = invoke("ingest", str(reports), "--db", path, "--quiet")
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.slow
def test_cli_actors_candidates_lists_the_unknown_group_with_its_type_and_promotion(db: str) -> None:
    result = invoke("actors", "candidates", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [c["name"] for c in listed] == [HAWKS]  # the credited outlet is left out
    [hawks] = listed
    assert hawks["documents"] == 2 and hawks["countries"] == ["SY"]
    assert (hawks["inter"], hawks["type"]) == (3, "3 political militia")
    assert any("militia" in cue for cue in hawks["guessed_from"])
    example = hawks["example"]
    assert example["text"][example["mention_start"] - example["start"] :].startswith(HAWKS)
    assert hawks["add"] == f"faultlines actors add southern_hawks_brigade --name '{HAWKS}' --inter 3 --country SY"

    table = invoke("actors", "candidates", "--db", db)
    assert table.exit_code == 0 and HAWKS in table.stdout and "3 political militia" in table.stdout
    assert "add: faultlines actors add southern_hawks_brigade" in table.stdout

    rows = list(csv.DictReader(io.StringIO(invoke("actors", "candidates", "--db", db, "--format", "csv").stdout)))
    assert [(r["name"], r["inter"]) for r in rows] == [(HAWKS, "3")]


@pytest.mark.slow
def test_cli_actors_candidates_all_says_why_the_outlet_is_no_actor(db: str) -> None:
    listed = json.loads(invoke("actors", "candidates", "--db", db, "--all", "--format", "json").stdout)
    reasons = {c["name"]: c["not_an_actor"] for c in listed}
    assert reasons == {HAWKS: None, "Southern Courier": "an outlet"}
    assert json.loads(invoke("actors", "candidates", "--db", db, "--min-docs", "3", "--format", "json").stdout) == []
    assert json.loads(invoke("actors", "candidates", "--db", db, "--country", "NG", "--format", "json").stdout) == []


@pytest.mark.slow
def test_cli_actors_candidates_promotion_line_adds_the_group(db: str, tmp_path: Path) -> None:
    listed = json.loads(invoke("actors", "candidates", "--db", db, "--format", "json").stdout)
    user_file = str(tmp_path / "actors.user.yaml")
    words = shlex.split(listed[0]["add"])
    assert words[:2] == ["faultlines", "actors"]
    added = invoke(*words[1:], "--user-file", user_file)
    assert added.exit_code == 0, added.output
    after = invoke("actors", "candidates", "--db", db, "--user-file", user_file, "--all", "--format", "json")
    reasons = {c["name"]: c["not_an_actor"] for c in json.loads(after.stdout)}
    assert reasons[HAWKS] == "now in the actor list as southern_hawks_brigade"
    left = invoke("actors", "candidates", "--db", db, "--user-file", user_file, "--format", "json")
    assert json.loads(left.stdout) == []


@pytest.mark.slow
def test_cli_actors_candidates_reads_extract_output(reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    extracted = invoke("extract", str(reports))
    assert extracted.exit_code == 0, extracted.output
    out.write_text(extracted.stdout, encoding="utf-8")
    listed = json.loads(invoke("actors", "candidates", "--from", str(out), "--format", "json").stdout)
    assert [(c["name"], c["documents"], c["inter"]) for c in listed] == [(HAWKS, 2, 3)]


def test_cli_actors_candidates_missing_or_empty_store_is_one_line(tmp_path: Path) -> None:
    missing = invoke("actors", "candidates", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 2 and "run `faultlines ingest" in missing.output
    empty = tmp_path / "empty.duckdb"
    Store(empty).write([])
    result = invoke("actors", "candidates", "--db", str(empty))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: database {empty} holds no documents: run `faultlines ingest PATH --db {empty}` first"
    ]


def test_cli_actors_candidates_from_a_file_that_is_not_extract_output(tmp_path: Path) -> None:
    bad = tmp_path / "notes.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = invoke("actors", "candidates", "--from", str(bad))
    assert result.exit_code == 2 and "is not `faultlines extract` output" in result.output


def test_cli_actors_candidates_loads_no_model(tmp_path: Path) -> None:
    """It only reads the store: it starts without spaCy, as the other reading commands do."""
    import subprocess
    import sys

    empty = tmp_path / "empty.duckdb"
    Store(empty).write([])
    probe = (
        "import sys\nfrom faultlines.cli import main\n"
        "try:\n    main(sys.argv[1:], prog_name='faultlines')\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'torch'}))"
    )
    args = ["actors", "candidates", "--db", str(empty)]
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120)
    assert "holds no documents" in done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
