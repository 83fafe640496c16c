"""One sentence read into event mentions: trigger, type, participants, modality, deaths.

A mention is one trigger's reading. Several mentions can tell one event ("attacked ... killing
three"; "A car bomb exploded. The blast ..."): :mod:`faultlines.events.merge` groups them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from faultlines.analysis import ActorMention
from faultlines.events.categories import WEAK_FRAMES, Frame, PartyClass
from faultlines.events.classify import Cues, classify
from faultlines.events.fatalities import Death, deaths_in
from faultlines.events.modality import modality_of
from faultlines.events.participants import MentionIndex, Roles, find_roles
from faultlines.events.triggers import Trigger, find_triggers

_ACTORS = frozenset({PartyClass.STATE, PartyClass.ARMED, PartyClass.ORG})
_PEOPLE = frozenset(
    {
        PartyClass.CIVILIAN,
        PartyClass.PERSON,
        PartyClass.STATE,
        PartyClass.ARMED,
        PartyClass.UNKNOWN,
        PartyClass.PROTESTER,
    }
)
InterOf = Callable[[ActorMention], "int | None"]


@dataclass(frozen=True, slots=True)
class EventMention:
    trigger: Trigger
    sentence: int  # index of the sentence in the document
    sent_start: int  # character offsets of the sentence
    sent_end: int
    frame: str
    sub_event_type: str
    kind: str
    modality: str
    roles: Roles
    weak: bool
    definite: bool  # "the attack": a nominal that points back to an event told before
    lemma: str
    cues: Cues
    in_title: bool = False  # a headline tells the incident the body tells in full
    type_rule: str = ""  # why it has its type: the trigger and the classifier's rule


def _definite(doc: Any, trigger: Trigger) -> bool:
    head = doc[trigger.head]
    return not trigger.verbal and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def _is_weak(trigger: Trigger, roles: Roles) -> bool:
    if trigger.frame == Frame.KILL and any(p.cls in _PEOPLE for p in roles.patient):
        return False  # "the death of the mayor" tells a killing
    if trigger.frame == Frame.PROTEST and any(
        p.cls in (PartyClass.CIVILIAN, PartyClass.PROTESTER) for p in roles.agent
    ):
        return False  # "teachers marched": not troops
    if trigger.frame in (Frame.NEGOTIATE, Frame.AGREE) and any(p.cls in _ACTORS for p in roles.agent):
        return False  # "the fighters offered to ...", "the rebels agreed to ..."
    if trigger.frame == Frame.DISPLACE and any(p.cls in (PartyClass.ARMED, PartyClass.STATE) for p in roles.agent):
        return False  # fighters who flee: a desertion or a withdrawal, not a side effect
    if trigger.verbal and trigger.frame in (Frame.SHELLING, Frame.EXPLOSION, Frame.AIR_STRIKE):
        return False  # "shelled", "exploded": the verbs are the events, unlike "a rocket"
    if trigger.weak:
        return True
    return trigger.frame in WEAK_FRAMES and not (roles.agent or roles.patient)


def _absorbed(doc: Any, triggers: list[Trigger]) -> list[Trigger]:
    """What is being negotiated is not a second event: "negotiate an evacuation agreement"."""
    negotiating = {t.head for t in triggers if t.frame == Frame.NEGOTIATE}
    return [t for t in triggers if not (t.frame == Frame.AGREE and not t.verbal and doc[t.head].head.i in negotiating)]


def _purpose_protest(doc: Any, trigger: Trigger) -> bool:
    """ "attacked the town to protest the arrest": a purpose, not a demonstration."""
    head = doc[trigger.head]
    return (
        trigger.frame == Frame.PROTEST
        and trigger.verbal
        and head.dep_ in ("advcl", "xcomp", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    )


def read_sentence(
    doc: Any, index: int, sent: Any, mentions: MentionIndex, inter_of: InterOf, names: frozenset[int]
) -> tuple[list[EventMention], list[Death]]:
    """The event mentions and death counts of one sentence."""
    triggers = find_triggers(doc, sent.start, sent.end, names)
    if not triggers:
        return [], []
    triggers = _absorbed(doc, [t for t in triggers if not _purpose_protest(doc, t)])
    cues = Cues(
        frames=frozenset(t.frame for t in triggers),
        lemmas=frozenset(str(t.lemma_).lower() for t in sent),
    )
    found = []
    for trigger in triggers:
        roles = find_roles(doc, trigger.head, trigger.verbal, mentions, inter_of, trigger.frame)
        lemma = str(doc[trigger.head].lemma_).lower()
        typed = classify(trigger.frame, lemma, roles, cues)
        if typed is None:
            continue
        found.append(
            EventMention(
                trigger=trigger,
                sentence=index,
                sent_start=sent.start_char,
                sent_end=sent.end_char,
                frame=trigger.frame,
                sub_event_type=typed.sub_event_type,
                kind=typed.kind,
                modality=modality_of(doc, trigger.head),
                roles=roles,
                weak=_is_weak(trigger, roles),
                definite=_definite(doc, trigger),
                lemma=lemma,
                cues=cues,
                type_rule=f"'{doc[trigger.start : trigger.end].text}' ({trigger.frame}): {typed.rule}",
            )
        )
    return found, deaths_in(doc, sent.start, sent.end)
