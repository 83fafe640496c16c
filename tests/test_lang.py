"""Rules are data: the word lists the rules read live in faultlines/lang/<language>/, not beside
the rules' logic (see faultlines/lang/README.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import faultlines
from faultlines.lang import vocabulary
from faultlines.versioning import extraction_files

PACKAGE = Path(faultlines.__file__).resolve().parent
LANG = PACKAGE / "lang"

# The parts of the package whose word lists have moved.
COVERED = ("attribution", "dates", "gazetteer", "numbers.py", "across/criteria.py", "events", "actors")
# A module-level collection of this many strings (or words of one split string) is a word list.
MIN_WORDS = 5
# Codes of a data scheme, not words of a language: the same whatever the text's language, so they
# stay with the rules that read them.
SCHEME_CODES = {
    # ACLED event types, Faultlines' event kinds and modalities (faultlines.ontology's codes)
    "across/criteria.py": {"FAMILY", "KIND_FAMILIES", "MODALITY_GROUP"},
    # GeoNames feature codes and the tags of its alternate names that are not names
    "gazetteer/importer.py": {"EXTRA_CODES", "_NOT_NAMES"},
    # ISO country codes and GeoNames feature codes
    "gazetteer/index.py": {"_RULER_COUNTRIES", "_AREA_CODES"},
    # Faultlines' kinds (the ontology's), made by frames of one type
    "events/classify.py": {"_REMOTE_KINDS", "_FIXED_KINDS"},
    # ACLED sub-event types by family, and Faultlines' modalities
    "events/merge.py": {"_FAMILY", "_UNREAL"},
    "events/modality.py": {"PRECEDENCE", "MERGE_PRECEDENCE"},
    # MUC-4's roles by the argument they fill
    "events/role_features.py": {"ARGUMENT_OF"},
    # Faultlines' reasons why a mention is no incident, as the output names and explains them
    "events/reportability.py": {"REASONS", "_RULES"},
    # ACLED event types and its generic actor classes and names
    "actors/acled_sides.py": {"UNNAMED_ACTOR1"},
    "actors/generic.py": {"GENERIC_CLASSES", "BARE_NAMES"},
    # ISO country codes
    "actors/countries.py": {"WITH_ARTICLE"},
    # the keys of an actor entry in actors.yaml
    "actors/edit.py": {"_LIST_KEYS"},
    # spaCy's token attributes
    "actors/mention_types.py": {"_TABLE_ATTRS"},
}
# Word lists still waiting to move, in modules someone else was editing when theirs moved: move
# them to faultlines/lang/en/actors.py and drop them here.
WAITING = {"actors/mention_types.py": {"_EXTENDERS", "_CLOSED", "_PRONOUNS"}}
_COLLECTIONS = (ast.Set, ast.List, ast.Tuple, ast.Dict)
_BUILDERS = {"frozenset", "set", "tuple", "list", "dict", "fromkeys", "maketrans", "split", "_words"}


def _words_in(value: ast.expr) -> int:
    """How many strings a value holds; a string that is split into words counts its words."""
    split = {
        id(arg)
        for call in ast.walk(value)
        if isinstance(call, ast.Call)
        for arg in (call.func.value if isinstance(call.func, ast.Attribute) else None, *call.args)
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }
    return sum(
        len(node.value.split()) if id(node) in split else 1
        for node in ast.walk(value)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _is_collection(value: ast.expr) -> bool:
    if isinstance(value, ast.Dict) and any(isinstance(v, (ast.Name, ast.Attribute)) for v in value.values):
        return False  # a dispatch table (kind -> function), not data
    if isinstance(value, _COLLECTIONS):
        return True
    if isinstance(value, ast.Call):
        func = value.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return name in _BUILDERS
    return False


def word_lists(source: str) -> list[str]:
    """The names of the module-level word lists in a module's source."""
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        name = target.id if isinstance(target, ast.Name) else ""
        if name != "__all__" and _is_collection(value) and _words_in(value) >= MIN_WORDS:
            found.append(name)
    return found


