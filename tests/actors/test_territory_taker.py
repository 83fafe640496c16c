"""Who took territory decides its type (ACLED): a side read as a rebel group, an identity militia or
an outside force overtook it, even when the words called it "forces"."""

from __future__ import annotations

import dataclasses

from records_factory import make_result

from faultlines.actors.acled_sides import NON_STATE_TAKER, acled_sides
from faultlines.records import EventActor


def _taken(actor1: EventActor):
    (event,) = make_result().events
    event = dataclasses.replace(
        event,
        event_type="Battles",
        sub_event_type="Government regains territory",
        kind="territory_taken",
        intra_group=False,
        actor1=actor1,
        actor2=EventActor("Islamic State", "isis", None, 2),
        type_rule="'regained' (capture): who took it decides: state forces",
    )
    return acled_sides(event, fallback_country="SY")


def test_a_rebel_group_that_regained_villages_overtook_them() -> None:
    event = _taken(EventActor("People's Protection Units", "ypg", None, 2))
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.type_rule.endswith(NON_STATE_TAKER)


def test_state_forces_that_regained_a_town_keep_the_governments_type() -> None:
    event = _taken(EventActor("Military Forces of Syria", "military:SY", None, 1))
    assert event.sub_event_type == "Government regains territory"


def test_another_countrys_troops_that_seized_a_town_made_a_non_state_gain() -> None:
    turkish = EventActor("Military Forces of Turkey", "turkey_military", None, 1)
    event = _taken(turkish)  # the event's place is in Syria
    assert event.sub_event_type == "Government regains territory"  # without knowing its home
    homes = {"turkey_military": "TR"}
    (base,) = make_result().events
    event = dataclasses.replace(
        base,
        event_type="Battles",
        sub_event_type="Government regains territory",
        actor1=turkish,
        type_rule="'seized' (capture): who took it decides: state forces",
    )
    assert acled_sides(event, "SY", homes.get).sub_event_type == "Non-state actor overtakes territory"
    syrian = dataclasses.replace(event, actor1=EventActor("Military Forces of Syria", "military:SY", None, 1))
    assert acled_sides(syrian, "SY", homes.get).sub_event_type == "Government regains territory"
