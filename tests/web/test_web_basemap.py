"""The offline basemap's place labels: who gets one, from which zoom, in what order."""

from __future__ import annotations

import json

import pytest

from faultlines.web.basemap import PLACES, label_zoom, labelled, place_features


def city(name: str, country: str, population: int, names: int = 0, geonameid: int = 1) -> dict:
    return {
        "geonameid": geonameid,
        "name": name,
        "countrycode": country,
        "population": population,
        "latitude": 35.12345,
        "longitude": 40.98765,
        "alternatenames": [f"n{i}" for i in range(names)],
    }


@pytest.mark.parametrize(
    ("population", "zoom"), [(7_000_000, 4), (531_952, 5), (271_800, 6), (29_237, 8), (3_000, 9), (1_200, 10)]
)
def test_basemap_bigger_places_show_from_further_out(population: int, zoom: int) -> None:
    assert label_zoom(population) == zoom


def test_basemap_labels_every_town_in_syria_and_iraq_and_only_cities_far_away() -> None:
    assert labelled(city("Hajin", "SY", 1_200)) and labelled(city("a district seat", "IQ", 0))
    assert labelled(city("Kilis", "TR", 15_000)) and not labelled(city("Elbeyli", "TR", 14_999))
    assert labelled(city("Lyon", "FR", 516_000)) and not labelled(city("Nancy", "FR", 104_000))


def test_basemap_places_are_drawn_by_zoom_then_fame() -> None:
    features = place_features(
        [
            city("Al Mawsil al Jadidah", "IQ", 2_065_597, names=3, geonameid=2),
            city("Mosul", "IQ", 1_683_000, names=90, geonameid=3),
            city("Hajin", "SY", 29_237, names=20, geonameid=4),
            city("Small", "FR", 2_000, geonameid=5),
        ]
    )
    assert [f["properties"]["name"] for f in features] == ["Mosul", "Al Mawsil al Jadidah", "Hajin"]
    assert features[2] == {
        "type": "Feature",
        "properties": {"name": "Hajin", "country": "SY", "population": 29_237, "zoom": 8},
        "geometry": {"type": "Point", "coordinates": [40.988, 35.123]},
    }


def test_basemap_shipped_labels_cover_syria_and_iraq() -> None:
    features = json.loads(PLACES.read_text(encoding="utf-8"))["features"]
    by_name = {f["properties"]["name"]: f for f in features if f["properties"]["country"] in ("SY", "IQ")}
    assert by_name["Baghdad"]["properties"]["zoom"] == 4 and by_name["Deir ez-Zor"]["properties"]["zoom"] == 6
    lon, lat = by_name["Hajīn"]["geometry"]["coordinates"]
    assert (round(lat, 1), round(lon, 1)) == (34.7, 40.8)  # Hajin on the Euphrates, as GeoNames has it
    assert len(features) > 3000 and len(by_name) > 400  # district seats of unknown size included


@pytest.mark.slow
def test_basemap_shipped_labels_match_a_fresh_build(tmp_path) -> None:
    from faultlines.web.basemap import build_places

    build_places(tmp_path / "places.geojson")
    assert (tmp_path / "places.geojson").read_text(encoding="utf-8") == PLACES.read_text(encoding="utf-8")
