"""Names that can mean neighbouring towns mean them, and a facility named after its town lies
in that town; on a hand-made table."""

from fixtures.gazetteer import gazetteer_of, resolve_names

_ROWS = [
    # geonameid, name, lat, lon, country, admin1, fcode, population
    (1, "Edmonton", 53.55, -113.47, "CA", "01", "PPL", 1_000_000),
    (2, "Edmonton", 51.62, -0.06, "GB", "ENG", "PPL", 82_000),
    (3, "Edmonton", 36.98, -85.61, "US", "KY", "PPL", 1_600),
    (4, "Enfield", 51.65, -0.08, "GB", "ENG", "PPL", 40_000),
    (5, "Enfield", 41.98, -72.59, "US", "CT", "PPL", 45_000),
    (6, "Vancouver", 49.25, -123.12, "CA", "02", "PPL", 630_000),
    (7, "Vancouver", 45.64, -122.66, "US", "WA", "PPL", 180_000),
    (8, "Canada", 60.1, -113.6, "CA", "", "PCLI", 38_000_000),
]


def _resolve(text: str, names: list[str]):
    return resolve_names(text, names, gazetteer_of(_ROWS))


def test_neighbours_two_names_that_can_be_neighbours_are():
    text = "Pupils from an Edmonton school planted a garden. The Enfield council paid for the seeds."
    edmonton, enfield = _resolve(text, ["Edmonton", "Enfield"])
    assert (edmonton.geonameid, enfield.geonameid) == (2, 4)


def test_neighbours_one_name_alone_is_the_largest_town():
    (edmonton,) = _resolve("Pupils from an Edmonton school planted a garden.", ["Edmonton"])
    assert edmonton.geonameid == 1


def test_neighbours_a_facility_named_after_its_town():
    text = "Hundreds rallied on the steps of the Vancouver Art Gallery, the first such rally in Canada."
    gallery, _ = _resolve(text, ["Vancouver Art Gallery", "Canada"])
    assert gallery.geonameid == 6 and gallery.text == "Vancouver Art Gallery" and gallery.precision == 2


def test_neighbours_a_facility_named_after_no_town_stays_unresolved():
    (hospital,) = _resolve("He was taken to Thomas Memorial Hospital.", ["Thomas Memorial Hospital"])
    assert hospital.lat is None


_SPELLINGS = [
    (11, "Dallas", 32.78, -96.81, "US", "TX", "PPL", 1_300_000, []),
    (12, "Dallesport", 45.62, -121.18, "US", "WA", "PPL", 1_200, ["North Dalles"]),
    (13, "Texas", 31.0, -100.0, "US", "TX", "ADM1", 29_000_000, []),
    (14, "Kitakata", 37.65, 139.87, "JP", "08", "PPL", 50_000, []),
    (15, "Japan", 35.69, 139.75, "JP", "", "PCLI", 126_000_000, []),
    (16, "Aizuwakamatsu", 37.49, 139.93, "JP", "08", "PPL", 120_000, []),
]


def _resolve_spellings(text: str, names: list[str]):
    return resolve_names(text, names, gazetteer_of(_SPELLINGS))


def test_neighbours_a_direction_before_a_town_comes_before_a_loose_spelling():
    text = "A man was shot in North Dallas, Texas police said."
    north_dallas, _ = _resolve_spellings(text, ["North Dallas", "Texas"])
    assert north_dallas.geonameid == 11 and north_dallas.lat > 32.78


def test_neighbours_a_loose_spelling_needs_a_place_near_it():
    # "Kitaakita" is spelled like Kitakata; naming Japan alone does not make it Kitakata ...
    text = "Officials in Japan said the birds in Kitaakita were culled."
    assert _resolve_spellings(text, ["Japan", "Kitaakita"])[1].lat is None
    # ... a town next to Kitakata does.
    text = "Officials in Aizuwakamatsu said the birds in Kitaakita were culled."
    assert _resolve_spellings(text, ["Aizuwakamatsu", "Kitaakita"])[1].geonameid == 14


_WATERS = [
    (21, "Pacific Ocean", 0.0, -160.0, "", "", "OCN", 0, ["Pacific"]),
    (22, "Pacific", 38.48, -90.74, "US", "MO", "PPL", 7_000, []),
    (23, "United States", 39.8, -98.5, "US", "", "PCLI", 330_000_000, []),
    (24, "The Bronx", 40.85, -73.87, "US", "NY", "PPL", 1_400_000, ["Bronx"]),
]


def _resolve_waters(text: str, names: list[str]):
    return resolve_names(text, names, gazetteer_of(_WATERS))


def test_neighbours_the_article_makes_a_name_the_sea_s():
    text = "The United States sent ships across the Pacific to the islands."
    assert _resolve_waters(text, ["United States", "Pacific"])[1].geonameid == 21
    text = "The United States sent a cargo train through Pacific on Monday."
    assert _resolve_waters(text, ["United States", "Pacific"])[1].geonameid == 22


def test_neighbours_a_town_named_with_the_article_keeps_it():
    text = "The United States census counted more people in the Bronx."
    assert _resolve_waters(text, ["United States", "Bronx"])[1].geonameid == 24


def test_neighbours_a_town_found_after_dropping_a_direction_needs_its_country_named():
    rows = [
        (31, "Kasai", 34.68, 135.0, "JP", "13", "PPL", 42_700),
        (32, "Democratic Republic of the Congo", -2.5, 23.5, "CD", "", "PCLI", 90_000_000),
        (33, "Japan", 35.69, 139.75, "JP", "", "PCLI", 126_000_000),
    ]
    gazetteer = gazetteer_of(rows)

    def resolve(text: str, names: list[str]):
        return resolve_names(text, names, gazetteer)

    text = "The Democratic Republic of the Congo reported new cases in West Kasai on Monday."
    assert resolve(text, ["Democratic Republic of the Congo", "West Kasai"])[1].lat is None
    text = "Japan reported new cases in West Kasai on Monday."
    assert resolve(text, ["Japan", "West Kasai"])[1].geonameid == 31
