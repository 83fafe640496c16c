"""The key of the place ruler's cache changes with what the place patterns are made from."""

from __future__ import annotations

from pathlib import Path

from faultlines.gazetteer.build import Table
from faultlines.gazetteer.index import Gazetteer
from faultlines.stages.nlp import PLACE_PATTERN_PARTS, parts_fingerprint, places_source


def gazetteer(
    *, source: str = "test-1", names: tuple[str, ...] = ("Manbij", "Kobani"), fcode: str = "PPL"
) -> Gazetteer:
    table = Table(source=source)
    for row, name in enumerate(names):
        table.add(
            geonameid=1000 + row,
            name=name,
            lat=36.5,
            lon=38.0,
            country="SY",
            admin1="09",
            fcode=fcode,
            population=1000,
            names=[name],
        )
    return Gazetteer.from_table(table)


def test_places_source_is_the_same_for_the_same_index() -> None:
    assert places_source(gazetteer()) == places_source(gazetteer())


def test_places_source_changes_with_the_index() -> None:
    base = places_source(gazetteer())
    assert places_source(gazetteer(source="test-2")) != base
    assert places_source(gazetteer(names=("Manbij", "Kobane"))) != base  # a spelling
    assert places_source(gazetteer(names=("Manbij",))) != base  # a row fewer
    assert places_source(gazetteer(fcode="ADM1")) != base  # a town became a province


def test_places_source_changes_with_the_rules(monkeypatch) -> None:
    import faultlines.stages.nlp

    base = places_source(gazetteer())
    monkeypatch.setattr(faultlines.stages.nlp, "places_rules_fingerprint", lambda: "other rules")
    assert places_source(gazetteer()) != base


def test_places_source_rules_are_the_gazetteer_words_and_data_only(tmp_path: Path) -> None:
    for name in ("gazetteer/index.py", "lang/en/gazetteer.py", "data/place_aliases.json", "events/rules.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("one", encoding="utf-8")
    base = parts_fingerprint(tmp_path, PLACE_PATTERN_PARTS)
    (tmp_path / "events/rules.py").write_text("two", encoding="utf-8")  # the event rules: same patterns
    assert parts_fingerprint(tmp_path, PLACE_PATTERN_PARTS) == base
    for name in ("gazetteer/index.py", "lang/en/gazetteer.py", "data/place_aliases.json"):
        (tmp_path / name).write_text("changed", encoding="utf-8")
        changed = parts_fingerprint(tmp_path, PLACE_PATTERN_PARTS)
        assert changed != base, name
        base = changed
