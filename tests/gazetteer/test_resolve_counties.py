"""US counties, missing from the place table, lie in the state that has one of that name."""

import pytest

from faultlines.gazetteer.counties import county_states
from faultlines.gazetteer.resolve import resolve_spans

pytestmark = pytest.mark.slow


def _resolve(text: str, names: list[str], gazetteer):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return resolve_spans(text, spans, gazetteer)


def test_resolve_counties_one_state_has_the_name(real_gazetteer) -> None:
    assert county_states("Metcalfe County") == ("Kentucky",)
    (place,) = _resolve("A barn burned down in Metcalfe County on Sunday.", ["Metcalfe County"], real_gazetteer)
    assert place.name == "Kentucky" and place.precision == 2 and place.text == "Metcalfe County"


def test_resolve_counties_the_document_picks_among_states(real_gazetteer) -> None:
    assert len(county_states("Pike County")) > 3
    text = "Two people died in a house fire in Pike County early Sunday, state police in Ohio said."
    county, state = _resolve(text, ["Pike County", "Ohio"], real_gazetteer)
    assert county.name == "Ohio" and state.name == "Ohio"
