"""A toll told later in a report joins its incident when the only time in its sentence is the time
of a saying ("in a statement on Monday") or a part of the day ("overnight"); and the outlet in a
dateline is nobody's side. On a report written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

REPORT = (
    "BEIRUT, June 2 (Levant Wire) - A car bomb exploded at a checkpoint in the town of Azaz on Sunday, "
    "killing at least nine people, a monitoring group said.\n\n"
    "The town's council gave a higher toll of 15 dead, saying in a statement on Monday that rescuers had "
    "found more bodies under the rubble overnight.\n"
)


def test_a_toll_dated_only_by_its_statement_joins_the_incident(events_of) -> None:
    bombings = [e for e in events_of(REPORT) if e.event_type == "Explosions/Remote violence"]
    assert len(bombings) == 1, [(e.trigger.text, e.sub_event_type) for e in bombings]
    assert len(bombings[0].evidence) == 2


def test_the_outlet_of_a_dateline_is_no_side(events_of) -> None:
    # The parser may hang the outlet on the dateline's city as its apposition ("AMMAN ... (Levant Wire)")
    (strike,) = events_of("AMMAN, May 14 (Levant Wire) – An air strike on a market killed 12 civilians on Sunday.")
    assert not any("Levant" in s.text or "AMMAN" in s.text for s in strike.arguments.perpetrator)
    assert strike.actor1 is None or "Levant" not in strike.actor1.name


def test_a_name_in_capitals_opening_a_sentence_is_no_dateline_without_its_dash(events_of) -> None:
    # "HTS, an alliance ..." looks like "GOMA, Congo ..." until no dash follows (al-Nusra's hyphen is none)
    text = "HTS, an alliance whose core is the former Jabhat al-Nusra, seized the border crossing last week."
    (taken,) = [e for e in events_of(text) if e.trigger.text == "seized"]
    assert [s.text for s in taken.arguments.perpetrator] == ["HTS"]
