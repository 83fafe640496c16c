"""docs/errors.md lists every error code the code base defines, and no code it does not."""

from __future__ import annotations

import re
from pathlib import Path

from faultlines.engines.base import ENGINE_CODES
from faultlines.errors import CODES

ROOT = Path(__file__).resolve().parents[2]
ERRORS_DOC = ROOT / "docs" / "errors.md"
CODE = re.compile(r"\bE\d{3}\b")
DOC_ROW = re.compile(r"^\| (E\d{3}) \|", re.MULTILINE)  # the first column of a table row


def codes_in_source() -> set[str]:
    """Every code written in the package: the message tables, and the codes raised in text
    (the stage registry writes its E0xx into the message)."""
    found = set(CODES) | set(ENGINE_CODES)
    for path in (ROOT / "faultlines").rglob("*.py"):
        found |= set(CODE.findall(path.read_text(encoding="utf-8")))
    return found


def codes_in_doc() -> list[str]:
    return DOC_ROW.findall(ERRORS_DOC.read_text(encoding="utf-8"))


def test_errors_doc_has_a_row_for_every_code_in_the_code_base() -> None:
    missing = sorted(codes_in_source() - set(codes_in_doc()))
    assert not missing, f"docs/errors.md has no row for {missing}: add what each means and what to do"


def test_errors_doc_lists_no_code_the_code_base_lacks() -> None:
    stale = sorted(set(codes_in_doc()) - codes_in_source())
    assert not stale, f"docs/errors.md lists {stale}, which no module defines: remove them"


def test_errors_doc_lists_each_code_once() -> None:
    rows = codes_in_doc()
    assert len(rows) == len(set(rows)), sorted(c for c in rows if rows.count(c) > 1)


def test_errors_doc_quotes_each_message_table_entry() -> None:
    """The short name of each coded message (before its first placeholder) appears in its row,
    so a message reworded in the code is reworded here too."""
    doc = ERRORS_DOC.read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (E\d{3}) \|(.*)$", doc, re.MULTILINE))
    for code, (what, _todo) in {**CODES, **ENGINE_CODES}.items():
        stem = what.split("{")[0].strip(" ('")
        assert stem in rows[code], f"{code}: the row does not quote the message {what!r}"
