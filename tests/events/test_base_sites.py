"""A base set up is an event; a base named is not: "overran a military base" tells a base taken,
and only a verb of setting up (or "new") tells one established."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

BASE = "Headquarters or base established"


@pytest.mark.parametrize(
    "text",
    [
        "Militants overran a military base near the town of Kora on Friday.",
        "Troops at an observation post on the ridge came under fire on Monday.",
        "Government forces retook the airport and a nearby military base last week.",
    ],
)
def test_a_site_named_is_no_base_established(events_of, text: str) -> None:
    assert not [e for e in events_of(text) if e.sub_event_type == BASE]


@pytest.mark.parametrize(
    "text",
    [
        "The army set up a new observation post on the ridge on Monday.",
        "The militia established a base in the hills above the town last week.",
    ],
)
def test_a_site_set_up_is_a_base_established(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.sub_event_type == BASE]
