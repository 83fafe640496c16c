"""The key of the place ruler's cache changes with what the place patterns are made from."""

from __future__ import annotations

from faultlines.gazetteer.build import Table
from faultlines.gazetteer.index import Gazetteer
from faultlines.stages.nlp import places_source


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
    import faultlines.versioning

    base = places_source(gazetteer())
    monkeypatch.setattr(faultlines.versioning, "rules_fingerprint", lambda: "other rules")
    assert places_source(gazetteer()) != base
