"""Places the gazetteer lacks, located by the known place the text puts them in (records built
by hand; one sentence through the places stage)."""

import pytest

from faultlines.analysis import Analysis
from faultlines.gazetteer.contained import contain
from faultlines.records import CleanDocument, Event, Place, SourceDocument, Span
from faultlines.resources import Resources
from faultlines.stages.places import find_places


def _known(text: str, name: str, code: str, *, admin1: str | None = None, precision: int = 2) -> Place:
    start = text.index(name)
    return Place(
        start, start + len(name), name, geonameid=1, name=name, lat=31.0, lon=64.0, country_code="AF",
        admin1=admin1 or name, feature_code=code, precision=precision, score=0.9,
    )  # fmt: skip


def _unknown(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(start, start + len(name), name)


def test_contained_site_in_apposition_takes_the_division() -> None:
    text = "Gunmen stormed Camp Dwyer in Helmand Province on Monday."
    site, helmand = _unknown(text, "Camp Dwyer"), _known(text, "Helmand", "ADM1")
    placed = contain(text, [helmand], [site])
    camp = next(p for p in placed if p.text == "Camp Dwyer")
    assert (camp.lat, camp.lon, camp.country_code, camp.admin1) == (31.0, 64.0, "AF", "Helmand")
    assert camp.precision == 2 and camp.geonameid is None and camp.name == "Camp Dwyer"


def test_contained_district_lies_in_the_division_named_before() -> None:
    text = "Rockets hit Kunduz province on Monday. Clashes then broke out in Qala-e Zal district."
    kunduz, district = _known(text, "Kunduz", "ADM1"), _unknown(text, "Qala-e Zal")
    placed = contain(text, [kunduz, district])
    assert placed[1].lat == 31.0 and placed[1].admin1 == "Kunduz" and placed[1].precision == 2


def test_contained_province_is_not_put_in_another_province() -> None:
    text = "Rockets hit Kunduz province on Monday. Clashes then broke out in Takhar province."
    kunduz, takhar = _known(text, "Kunduz", "ADM1"), _unknown(text, "Takhar")
    assert contain(text, [kunduz, takhar])[1].lat is None


def test_contained_country_locates_nothing() -> None:
    text = "Militants attacked Camp Dwyer, Afghanistan, on Monday."
    site, country = _unknown(text, "Camp Dwyer"), _known(text, "Afghanistan", "PCLI", precision=3)
    assert contain(text, [country], [site]) == (country,)  # an unlocated site is dropped


@pytest.mark.slow
def test_contained_event_takes_the_district_its_clause_names(place_nlp, real_settings, real_gazetteer) -> None:
    text = (
        "Taliban fighters overran two checkpoints in Kunduz province on Monday. "
        "On Tuesday, militants attacked a police post in Qala-e Zal district, officials said."
    )
    t, s = text.index("attacked"), text.index("On Tuesday")
    event = Event(
        event_id="e", event_type="Violence against civilians", sub_event_type="Attack", kind="attack",
        modality="asserted", trigger=Span.of(text, t, t + 8), evidence=(Span.of(text, s, len(text)),),
    )  # fmt: skip
    source = SourceDocument(doc_id="d", source="test", text=text, text_hash="d")
    analysis = Analysis(clean=CleanDocument(source=source, body=text), doc=place_nlp(text), events=(event,))
    resources = Resources(
        settings=real_settings, nlp=place_nlp, gazetteer=real_gazetteer, actors=None, mention_model=None
    )
    (placed,) = find_places(analysis, resources).events
    assert placed.place is not None and placed.place.text == "Qala-e Zal"
    assert placed.place.admin1 == "Kunduz Province" and placed.place.precision == 2
