"""Quality gate: geocoding on the dev geoparsing corpora must not fall below its floors.

Floors come from tests/gate_baseline.json (key "geo") when the lead has put them there, else
from tests/places/gate_floors.json; a floor may only be raised.
"""

import json
from pathlib import Path

import pytest

from faultlines.eval.geo import read_corpus, score_resolution
from faultlines.gazetteer.resolve import resolve_spans

pytestmark = [pytest.mark.gate, pytest.mark.slow]

GEO_BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench" / "geoparsing"
BASELINE = Path(__file__).resolve().parents[1] / "gate_baseline.json"
LOCAL_FLOORS = Path(__file__).resolve().parent / "gate_floors.json"


def _floors() -> dict:
    if BASELINE.exists():
        geo = json.loads(BASELINE.read_text(encoding="utf-8")).get("geo")
        if geo:
            return geo
    return json.loads(LOCAL_FLOORS.read_text(encoding="utf-8"))


def _corpus(name: str):
    path = GEO_BENCH / name
    if not path.exists():
        pytest.skip(f"{path} is not here: the gate runs where ../shared/bench is present")
    return read_corpus(path)


@pytest.mark.parametrize("corpus", ["TR-News.xml", "GeoVirus.xml"])
def test_gate_geo_resolution_with_gold_toponyms(corpus, real_gazetteer):
    floors = _floors()[corpus]
    docs = _corpus(corpus)
    score = score_resolution(docs, lambda d: resolve_spans(d.text, d.spans, real_gazetteer)).as_dict()
    assert score["accuracy_161km"] >= floors["accuracy_161km"], score
    if "exact_id" in floors:
        assert score["exact_id"] >= floors["exact_id"], score


@pytest.mark.parametrize("corpus", ["TR-News.xml", "GeoVirus.xml"])
def test_gate_geo_recognition_end_to_end(real_settings, real_gazetteer, corpus):
    # The places the product's pipeline finds, as `faultlines eval geo` scores them.
    from faultlines.eval.geo import product_recognition

    floor = _floors()[corpus]["recognition_f1"]
    docs = _corpus(corpus)
    score = product_recognition(docs, real_settings, real_gazetteer, demonyms=True)
    assert score["f1"] >= floor, score


def test_gate_geo_local_floors_never_below_the_baseline():
    local = json.loads(LOCAL_FLOORS.read_text(encoding="utf-8"))
    for corpus, floors in _floors().items():
        if corpus in local and isinstance(floors, dict):
            for metric, value in floors.items():
                assert local[corpus].get(metric, value) >= value, f"{corpus} {metric}: a floor may only be raised"
