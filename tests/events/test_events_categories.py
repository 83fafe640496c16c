"""Every frame and participant class a rule names is one of the closed vocabularies of
faultlines.events.categories: a misspelt name in a comparison would silently never match."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from faultlines.events.categories import Frame, PartyClass
from faultlines.events.lexicon import FRAMES

PACKAGE = Path(__file__).resolve().parents[2] / "faultlines"
RULE_FILES = [*sorted((PACKAGE / "events").glob("*.py")), PACKAGE / "stages" / "events.py"]
VOCABULARY = {"frame": set(Frame), "cls": set(PartyClass)}


def compared_literals(tree: ast.AST) -> list[tuple[str, str, int]]:
    """(what, literal, line) for each string a rule compares ``frame`` or ``cls`` with."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        name = left.attr if isinstance(left, ast.Attribute) else getattr(left, "id", None)
        if name not in VOCABULARY:
            continue
        for comparator in node.comparators:
            for leaf in ast.walk(comparator):
                if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                    found.append((name, leaf.value, node.lineno))
    return found


def test_events_categories_every_lexicon_frame_is_a_frame() -> None:
    assert set(FRAMES) <= set(Frame)
    assert all(isinstance(name, Frame) for name in FRAMES)


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_events_categories_rules_compare_only_with_known_names(path: Path) -> None:
    unknown = [
        f"{path.name}:{line} {what} vs {literal!r}"
        for what, literal, line in compared_literals(ast.parse(path.read_text(encoding="utf-8")))
        if literal not in VOCABULARY[what]
    ]
    assert not unknown, unknown


def test_events_categories_the_check_sees_a_misspelt_name() -> None:
    tree = ast.parse('if party.cls == "milltary_site" or frame in ("atack", "kill"):\n    pass\n')
    found = {(what, literal) for what, literal, _ in compared_literals(tree)}
    assert {("cls", "milltary_site"), ("frame", "atack")} <= found
    assert "milltary_site" not in VOCABULARY["cls"] and "atack" not in VOCABULARY["frame"]
