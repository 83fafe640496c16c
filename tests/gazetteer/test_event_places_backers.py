"""Who backs, leads or hosts a side is no scene: "Iran-backed", "U.S.-led", "London-based" say whose a
body is, so an event told with them takes the place its clause names. Through the product's pipeline."""

from __future__ import annotations

import pytest

from faultlines.config import Settings
from faultlines.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Government forces recaptured villages in Radman district after clashes with the Iran-backed militia, "
        "Yemen's defence ministry said.",
        "The U.S.-led coalition struck militant positions near the town of Hajin in eastern Syria on Monday.",
    ],
)
def test_a_backer_named_as_an_adjective_is_not_where_it_happened(text: str) -> None:
    (analysis,) = Pipeline.from_settings(Settings()).analyse([("d", text)])
    assert analysis.events
    for event in analysis.events:
        assert event.place is None or event.place.country_code not in ("IR", "US"), event.place
