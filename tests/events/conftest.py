"""Fixtures for the events tests: sentences we wrote, read by plain spaCy and the events stage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from faultlines.records import Event
from faultlines.stages.events import extract_events


@dataclass(frozen=True)
class FakeActor:
    name: str
    inter: int


class FakeKB:
    """A tiny stand-in for the actor knowledge base: ``get(actor_id)`` and nothing else."""

    def __init__(self, actors: dict[str, FakeActor]) -> None:
        self._actors = actors

    def get(self, actor_id: str) -> FakeActor | None:
        return self._actors.get(actor_id)


@dataclass(frozen=True)
class FakeResources:
    actors: FakeKB


@pytest.fixture
def fake_resources() -> FakeResources:
    return FakeResources(
        FakeKB({"isis": FakeActor("Islamic State", 2), "sdf": FakeActor("Syrian Democratic Forces", 2)})
    )


@pytest.fixture
def events_of(analysis_of) -> Callable[[str], tuple[Event, ...]]:
    """The events of a text, with no actor records (the stage's fallback path)."""

    def read(text: str) -> tuple[Event, ...]:
        return extract_events(analysis_of(text), None)

    return read


def find_event(events: tuple[Event, ...], **wanted: object) -> Event:
    """The first event whose fields have the wanted values (fails saying what was found instead)."""
    found = [e for e in events if all(getattr(e, k) == v for k, v in wanted.items())]
    summary = [(e.sub_event_type, e.kind, e.modality, e.trigger.text) for e in events]
    assert found, f"no event with {wanted}; found {summary}"
    return found[0]


@pytest.fixture
def only() -> Callable[..., Event]:
    return find_event
