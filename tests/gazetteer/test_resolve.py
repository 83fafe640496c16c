"""Resolution on a hand-made gazetteer (see tests/fixtures/gazetteer.py, PLACES): context, precision, refusals."""

from fixtures.gazetteer import resolve_names as _resolve

from faultlines.gazetteer.geo import distance_km


def test_resolve_keeps_offsets_and_text(small_gazetteer):
    text = "Rockets fell on Manbij."
    (place,) = _resolve(text, ["Manbij"], small_gazetteer)
    assert text[place.start : place.end] == place.text == "Manbij"
    assert place.geonameid == 7 and place.precision == 1 and 0 < place.score <= 1


def test_resolve_tripoli_libya_by_default(small_gazetteer):
    (place,) = _resolve("Militias clashed in Tripoli on Friday.", ["Tripoli"], small_gazetteer)
    assert place.country_code == "LY"


def test_resolve_tripoli_lebanon_from_document_context(small_gazetteer):
    text = "Protesters gathered in Beirut, then marched in Tripoli, the second city of Lebanon."
    places = _resolve(text, ["Beirut", "Tripoli", "Lebanon"], small_gazetteer)
    assert places[1].country_code == "LB"


def test_resolve_tripoli_from_apposition(small_gazetteer):
    places = _resolve("Gunmen attacked a checkpoint in Tripoli, Lebanon.", ["Tripoli", "Lebanon"], small_gazetteer)
    assert places[0].country_code == "LB"


def test_resolve_country_mention_has_precision_3(small_gazetteer):
    (place,) = _resolve("The ceasefire in Syria held.", ["Syria"], small_gazetteer)
    assert place.feature_code == "PCLI" and place.precision == 3


def test_resolve_region_of_country_has_precision_2(small_gazetteer):
    (place,) = _resolve("Airstrikes hit eastern Syria.", ["Syria"], small_gazetteer)
    assert place.precision == 2 and place.lon > 38.0


def test_resolve_unknown_village_stays_unresolved(small_gazetteer):
    text = "Fighters entered Kafr Zaytun near Idlib and Aleppo."
    places = _resolve(text, ["Kafr Zaytun", "Idlib", "Aleppo"], small_gazetteer)
    assert places[0].geonameid is None and places[0].lat is None


def test_resolve_namesake_foreign_village_is_not_snapped(small_gazetteer):
    # "Qarfashoun" is only an alternate name of a small Maltese town; the document is about Syria.
    text = "The group withdrew from Qarfashoun towards Manbij and Jarablus."
    places = _resolve(text, ["Qarfashoun", "Manbij", "Jarablus"], small_gazetteer)
    assert places[0].lat is None


def test_resolve_two_spellings_give_one_place(small_gazetteer):
    text = "Fighters left Hatimlat; later the front moved near Hatmilat, north of Aleppo."
    places = _resolve(text, ["Hatimlat", "Hatmilat", "Aleppo"], small_gazetteer)
    assert places[0].name == places[1].name == "Ihtimilat"


def test_resolve_transliteration_variant_with_support(small_gazetteer):
    places = _resolve("Clashes in Deir Ezzor and Raqqa.", ["Deir Ezzor", "Raqqa"], small_gazetteer)
    assert places[0].geonameid == 9 and places[1].geonameid == 8


def test_resolve_town_preferred_over_its_namesake_division(small_gazetteer):
    (place,) = _resolve("Rebels shelled Aleppo.", ["Aleppo"], small_gazetteer)
    assert place.feature_code == "PPL" and place.precision == 1


def test_resolve_province_words_pick_the_division(small_gazetteer):
    (place,) = _resolve("Rebels hold most of Idlib province.", ["Idlib"], small_gazetteer)
    assert place.feature_code == "ADM1" and place.precision == 2


def test_resolve_countryside_has_precision_2(small_gazetteer):
    (place,) = _resolve("Troops advanced in the Aleppo countryside.", ["Aleppo"], small_gazetteer)
    assert place.precision == 2 and place.admin1 == "Aleppo"


def test_resolve_offset_moves_the_point(small_gazetteer):
    (place,) = _resolve("A drone struck 20 km east of Manbij.", ["Manbij"], small_gazetteer)
    assert place.precision == 2
    assert 19 < distance_km(36.528, 37.955, place.lat, place.lon) < 21 and place.lon > 37.955


def test_resolve_adjective_means_the_country(small_gazetteer):
    (place,) = _resolve("Syrian forces advanced.", ["Syrian"], small_gazetteer)
    assert place.country_code == "SY" and place.precision == 3
