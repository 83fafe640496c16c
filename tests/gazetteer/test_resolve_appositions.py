"""What an apposition ("NEWARK, N.J.", "Bronx, New York") settles, a state's office after its
name, and counties that many states share, on a hand-made table."""

from fixtures.gazetteer import gazetteer_of, resolve_names

_ROWS = [
    # geonameid, name, lat, lon, country, admin1, fcode, population, other names
    (1, "New Jersey", 40.1, -74.5, "US", "NJ", "ADM1", 9_000_000, ["N.J."]),
    (2, "Newark", 40.74, -74.17, "US", "NJ", "PPL", 280_000, []),
    (3, "Newark", 53.08, -0.81, "GB", "ENG", "PPL", 30_000, []),
    (4, "Newark", 37.53, -122.04, "US", "CA", "PPL", 45_000, []),
    (5, "California", 37.0, -120.0, "US", "CA", "ADM1", 39_000_000, []),
    (6, "Missouri", 38.4, -92.5, "US", "MO", "ADM1", 6_000_000, ["Mo."]),
    (7, "Holliday", 33.82, -98.7, "US", "TX", "PPL", 1_700, []),
    (8, "Texas", 31.0, -100.0, "US", "TX", "ADM1", 29_000_000, []),
    (9, "Alabama", 32.7, -86.9, "US", "AL", "ADM1", 5_000_000, []),
    (10, "United States", 39.8, -98.5, "US", "", "PCLI", 330_000_000, []),
    (11, "Fremont", 37.55, -121.99, "US", "CA", "PPL", 230_000, []),
    (12, "New York", 43.0, -75.5, "US", "NY", "ADM1", 20_000_000, []),
    (13, "New York City", 40.71, -74.01, "US", "NY", "PPL", 8_800_000, ["New York"]),
    (14, "The Bronx", 40.85, -73.87, "US", "NY", "PPL", 1_400_000, ["Bronx"]),
    (15, "Afghanistan", 33.0, 65.0, "AF", "", "PCLI", 38_000_000, []),
    (16, "Kandahār", 31.61, 65.71, "AF", "23", "PPL", 390_000, ["Kandahar"]),
    (17, "Kandahar Province", 31.0, 65.75, "AF", "23", "ADM1", 1_200_000, ["Kandahar"]),
]


def _resolve(text: str, names: list[str]):
    return resolve_names(text, names, gazetteer_of(_ROWS))


def test_appositions_a_dateline_settles_the_name_for_the_whole_report():
    # Without the dateline, the later "Newark" would be the one next to Fremont, California.
    text = (
        "NEWARK, N.J. (AP) - A woman booked to Paris landed in Fremont, California, instead. "
        "Police in California said she had flown from Newark last month."
    )
    places = _resolve(text, ["NEWARK", "N.J.", "Fremont", "California", "California", "Newark"])
    assert places[0].geonameid == places[5].geonameid == 2


def test_appositions_a_village_the_table_lacks_lies_in_the_named_state():
    text = "HOLLIDAY, Mo. - A man was arrested after a crash near Holliday on Friday."
    places = _resolve(text, ["HOLLIDAY", "Mo.", "Holliday"])
    assert places[0].name == places[2].name == "Missouri" and places[0].precision == 2


def test_appositions_a_town_of_another_country_is_left_to_the_context():
    # "Newark, Nottinghamshire": the division is not in the table, so nothing is settled by it.
    text = "Flooding closed roads around Newark, in England's east, and in Newark, California."
    places = _resolve(text, ["Newark", "Newark", "California"])
    assert places[1].geonameid == 4


def test_appositions_the_state_most_of_the_report_is_in_takes_a_shared_county():
    # Monroe and Marion counties exist in Missouri and Alabama; Missouri is named twice.
    text = (
        "A Missouri man was arrested in Monroe County after a crash in Marion County, the "
        "Missouri State Highway Patrol said."
    )
    _, monroe, marion, _ = _resolve(text, ["Missouri", "Monroe County", "Marion County", "Missouri"])
    assert monroe.admin1 == marion.admin1 == "Missouri"


def test_appositions_the_name_after_a_town_is_the_wider_place_that_holds_it():
    text = "He was treated at a hospital in Bronx, New York, on Monday."
    assert _resolve(text, ["Bronx", "New York"])[1].geonameid == 12


def test_appositions_new_york_alone_is_the_city():
    assert _resolve("He flew to New York on Monday.", ["New York"])[0].geonameid == 13


def test_appositions_a_state_s_office_after_the_name_makes_it_the_state():
    text = "Former New York Gov. Mario Cuomo died on Thursday."
    assert _resolve(text, ["New York"])[0].geonameid == 12


def test_appositions_a_repeated_name_with_words_of_its_own_keeps_them():
    text = "KANDAHAR, Afghanistan - Two soldiers died in blasts in Kandahar province on Friday."
    places = _resolve(text, ["KANDAHAR", "Afghanistan", "Kandahar"])
    assert (places[0].geonameid, places[2].geonameid) == (16, 17)
