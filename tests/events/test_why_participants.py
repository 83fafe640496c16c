"""The participants of an event (perpetrator, victim, target, weapon) say why they are: the link
in the parse from the trigger to the first phrase of each role, with that phrase's words."""

from __future__ import annotations

import pytest

from faultlines.events.build import WEAPON_IN_CLAUSE
from faultlines.records import Choice, Event

pytestmark = pytest.mark.slow


def _why(event: Event) -> dict[str, Choice]:
    return {c.argument: c for c in event.why}


def test_each_role_names_its_link_to_the_trigger_and_its_first_phrase(events_of) -> None:
    text = "Gunmen attacked a police checkpoint with rifles on Monday, killing two officers."
    event = next(e for e in events_of(text) if e.trigger.text == "attacked")
    why = _why(event)
    assert why["perpetrator"].rule == "agent of 'attacked' (subject)"
    assert why["target"].rule == "patient of 'attacked' (object)"
    assert why["victim"].rule == "patient of 'killing' (object)"
    assert why["weapon"].rule == WEAPON_IN_CLAUSE  # 'with rifles' hangs on the noun here, not the verb
    for role in ("perpetrator", "victim", "target", "weapon"):
        choice = why[role]
        first = getattr(event.arguments, role)[0]
        assert (choice.start, choice.end, choice.text) == (first.start, first.end, first.text)
        assert text[choice.start : choice.end] == choice.text


def test_a_weapon_named_only_in_the_triggers_clause_says_so(events_of, only) -> None:
    text = "A roadside bomb exploded near a bus station in the town on Sunday, wounding four soldiers."
    event = only(events_of(text), sub_event_type="Remote explosive/landmine/IED")
    assert event.arguments.weapon, event.arguments
    assert _why(event)["weapon"] == Choice("weapon", WEAPON_IN_CLAUSE, 2, 15, "roadside bomb")


def test_an_event_without_participants_has_no_choice_for_them(events_of) -> None:
    for event in events_of("Heavy fighting was reported on Tuesday."):
        assert not {"perpetrator", "victim", "target", "weapon"} & set(_why(event))
