"""What a modality word covers: failing undoes what it takes as object, not what is told with it;
a try that is forecast was not made; being capable of attacks is no attack."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_an_arrest_told_with_a_foiled_bombing_was_made(events_of) -> None:
    events = events_of("Soldiers foiled a bombing at a checkpoint on Monday, arresting two men with explosive belts.")
    modality = {e.sub_event_type: e.modality for e in events}
    assert modality["Arrests"] == "asserted", modality
    assert "attempted_failed" in modality.values(), modality


def test_a_forecast_try_is_a_forecast(events_of) -> None:
    events = events_of("The militants will likely try to attack a polling station on Saturday, analysts said.")
    assert [e.modality for e in events] == ["forecast"], [(e.trigger.text, e.modality) for e in events]


def test_being_capable_of_attacks_is_no_attack(events_of) -> None:
    assert events_of("Militant cells in the province remain capable of small attacks, analysts say.") == ()


def test_an_item_of_a_forecast_list_is_forecast_too(events_of) -> None:
    text = "Its fighters will likely turn to raids, assassinations and roadside bombs in the desert, researchers say."
    events = events_of(text)
    assert events and all(e.modality == "forecast" for e in events), [(e.trigger.text, e.modality) for e in events]


def test_people_taken_along_are_not_abducted(events_of) -> None:
    text = "The commander defected to a rival faction on Sunday, taking 80 fighters and their weapons with him."
    kinds = [e.sub_event_type for e in events_of(text)]
    assert "Abduction/forced disappearance" not in kinds, kinds


def test_people_seized_and_taken_along_by_gunmen_are_abducted(events_of) -> None:
    kinds = [
        e.sub_event_type for e in events_of("Gunmen seized 12 passengers from a bus on Sunday and took them with them.")
    ]
    assert "Abduction/forced disappearance" in kinds, kinds
