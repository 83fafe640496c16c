"""The working state of one document inside the extraction stages.

An :class:`Analysis` holds the cleaned document, its spaCy ``Doc`` and what the stages found so
far. Stages never mutate it: each returns a new one with ``dataclasses.replace``. The spaCy
``Doc`` stays inside the worker process; only the :class:`~faultlines.records.DocumentResult`
built from an Analysis travels back to the writer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from faultlines.records import (
    Actor,
    Claim,
    CleanDocument,
    Entity,
    Event,
    Failure,
    HeldBack,
    Place,
    TypedMention,
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A stretch of text that refers to an actor (by name, by reference, or as a faction of it).

    ``how`` is "name" (an alias), "reference" ("the group", "they"), "faction" ("foreign
    fighters" of ``actor_id``), "person" (a named person whose organisation is ``actor_id``)
    or "generic" (an unnamed ACLED-style actor such as "Civilians (Syria)").
    """

    start: int
    end: int
    text: str
    actor_id: str
    how: str = "name"
    faction: str | None = None
    role: str | None = None  # for people: "leader", "commander", "spokesman", ...


@dataclass(frozen=True, slots=True)
class Analysis:
    clean: CleanDocument
    doc: Any  # spacy.tokens.Doc; Any keeps spaCy out of the records' import graph
    entities: tuple[Entity, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    typed_mentions: tuple[TypedMention, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    held_back: tuple[HeldBack, ...] = ()  # event mentions kept out of `events`, with why
    claims: tuple[Claim, ...] = ()
    failures: tuple[Failure, ...] = ()

    @property
    def text(self) -> str:
        return self.clean.source.text

    @property
    def published(self) -> str | None:
        return self.clean.source.published
