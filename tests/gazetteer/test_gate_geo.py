"""Quality gate: geocoding on the dev geoparsing corpora (floors in tests/gate_floors.json)."""

import pytest
from gates import at_least, bench_file

from faultlines.eval.geo import read_corpus, score_resolution
from faultlines.gazetteer.resolve import resolve_spans

pytestmark = [pytest.mark.gate, pytest.mark.slow]


def _corpus(name: str):
    return read_corpus(bench_file("geoparsing", name))


def _key(corpus: str, metric: str) -> str:
    return f"geo_{corpus.removesuffix('.xml')}_{metric}"


@pytest.mark.parametrize("corpus", ["TR-News.xml", "GeoVirus.xml"])
def test_gate_geo_resolution_with_gold_toponyms(corpus, real_gazetteer):
    docs = _corpus(corpus)
    score = score_resolution(docs, lambda d: resolve_spans(d.text, d.spans, real_gazetteer)).as_dict()
    at_least(_key(corpus, "accuracy_161km"), score["accuracy_161km"])
    if corpus == "TR-News.xml":  # GeoVirus has no GeoNames ids
        at_least(_key(corpus, "exact_id"), score["exact_id"])


@pytest.mark.parametrize("corpus", ["TR-News.xml", "GeoVirus.xml"])
def test_gate_geo_recognition_end_to_end(real_settings, real_gazetteer, corpus):
    # The places the product's pipeline finds, as `faultlines eval geo` scores them.
    from faultlines.eval.geo import product_recognition

    docs = _corpus(corpus)
    score = product_recognition(docs, real_settings, real_gazetteer, demonyms=True)
    at_least(_key(corpus, "recognition_f1"), score["f1"])
