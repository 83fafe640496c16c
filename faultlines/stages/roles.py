"""The roles stage: after the events stage, the role model (:mod:`faultlines.events.role_model`,
fitted on MUC-4's train split) chooses the perpetrators, targets and weapons of each attack,
bombing, kidnapping or clash, and adds the victims the rules left out.

Roles are the document's (MUC-4's): a phrase the model gives a role joins the event whose evidence
holds one of its occurrences, else the nearest such event. The rules' perpetrators, targets and
weapons the model did not choose are left out; the victims the rules found stay. Each argument the
model touched says so in the event's ``why``: "role model: 'fmln' organisation p=0.91; not 'the
house'". The sides (actor1, actor2) are the events stage's and do not change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from faultlines.events.role_features import (
    ARGUMENT_OF,
    PERP_IND,
    PERP_ORG,
    ROLE_EVENT_TYPES,
    ROLE_MODALITIES,
    Candidate,
    candidates,
    key_of,
)
from faultlines.events.role_model import Filler, load_bundled
from faultlines.records import Choice, Event, Span, with_choice
from faultlines.registry import stage

if TYPE_CHECKING:
    from faultlines.analysis import Analysis
    from faultlines.resources import Resources

NAME = "faultlines.roles.v1"
_ARGUMENTS = ("perpetrator", "victim", "target", "weapon")
# the arguments whose rule-given spans the model's choices replace: victims stay (on MUC-4 the rules'
# victims are as good as the model's, and cross-document matching reads their names)
_REPLACED = ("perpetrator", "target", "weapon")
# how the model's "why" tells a perpetrator organisation from individuals (read by the MUC-4 scorer)
_KIND = {PERP_ORG: " organisation", PERP_IND: " individual"}


@stage(NAME, reads=("doc", "events"), writes=("events",))
def fill_roles(analysis: Analysis, resources: Resources) -> Analysis:
    found = candidates_of(analysis.doc, analysis.events)
    if not found:
        return analysis
    return dataclasses.replace(analysis, events=assign(analysis.events, load_bundled().fillers(found)))


def candidates_of(doc: Any, events: Sequence[Event]) -> list[Candidate]:
    """The phrases the model reads, none when no event takes roles (the features are not built)."""
    return candidates(doc, events) if any(_takes_roles(e) for e in events) else []


def _takes_roles(event: Event) -> bool:
    return event.sub_event_type in ROLE_EVENT_TYPES and event.modality in ROLE_MODALITIES


# The side whose words a rule-given argument may share (and so keep when the model chose none)
_SIDE_OF = {"perpetrator": "actor1"}


def assign(events: Sequence[Event], fillers: Sequence[Filler]) -> tuple[Event, ...]:
    """``events`` with each filler added to one event that takes roles (see the module's doc).
    Where the model chose a perpetrator, target or weapon for an event, the rules' others of that
    argument are left out (on MUC-4's training split, keeping them costs more precision than they
    bring); where it chose none, the rules' stay ("IS beheaded two men": the rules' 'IS')."""
    takers = [n for n, e in enumerate(events) if _takes_roles(e)]
    if not takers:
        return tuple(events)
    result = list(events)
    added: dict[int, dict[str, list[tuple[Filler, Span]]]] = {}
    for filler in fillers:
        n, span = _home(result, takers, filler.candidate.spans)
        mine = added.setdefault(n, {}).setdefault(ARGUMENT_OF[filler.role], [])
        if all(f.candidate.key != filler.candidate.key for f, _ in mine):
            mine.append((filler, span))
    for n in takers:
        result[n] = _with_fillers(result[n], added.get(n, {}))
    return tuple(result)


def _with_fillers(event: Event, added: dict[str, list[tuple[Filler, Span]]]) -> Event:
    """``event`` with the model's fillers of each argument, and the reason in its ``why``."""
    for argument in _ARGUMENTS:
        mine = added.get(argument, [])
        rules = getattr(event.arguments, argument)
        if not mine:
            # the model chose nothing here: of the rules' spans, only the side's own words stay
            # ("IS beheaded two men": actor1 was read from 'IS'); on MUC-4 the others cost more than they bring
            event = _only_the_sides_words(event, argument, rules)
            continue
        chosen = {f.candidate.key for f, _ in mine}
        replaced = argument in _REPLACED  # the model's own spans, with its reading, stand for the rules'
        gone = [s for s in rules if key_of(s.text) not in chosen] if replaced else []
        now = () if replaced else rules
        have = {key_of(s.text) for s in now}
        mine = [(f, s) for f, s in mine if f.candidate.key not in have]
        if not mine and not gone:
            continue
        merged = tuple(sorted((*now, *(s for _, s in mine)), key=lambda s: s.start))
        event = dataclasses.replace(event, arguments=dataclasses.replace(event.arguments, **{argument: merged}))
        said = [f"'{s.text}'{_KIND.get(f.role, '')} p={f.probability:.2f}" for f, s in mine]
        said += [f"not '{s.text}'" for s in gone]
        first = mine[0][1] if mine else gone[0]
        rule = "role model: " + "; ".join(said)
        earlier = next((c for c in event.why if c.argument == argument), None)
        if earlier is not None and now:  # the rules' victims stay: so does their reason, first
            rule = f"{earlier.rule}; {rule}"
            first = Span(earlier.start, earlier.end, earlier.text or "") if earlier.start is not None else first
        event = with_choice(event, Choice(argument, rule, first.start, first.end, first.text))
    return event


def _only_the_sides_words(event: Event, argument: str, rules: Sequence[Span]) -> Event:
    """``event`` whose rule-given ``argument`` (a replaced one) keeps only the span its side was
    read from: the perpetrator that is actor1's words, when actor1 is an actor known by name."""
    if argument not in _REPLACED or not rules:
        return event
    side = next((c for c in event.why if c.argument == _SIDE_OF.get(argument)), None)
    named = _named_actor(getattr(event, _SIDE_OF.get(argument, ""), None))
    kept = tuple(s for s in rules if named and side is not None and (s.start, s.end) == (side.start, side.end))
    if kept == tuple(rules):
        return event
    event = dataclasses.replace(event, arguments=dataclasses.replace(event.arguments, **{argument: kept}))
    if kept:
        return event
    gone = "; ".join(f"not '{s.text}'" for s in rules)
    return with_choice(event, Choice(argument, f"role model: {gone}", rules[0].start, rules[0].end, rules[0].text))


def _named_actor(actor: object) -> bool:
    """An actor the knowledge base knows by name (not ACLED's generic "Unidentified Armed Group",
    "Civilians" or a state's forces read from words)."""
    actor_id = getattr(actor, "actor_id", None)
    return bool(actor_id) and ":" not in actor_id


def _home(events: Sequence[Event], takers: list[int], spans: Sequence[Span]) -> tuple[int, Span]:
    """The event a filler joins and the occurrence it is known by: the first occurrence inside an
    event's evidence, else the occurrence nearest to an event's trigger."""
    for span in spans:
        for n in takers:
            if any(e.start <= span.start and span.end <= e.end for e in events[n].evidence):
                return n, span
    pairs = [(n, s) for s in spans for n in takers]
    return min(pairs, key=lambda pair: abs(pair[1].start - events[pair[0]].trigger.start))
