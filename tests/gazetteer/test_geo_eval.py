from types import SimpleNamespace

from faultlines.config import Settings
from faultlines.eval.geo import (
    GeoDoc,
    GoldToponym,
    read_corpus,
    score_recognition,
    score_resolution,
)
from faultlines.records import Place

LGL_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="7"><title>t</title><text><![CDATA[Talks in Beirut ended. Later, Tripoli.]]></text>
<toponyms>
 <toponym><phrase>Beirut</phrase><start>9</start><end>15</end>
  <gaztag geonameid="3"><name>Beirut</name><lat>33.89</lat><lon>35.50</lon></gaztag></toponym>
 <toponym><phrase>Tripoli</phrase><start>31</start><end>38</end>
  <gaztag geonameid="2"><name>Tripoli</name><lat>34.43</lat><lon>35.84</lon></gaztag></toponym>
 <toponym><phrase>Talks</phrase><start>0</start><end>5</end></toponym>
</toponyms></article></articles>"""

# GeoVirus counts offsets from 1: each span starts one character late.
GEOVIRUS_STYLE = """<articles><article><source>https://example.org/a</source>
<text>Cases rose in Nairobi.</text><locations><location><name>Nairobi</name><start>14</start>
<end>21</end><lat>-1.28</lat><lon>36.81</lon><page>x</page></location></locations></article></articles>"""


def test_geo_eval_reads_lgl_format_and_realigns_offsets(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL_STYLE, encoding="utf-8")
    (doc,) = read_corpus(path)
    assert [t.text for t in doc.toponyms] == ["Talks", "Beirut", "Tripoli"]
    assert doc.toponyms[2].start == doc.text.index("Tripoli") and doc.toponyms[1].geonameid == 3
    assert doc.toponyms[0].lat is None


def test_geo_eval_reads_geovirus_format(tmp_path):
    path = tmp_path / "gv.xml"
    path.write_text(GEOVIRUS_STYLE, encoding="utf-8")
    (doc,) = read_corpus(path)
    assert doc.toponyms[0].text == "Nairobi" and doc.toponyms[0].geonameid is None


def test_geo_eval_scores_distance_and_ids():
    doc = GeoDoc(
        "d",
        "Beirut and Aleppo",
        (GoldToponym(0, 6, "Beirut", 33.89, 35.50, 3), GoldToponym(11, 17, "Aleppo", 36.2, 37.16, 5)),
    )
    places = [Place(0, 6, "Beirut", geonameid=3, lat=33.9, lon=35.5), Place(11, 17, "Aleppo")]
    score = score_resolution([doc], lambda d: places).as_dict()
    assert score["accuracy_161km"] == 0.5 and score["exact_id"] == 0.5 and score["resolved"] == 1
    assert score["median_km"] < 2


def test_geo_eval_scores_recognition_on_exact_spans():
    doc = GeoDoc("d", "Beirut and Aleppo", (GoldToponym(0, 6, "Beirut", 1, 1), GoldToponym(11, 17, "Aleppo", 1, 1)))
    score = score_recognition([doc], lambda d: [(0, 6), (7, 10)]).as_dict()
    assert (score["precision"], score["recall"], score["f1"]) == (0.5, 0.5, 0.5)


def test_geo_eval_knows_which_corpora_annotate_adjectives(tmp_path):
    lgl, gv = tmp_path / "lgl.xml", tmp_path / "gv.xml"
    lgl.write_text(LGL_STYLE, encoding="utf-8")
    gv.write_text(GEOVIRUS_STYLE, encoding="utf-8")
    assert read_corpus(lgl)[0].adjectives_annotated and not read_corpus(gv)[0].adjectives_annotated


def test_geo_eval_recognition_scores_the_product_s_places(monkeypatch):
    """Recognition counts the places the product's pipeline returns, adding the corpus's extras
    only where the corpus annotates them."""
    import faultlines.eval.geo as geo
    import faultlines.gazetteer.recognise as recognise
    import faultlines.pipeline as pipeline

    text = "Turkish troops entered Afrin."
    gold = (GoldToponym(0, 7, "Turkish", 1, 1), GoldToponym(23, 28, "Afrin", 1, 1))
    docs = [GeoDoc("tr", text, gold, adjectives_annotated=True), GeoDoc("gv", text, gold)]

    class Product:
        def analyse(self, items):
            for _doc_id, _text in items:
                yield SimpleNamespace(places=(Place(23, 28, "Afrin"),), doc=object())

    monkeypatch.setattr(pipeline.Pipeline, "from_settings", classmethod(lambda cls, settings: Product()))
    monkeypatch.setattr(
        recognise, "corpus_extras", lambda doc, gazetteer, *, adjectives: [(0, 7)] if adjectives else []
    )
    score = geo.product_recognition(docs, Settings(), None, demonyms=True)
    # TR-style: both found; GeoVirus-style: the adjective is not added, so one of two.
    assert (score["correct"], score["predicted"], score["corpus_extras"]) == (3, 3, 1)