def _covered_modules() -> list[Path]:
    modules = []
    for part in COVERED:
        path = PACKAGE / part
        modules.extend([path] if path.is_file() else sorted(path.rglob("*.py")))
    return modules


def test_lang_finder_sees_each_way_a_word_list_is_written() -> None:
    source = (
        'A = frozenset({"kill", "murder", "execute", "slay", "behead"})\n'
        'B = frozenset("one two three four five".split())\n'
        'C = _words("dead deceased fatally death killed")\n'
        'D = {("at", "least"): "low", ("more", "than"): "low"}\n'
        "E: tuple[str, ...] = ('a', 'b', 'c', 'd', 'e')\n"
        'F = frozenset({"kill", "murder", "execute", "slay"})\n'  # four: a short list may stay
        '__all__ = ["a", "b", "c", "d", "e"]\n'
        'G = re.compile("a|b|c|d|e|f")\n'  # a pattern, not a list
        'H = {"day": _day, "month": _month, "year": _year, "ago": _ago, "period": _period}\n'  # dispatch
    )
    assert word_lists(source) == ["A", "B", "C", "D", "E"]


@pytest.mark.parametrize("module", _covered_modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_lang_rule_modules_keep_no_word_lists(module: Path) -> None:
    relative = module.relative_to(PACKAGE).as_posix()
    left = set(word_lists(module.read_text(encoding="utf-8")))
    left -= SCHEME_CODES.get(relative, set()) | WAITING.get(relative, set())
    assert not left, f"{relative} defines word lists {sorted(left)}: move them to faultlines/lang/en/ (README there)"


def test_lang_scheme_code_exemptions_still_exist() -> None:
    for relative, names in [*SCHEME_CODES.items(), *WAITING.items()]:
        defined = set(word_lists((PACKAGE / relative).read_text(encoding="utf-8")))
        assert names <= defined, f"{relative} no longer defines {sorted(names - defined)}: drop them here"


@pytest.mark.parametrize("module", sorted(LANG.glob("*/*.py")), ids=lambda p: p.relative_to(LANG).as_posix())
def test_lang_data_modules_hold_data_not_logic(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    logic = [
        getattr(node, "name", type(node).__name__)
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.For, ast.While, ast.If, ast.With, ast.Try))
        and getattr(node, "name", "") != "_words"
    ]
    assert not logic, f"{module.name} holds logic {logic}: keep it in the rule modules"


def test_lang_vocabulary_loads_a_language_once() -> None:
    dates = vocabulary("dates")
    assert dates is vocabulary("dates", "en")
    assert dates.MONTHS["sept"] == 9 and "DATE_PATTERNS" in vars(dates)


def test_lang_vocabulary_says_what_is_missing() -> None:
    with pytest.raises(ValueError, match=r"faultlines/lang/fr/dates\.py"):
        vocabulary("dates", "fr")
    with pytest.raises(ValueError, match="choose one of"):
        vocabulary("verbs")


def test_lang_data_is_in_the_pipeline_version() -> None:
    fingerprinted = {path.relative_to(PACKAGE).as_posix() for path in extraction_files()}
    assert {"lang/en/attribution.py", "lang/en/gazetteer.py", "lang/xx/gazetteer.py"} <= fingerprinted
    assert {"lang/en/events.py", "lang/en/events_reportability.py", "lang/en/actors.py"} <= fingerprinted


def test_lang_event_frames_are_split_from_the_words_of_each_frame() -> None:
    from faultlines.events.categories import Frame
    from faultlines.events.lexicon import FRAMES

    words = vocabulary("events").FRAME_WORDS
    assert set(FRAMES) == set(words) and all(isinstance(frame, Frame) for frame in words)
    verbs, nouns, phrases = FRAMES[Frame.SUICIDE_BOMB]
    assert not verbs and not nouns and ("blow", "himself", "up") in phrases and ("vbied",) in phrases
    verbs, nouns, _ = FRAMES[Frame.CLASH]
    assert "skirmish" in verbs and "shoot-out" in nouns
