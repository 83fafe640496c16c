"""Commands that only read the store start in a fraction of a second: they import no spaCy and
load no model (each is run in a fresh interpreter, whose modules are then listed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from records_factory import failed, make_result

from faultlines.store.database import Store

# Runs one command as `faultlines` would, then says which heavy packages it imported.
PROBE = """
import sys
from faultlines.cli import main
try:
    main(sys.argv[1:], prog_name="faultlines")
except SystemExit as e:
    code = e.code or 0
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"spacy", "thinc", "torch"})
print("HEAVY:" + ",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("readonly") / "demo.duckdb"
    Store(path).write([make_result(doc_id="doc-one"), failed()])
    return path


def run(*args: str) -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    said, heavy = done.stderr.rsplit("HEAVY:", 1)
    return done.stdout + said, heavy.strip()  # some commands report on stderr


@pytest.mark.parametrize(
    ("args", "shows"),
    [
        (["events"], "Armed clash"),
        (["failures"], "E105"),
        (["show", "doc-one"], "Hajin"),
        (["runs"], ""),
        (["export", "--format", "jsonl", "-o", "{out}"], "1 events"),
        (["export", "--format", "acled-csv", "-o", "{out}"], "1 events"),
    ],
)
def test_cli_readonly_command_imports_no_spacy(db: Path, tmp_path: Path, args: list[str], shows: str) -> None:
    args = [a.replace("{out}", str(tmp_path / "out")) for a in args]
    out, heavy = run(*args, "--db", str(db))
    assert shows in out  # the command did its work
    assert heavy == ""
