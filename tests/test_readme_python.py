"""The README's Python example runs as written and prints what its comment says."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def readme_python() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- python:start -->\s*```python\n(.*?)```\s*<!-- python:end -->", text, re.S)
    assert block, "the README lost its Python example"
    return block.group(1)


@pytest.mark.slow
def test_readme_python_example_runs_and_prints_its_comment(tmp_path: Path) -> None:
    code = readme_python()
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    printed = io.StringIO()
    cwd = Path.cwd()
    os.chdir(tmp_path)  # the example writes reports.duckdb where it runs
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    finally:
        os.chdir(cwd)
    expected = re.search(r"^# (.+?)\s{2,}\(", code, re.M)
    assert expected, "the example says what it prints in a comment"
    assert printed.getvalue().splitlines()[0] == expected.group(1)
