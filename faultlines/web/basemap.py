"""Build the offline country basemap the map pages draw under the events.

The shapes come from the coarse country outlines shipped in the ``countryinfo`` wheel (MIT
licence, one JSON file per country with a ``geoJSON`` member). The wheel is not a runtime
dependency: the generated file, ``static/basemap/countries.geojson``, is committed, and this
module only rebuilds it.

Example::

    pip download countryinfo==1.0.1 --no-deps -d /tmp/ci
    unzip /tmp/ci/countryinfo-1.0.1-py3-none-any.whl -d /tmp/ci/x
    python -m faultlines.web.basemap /tmp/ci/x/countryinfo/data
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).parent / "static" / "basemap" / "countries.geojson"
DECIMALS = 2  # about 1 km: enough for a country outline under event markers


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


def build(data_dir: Path, output: Path = OUTPUT) -> int:
    features = country_features(data_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection", "features": features}
    output.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    return len(features)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m faultlines.web.basemap COUNTRYINFO_DATA_DIR")
    print(f"{build(Path(sys.argv[1]))} countries written to {OUTPUT}")
