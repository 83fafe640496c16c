"""After a command that loaded the models, `faultlines` leaves without the interpreter's
teardown: exit handlers still run, output is complete and exit codes are the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from records_factory import make_result

from faultlines.store.database import Store

# Runs `faultlines ARGS` as the program does (no arguments passed to main). An object freed in
# the teardown says so, which shows whether the teardown ran.
PROGRAM = """
import atexit, sys, types
if {pretend_models}:
    sys.modules["spacy"] = types.ModuleType("spacy")  # as if the command had loaded the models

class Witness:
    def __del__(self):
        sys.stderr.write("teardown ran\\n")

witness = Witness()
atexit.register(lambda: sys.stderr.write("exit handler ran\\n"))
sys.argv = ["faultlines", *{args!r}]
from faultlines.cli import main
main()
"""


def program(args: list[str], *, pretend_models: bool) -> subprocess.CompletedProcess[str]:
    code = PROGRAM.format(pretend_models=pretend_models, args=args)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exit") / "f.duckdb"
    Store(path).write([make_result(doc_id="doc-one")])
    return path


@pytest.mark.parametrize("args", [["events"], ["show", "no-such-document"]])
def test_cli_exit_quick_and_ordinary_exits_agree(db: Path, args: list[str]) -> None:
    quick = program([*args, "--db", str(db)], pretend_models=True)
    ordinary = program([*args, "--db", str(db)], pretend_models=False)
    assert "teardown ran" not in quick.stderr  # the quick exit was taken
    assert "teardown ran" in ordinary.stderr
    assert "exit handler ran" in quick.stderr
    assert (quick.returncode, quick.stdout) == (ordinary.returncode, ordinary.stdout)


def test_cli_exit_called_from_code_exits_the_ordinary_way(db: Path) -> None:
    code = (
        "import sys, types; sys.modules['spacy'] = types.ModuleType('spacy')\n"
        "from faultlines.cli import main\n"
        "try:\n"
        f"    main(['events', '--db', {str(db)!r}])\n"
        "except SystemExit as e:\n"
        "    print('caller got', e.code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "caller got 0" in done.stdout


@pytest.mark.slow
def test_cli_exit_extract_output_is_complete(tmp_path: Path) -> None:
    report = tmp_path / "one.txt"
    report.write_text("Rebels attacked the town of Manbij on Tuesday, killing three soldiers.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = program(["extract", str(report), str(empty), "-o", str(out)], pretend_models=False)
    assert "teardown ran" not in done.stderr  # spaCy was loaded: the quick exit
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["doc"]["source"] for line in lines[:1]] == [str(report)]
    assert len(lines) == 2 and json.loads(lines[1])["failures"]
    assert done.returncode == 3  # some document failed, as documented for `extract`
