"""Which of several places bearing a name a report means, on a hand-made table: a division or
its namesake town, lists of countries or of states read as lists, the capital of a country the
report names, and a US county placed at the town it is named after."""

from fixtures.gazetteer import gazetteer_of, resolve_names

_ROWS = [
    # geonameid, name, lat, lon, country, admin1, fcode, population, other names
    (1, "Quebec", 52.0, -72.0, "CA", "10", "ADM1", 8_000_000, []),
    (2, "Québec", 46.81, -71.21, "CA", "10", "PPL", 530_000, ["Quebec City"]),
    (3, "Montreal", 45.51, -73.59, "CA", "10", "PPL", 1_700_000, []),
    (4, "Delaware", 39.0, -75.5, "US", "DE", "ADM1", 900_000, []),
    (5, "Delaware", 40.3, -83.07, "US", "OH", "PPL", 40_000, []),
    (6, "Washington", 47.5, -120.5, "US", "WA", "ADM1", 7_000_000, []),
    (7, "Washington", 38.9, -77.04, "US", "DC", "PPLC", 690_000, []),
    (8, "China", 35.0, 104.0, "CN", "", "PCLI", 1_400_000_000, []),
    (9, "China", 33.9, 130.9, "JP", "40", "PPL", 6_000, []),
    (10, "Japan", 35.69, 139.75, "JP", "", "PCLI", 126_000_000, []),
    (11, "Mexico", 23.0, -102.0, "MX", "", "PCLI", 126_000_000, []),
    (12, "France", 46.0, 2.0, "FR", "", "PCLI", 67_000_000, []),
    (13, "Paris", 48.85, 2.35, "FR", "11", "PPLC", 2_100_000, []),
    (14, "Paris", 38.21, -84.25, "US", "KY", "PPL", 9_800, []),
    (15, "Georgetown", 38.21, -84.56, "US", "KY", "PPL", 33_000, []),
    (16, "Kentucky", 37.5, -85.0, "US", "KY", "ADM1", 4_500_000, []),
    (17, "Texas", 31.0, -100.0, "US", "TX", "ADM1", 29_000_000, []),
    (18, "Dallas", 32.78, -96.81, "US", "TX", "PPL", 1_300_000, []),
    (19, "Metcalfe", 32.0, -95.0, "US", "AL", "PPL", 900, []),  # not in Kentucky
    (20, "Oregon", 44.0, -120.5, "US", "OR", "ADM1", 4_200_000, []),
    (21, "Idaho", 44.6, -114.7, "US", "ID", "ADM1", 1_900_000, []),
    (22, "Virginia", 37.5, -78.9, "US", "VA", "ADM1", 8_600_000, []),
    (23, "West Virginia", 38.6, -80.6, "US", "WV", "ADM1", 1_800_000, []),
    (24, "Washington", 39.25, -81.67, "US", "WV", "PPL", 1_200, []),
]


def _resolve(text: str, names: list[str]):
    divisions = {("CA", "10"): "Quebec", ("US", "KY"): "Kentucky", ("US", "TX"): "Texas"}
    return resolve_names(text, names, gazetteer_of(_ROWS, divisions))


def test_namesakes_a_town_that_is_not_the_division_s_centre_does_not_stand_for_it():
    (place,) = _resolve("Hospitals across Quebec cancelled surgeries on Monday.", ["Quebec"])
    assert place.geonameid == 1 and place.precision == 2


def test_namesakes_a_town_of_another_state_does_not_stand_for_a_state():
    (place,) = _resolve("A tornado touched down in Delaware overnight.", ["Delaware"])
    assert place.geonameid == 4


def test_namesakes_the_capital_still_stands_for_its_namesake_state():
    (place,) = _resolve("Officials in Washington said talks would resume.", ["Washington"])
    assert place.geonameid == 7


def test_namesakes_a_list_of_countries_is_no_apposition():
    text = "Cases were confirmed in Mexico, China, Japan and elsewhere."
    places = _resolve(text, ["Mexico", "China", "Japan"])
    assert [p.geonameid for p in places] == [11, 8, 10]


def test_namesakes_the_capital_of_a_named_country():
    text = (
        "GEORGETOWN, Ky. - A doctor from Georgetown is in France on a family trip. A gunman opened "
        "fire on police in Paris on Thursday, she said by phone from Kentucky."
    )
    places = _resolve(text, ["GEORGETOWN", "Georgetown", "France", "Paris", "Kentucky"])
    assert places[3].geonameid == 13


def test_namesakes_a_paris_near_the_report_s_town_without_france():
    text = "GEORGETOWN, Ky. - A barn burned down near Paris, Kentucky, on Sunday."
    places = _resolve(text, ["GEORGETOWN", "Paris", "Kentucky"])
    assert places[1].geonameid == 14


def test_namesakes_a_county_lies_at_the_town_it_is_named_after():
    (place,) = _resolve("Deputies in Dallas County arrested two men.", ["Dallas County"])
    assert (place.name, place.feature_code, place.precision, place.geonameid) == ("Dallas County", "ADM2", 2, None)
    assert (round(place.lat, 2), round(place.lon, 2), place.admin1) == (32.78, -96.81, "Texas")


def test_namesakes_an_item_of_a_list_of_states_is_a_state():
    text = "Cases were reported in Oregon, Washington and Idaho."
    assert [p.geonameid for p in _resolve(text, ["Oregon", "Washington", "Idaho"])] == [20, 6, 21]


def test_namesakes_a_list_of_states_is_no_apposition():
    # Not Washington, West Virginia: the next item of the list is no wider place of this one.
    text = "Recalls reached Virginia, Washington, West Virginia and Wyoming."
    places = _resolve(text, ["Virginia", "Washington", "West Virginia"])
    assert places[1].geonameid == 6
