"""The index built from the installed packages (slow: about 30 s once per session)."""

import pytest

from faultlines.gazetteer import index
from faultlines.gazetteer.resolve import resolve_spans

pytestmark = pytest.mark.slow


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    out, cursor = [], 0
    for name in names:
        start = text.index(name, cursor)
        out.append((start, start + len(name)))
        cursor = start + len(name)
    return out


def test_gazetteer_build_loads_from_cache_without_rebuilding(real_settings, real_gazetteer, monkeypatch):
    def no_build():
        raise AssertionError("the cached index should have been read")

    monkeypatch.setattr(index, "build_table", no_build)
    again = index.Gazetteer.load(real_settings)
    assert len(again) == len(real_gazetteer) > 230_000


def test_gazetteer_build_resolves_conflict_towns_of_northern_syria(real_gazetteer):
    names = [
        "Hajin",
        "Manbij",
        "Jarablus",
        "Dabiq",
        "Ain Issa",
        "Sulug",
        "Tel Abyad",
        "Kobane",
        "Ain al-Arab",
        "Al Bab",
        "Raqqa",
        "Deir ez-Zor",
        "Idlib",
        "Wadi Daif",
        "Hatimlat",
        "Hatmilat",
    ]
    text = "Reported front lines: " + ", ".join(names) + ", all in Syria."
    places = resolve_spans(text, _spans(text, names), real_gazetteer)
    assert all(p.country_code == "SY" and p.lat is not None for p in places), [(p.text, p.name) for p in places]
    by_text = {p.text: p for p in places}
    assert by_text["Hatimlat"].name == by_text["Hatmilat"].name
    assert by_text["Kobane"].geonameid == by_text["Ain al-Arab"].geonameid
    assert by_text["Hajin"].admin1 == "Deir ez-Zor"


def test_gazetteer_build_has_countries_divisions_and_adjectives(real_gazetteer):
    rows = {real_gazetteer.entry(r).feature_code for r, _ in real_gazetteer.candidates("Texas")}
    assert "ADM1" in rows
    ((turkey, how),) = real_gazetteer.candidates("Turkish")
    assert real_gazetteer.entry(turkey).country_code == "TR" and how == "adjective"


def test_gazetteer_build_ruler_patterns_cover_the_region_not_common_words(real_gazetteer):
    patterns = real_gazetteer.ruler_patterns()
    assert 10_000 <= len(patterns) <= 30_000
    texts = {p["pattern"] for p in patterns}
    assert {"Manbij", "Tall Abyad", "Syria", "Dabiq", "Ain Issa"} <= texts
    assert not {"March", "Tall", "At", "May"} & texts
    assert {p["label"] for p in patterns} == {"GPE", "LOC"}
