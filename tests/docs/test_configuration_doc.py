"""docs/configuration.md describes every Settings field with its real default, and every
environment variable the package reads."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from faultlines.config import Settings

ROOT = Path(__file__).resolve().parents[2]
CONFIG_DOC = ROOT / "docs" / "configuration.md"
ENV_READ = re.compile(r"""os\.environ\.get\(\s*["']([A-Z_]+)["']""")


def doc_rows() -> dict[str, str]:
    """Each table row of the page by the name in its first column (`name` in backquotes)."""
    text = CONFIG_DOC.read_text(encoding="utf-8")
    return dict(re.findall(r"^\| `([A-Za-z_]+)` \|(.*)$", text, re.MULTILINE))


def shown_default(value: object) -> list[str]:
    """How a default is written in the table: each stage name of a tuple, else its text."""
    if isinstance(value, tuple):
        return [f"`{item}`" for item in value]
    return [str(value) if value is None else f"`{value}`"]


@pytest.mark.parametrize("field", dataclasses.fields(Settings), ids=lambda f: f.name)
def test_configuration_doc_describes_every_settings_field(field: dataclasses.Field) -> None:
    rows = doc_rows()
    assert field.name in rows, f"docs/configuration.md has no row for Settings.{field.name}"
    if field.default is not dataclasses.MISSING:  # a default_factory depends on the machine
        for text in shown_default(field.default):
            assert text in rows[field.name], f"Settings.{field.name}: the row does not give its default {text}"


def test_configuration_doc_lists_no_field_settings_lacks() -> None:
    names = {f.name for f in dataclasses.fields(Settings)}
    settings_table = CONFIG_DOC.read_text(encoding="utf-8").split("## Settings fields")[1].split("\n## ")[0]
    listed = set(re.findall(r"^\| `([a-z_]+)` \|", settings_table, re.MULTILINE))
    assert listed <= names, f"docs/configuration.md lists {sorted(listed - names)}, which Settings lacks"


def test_configuration_doc_names_every_environment_variable_read() -> None:
    text = CONFIG_DOC.read_text(encoding="utf-8")
    read = {name for path in (ROOT / "faultlines").rglob("*.py") for name in ENV_READ.findall(path.read_text("utf-8"))}
    assert read, "no environment variable found: the pattern no longer matches the code"
    missing = sorted(name for name in read if f"`{name}`" not in text)
    assert not missing, f"docs/configuration.md does not mention {missing}"
