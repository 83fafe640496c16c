"""The typed-mentions stage: every reference to a person, an organisation, a location or a
nationality, by name, description or pronoun ("ISIL", "the regime", "a local physician", "we").

Candidates are noun phrases, names and pronouns of the parse; the bundled mention model
(:mod:`faultlines.actors.mention_model`, fitted on re3d's train split) types them from features
that name no one (:mod:`faultlines.actors.mention_types`); the best non-overlapping ones are
kept, each with the actor the actors stage linked it to. ``faultlines eval re3d`` scores this
output.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from faultlines.actors.mention_types import actor_kinds, typed_spans
from faultlines.records import TypedMention
from faultlines.registry import stage

if TYPE_CHECKING:
    from faultlines.analysis import ActorMention, Analysis
    from faultlines.resources import Resources

NAME = "faultlines.mentions.v1"


@lru_cache(maxsize=4)
def _kinds(kb: Any) -> dict[str, str]:
    return actor_kinds(kb)


@stage(NAME, reads=("doc", "mentions"), writes=("typed_mentions",), needs=("actors", "mention_model"))
def find_typed_mentions(analysis: Analysis, resources: Resources) -> Analysis:
    doc, text = analysis.doc, analysis.text
    kinds, model = _kinds(resources.actors), resources.mention_model
    found = []
    for start, end, label, probability in typed_spans(doc, analysis.mentions, kinds, model):
        span = doc[start:end]
        begin, finish = span.start_char, span.end_char
        actor = actor_of_span(analysis.mentions, begin, finish, head=span.root.idx)
        found.append(TypedMention(begin, finish, text[begin:finish], label, actor, round(probability, 3)))
    return dataclasses.replace(analysis, typed_mentions=tuple(found))


def actor_of_span(mentions: tuple[ActorMention, ...], start: int, end: int, *, head: int) -> str | None:
    """The actor a typed span names: that of the actor-stage mention at its head word ("ISIS" in
    "ISIS", "fighters" of ISIS in "ISIS fighters"), else the one actor all mentions inside it
    name ("the ISIS commander"), else none."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    at_head = [m for m in inside if m.start <= head < m.end]
    if at_head:
        return at_head[0].actor_id
    named = {m.actor_id for m in inside}
    return named.pop() if len(named) == 1 else None
