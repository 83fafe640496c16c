"""A capital is named more often than its namesakes, but only under its own name: a city whose
own name is an old name of a capital ("Philadelphia", once Amman) is the city."""

from faultlines.gazetteer.build import Table
from faultlines.gazetteer.index import Gazetteer
from faultlines.gazetteer.resolve import resolve_spans


def _gazetteer() -> Gazetteer:
    table = Table(source="test")
    table.add(
        geonameid=1, name="Amman", lat=31.95, lon=35.93, country="JO", admin1="11", fcode="PPLC",
        population=1_900_000, names=["Philadelphia"],
    )  # fmt: skip
    table.add(
        geonameid=2, name="Philadelphia", lat=39.95, lon=-75.16, country="US", admin1="PA", fcode="PPL",
        population=1_500_000, names=[],
    )  # fmt: skip
    return Gazetteer.from_table(table)


def test_resolve_capitals_bonus_needs_the_capital_s_own_name():
    gazetteer = _gazetteer()
    assert resolve_spans("A man was shot in Philadelphia.", [(18, 30)], gazetteer)[0].country_code == "US"
    assert resolve_spans("Talks were held in Amman.", [(19, 24)], gazetteer)[0].country_code == "JO"
