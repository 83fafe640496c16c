"""A person named with no actor and no role is a civilian: ACLED names private people only in its
notes, never as an actor."""

from __future__ import annotations

import pytest

from faultlines.events.categories import PartyClass
from faultlines.events.participants import Party
from faultlines.events.sides import default_actor


def _no_record(actor_id: str) -> tuple[None, None]:
    return None, None


@pytest.mark.parametrize("cls", [PartyClass.PERSON, PartyClass.CIVILIAN])
def test_a_private_person_is_a_civilian(cls: PartyClass) -> None:
    party = Party(0, 0, 9, "Umm Ahmed", cls)
    assert default_actor(party, _no_record).name == "Civilians"
    assert default_actor(party, _no_record).inter == 7


def test_an_armed_group_named_in_words_keeps_its_words() -> None:
    party = Party(0, 0, 19, "the Southern Hawks", PartyClass.ARMED)
    assert default_actor(party, _no_record).name == "the Southern Hawks"
