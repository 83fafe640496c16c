"""A report's demonyms say which country its places are in ("Nigerian troops ... Baga")."""

from faultlines.gazetteer.build import Table
from faultlines.gazetteer.index import Gazetteer
from faultlines.gazetteer.resolve import demonym_countries, resolve_spans


def _gazetteer() -> Gazetteer:
    table = Table(source="test")
    # Two towns of one name; the Indian one is larger, so without evidence it wins.
    for gid, lat, lon, iso, admin1, population in (
        (1, 13.1, 13.8, "NG", "02", 9_000),
        (2, 21.2, 79.1, "IN", "16", 40_000),
    ):
        table.add(
            geonameid=gid, name="Baga", lat=lat, lon=lon, country=iso, admin1=admin1, fcode="PPL",
            population=population, names=[],
        )  # fmt: skip
    for gid, name, iso in ((3, "Nigeria", "NG"), (4, "India", "IN")):
        row = table.add(
            geonameid=gid, name=name, lat=9.0, lon=8.0, country=iso, admin1="", fcode="PCLI", population=1,
            names=[],
        )  # fmt: skip
        table.adjectives[name.lower() + "n"] = row  # "nigerian", "indian"
    continent = table.add(
        geonameid=5, name="Africa", lat=7.0, lon=21.0, country="", admin1="", fcode="CONT", population=1, names=[]
    )
    table.adjectives["african"] = continent
    return Gazetteer.from_table(table)


def test_resolve_demonyms_count_the_countries_named_by_adjective():
    text = "Nigerian troops and their African allies met an Indian envoy. Nigerian officials said so."
    assert demonym_countries(text, _gazetteer()) == {"NG": 2, "IN": 1}


def test_resolve_demonyms_place_a_town_in_the_report_s_country():
    gazetteer = _gazetteer()
    plain = "Troops retook Baga on Sunday."
    nigerian = "Nigerian troops retook Baga on Sunday."
    assert resolve_spans(plain, [(14, 18)], gazetteer)[0].country_code == "IN"
    assert resolve_spans(nigerian, [(23, 27)], gazetteer)[0].country_code == "NG"


def test_resolve_demonyms_a_lower_case_transliteration_is_no_name():
    # GeoNames lists "baga" (a transliteration) among an Indian town's names; a Nigerian report's
    # Baga, absent from the gazetteer, stays unresolved instead of going to India.
    table = Table(source="test")
    table.add(
        geonameid=1, name="Bargarh", lat=21.3, lon=83.6, country="IN", admin1="21", fcode="PPL",
        population=80_000, names=["Baragarh", "baga"],
    )  # fmt: skip
    table.add(
        geonameid=2, name="Maiduguri", lat=11.8, lon=13.2, country="NG", admin1="02", fcode="PPL",
        population=1_000_000, names=[],
    )  # fmt: skip
    gazetteer = Gazetteer.from_table(table)
    text = "Fighters overran a base in Baga, north of Maiduguri."
    baga, maiduguri = resolve_spans(text, [(27, 31), (42, 51)], gazetteer)
    assert baga.lat is None and maiduguri.country_code == "NG"
    assert resolve_spans("Protests in Baragarh.", [(12, 20)], gazetteer)[0].name == "Bargarh"
