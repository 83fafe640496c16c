"""A group of mentions made into one :class:`~faultlines.records.Event`: id, type, sides,
arguments, fatalities, modality, evidence and confidence."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from faultlines.events.categories import Frame, PartyClass
from faultlines.events.classify import REMOTE_SUB, Cues, Typed, classify
from faultlines.events.fatalities import Death, incident_toll_why
from faultlines.events.mentions import EventMention
from faultlines.events.merge import family, party_key, rank
from faultlines.events.modality import merge_modality
from faultlines.events.participants import Party, Roles, phrase_bounds
from faultlines.events.side_reasons import side_choice
from faultlines.events.sides import ActorOf, sides_of
from faultlines.events.triggers import NOUNS
from faultlines.lang.en.events_participants import EVENT_WORDS, NAMED_DEVICES
from faultlines.lang.en.why import ARGUMENT_ROLES
from faultlines.ontology import event_type_of
from faultlines.records import Arguments, Choice, Event, EventActor, Fatalities, Span

_PEOPLE = frozenset(
    {
        PartyClass.STATE,
        PartyClass.ARMED,
        PartyClass.ORG,
        PartyClass.CIVILIAN,
        PartyClass.PERSON,
        PartyClass.PROTESTER,
        PartyClass.RIOTER,
        PartyClass.PRONOUN,
        PartyClass.UNKNOWN,
    }
)
_THINGS = frozenset({PartyClass.PROPERTY, PartyClass.MILITARY_SITE})
_NOT_PERPETRATORS = frozenset(
    {PartyClass.PLACE, PartyClass.WEAPON, PartyClass.PROPERTY, PartyClass.MILITARY_SITE, PartyClass.PRONOUN}
)
_PEOPLE_TARGETS = frozenset(
    {
        PartyClass.CIVILIAN,
        PartyClass.PERSON,
        PartyClass.PROTESTER,
        PartyClass.STATE,
        PartyClass.ARMED,
        PartyClass.UNKNOWN,
    }
)


@dataclass(frozen=True, slots=True)
class DocContext:
    """What building events needs from the document as a whole."""

    doc_id: str
    text: str
    doc: Any
    actor_of: ActorOf
    home: EventActor | None  # the armed group the document is mostly about, if any
    weapon_heads: dict[int, list[int]]  # sentence index -> weapon noun token indices


def event_id(doc_id: str, event_type: str, sub_event_type: str, start: int, end: int) -> str:
    key = "\x1f".join((doc_id, event_type, sub_event_type, str(start), str(end)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def _spans(parties: Iterable[Party]) -> tuple[Span, ...]:
    seen = {(p.start, p.end): Span(p.start, p.end, p.text) for p in parties}
    return tuple(seen[k] for k in sorted(seen))


def _arguments(ctx: DocContext, group: list[EventMention]) -> tuple[Arguments, tuple[Choice, ...]]:
    """The event's participants by role, and for each role the Choice of its first phrase: the
    link in the parse that made it one (a weapon named in the trigger's clause has no such link)."""
    triggers = {i for m in group for i in range(m.trigger.start, m.trigger.end)}
    agents = [
        (p, m)
        for m in group
        for p in m.roles.agent
        if p.cls not in _NOT_PERPETRATORS
        and p.head not in triggers
        and m.frame != Frame.WITHDRAW
        and not _names_an_event(ctx.doc[p.head])
    ]
    patients = [(p, m) for m in group for p in m.roles.patient]
    weapons: list[tuple[Party, EventMention | None]] = [
        (p, m) for m in group for p in m.roles.instrument if p.cls == PartyClass.WEAPON
    ]
    doc = ctx.doc
    clauses = {_clause(doc[m.trigger.head]).i for m in group}
    for sentence in sorted({m.sentence for m in group}):
        for i in ctx.weapon_heads.get(sentence, ()):
            if _clause(doc[i]).i not in clauses and not any(m.trigger.start <= i < m.trigger.end for m in group):
                continue  # a weapon named elsewhere in the sentence is not this event's
            left, right = phrase_bounds(doc, doc[i])
            start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1])
            if not any(p.start <= start < p.end for p, _ in patients):
                weapons.append((Party(i, start, end, ctx.text[start:end], PartyClass.WEAPON), None))
    victims = [
        (p, m) for p, m in patients if p.cls in _PEOPLE_TARGETS and (p.cls != PartyClass.UNKNOWN or _named(doc[p.head]))
    ]
    targets = [(p, m) for p, m in patients if p.cls in _THINGS]
    by_role = {"perpetrator": agents, "victim": victims, "target": targets, "weapon": weapons}
    arguments = Arguments(**{role: _spans(p for p, _ in found) for role, found in by_role.items()})
    choices = tuple(_argument_choice(doc, role, found) for role, found in by_role.items() if found)
    return arguments, choices


WEAPON_IN_CLAUSE = "a weapon named in the trigger's clause"


def _argument_choice(doc: Any, argument: str, found: list[tuple[Party, EventMention | None]]) -> Choice:
    party, mention = min(found, key=lambda pm: pm[0].start)
    if mention is None:
        return Choice(argument, WEAPON_IN_CLAUSE, party.start, party.end, party.text)
    return side_choice(argument, doc, party, mention.trigger.head, ARGUMENT_ROLES[argument])


def _modality(ctx: DocContext, group: list[EventMention]) -> str:
    """The strong mentions say what happened; a mention pointing back ("the attack") tells only the
    outcome it is the subject of ("The attack was called off"), not the mood of a verb it hangs
    on ("attempted to flee the battle" did not make the battle a failed attempt)."""
    said = [m.modality for m in group if not m.weak and not m.definite]
    outcomes = [m.modality for m in group if m.definite and m.modality in _OUTCOMES and _subject(ctx, m)]
    return merge_modality([*said, *outcomes] or [m.modality for m in group])


def _subject(ctx: DocContext, mention: EventMention) -> bool:
    return str(ctx.doc[mention.trigger.head].dep_) in ("nsubj", "nsubjpass")


_OUTCOMES = frozenset({"called_off", "attempted_failed"})


def _clause(token: Any) -> Any:
    """The verb that heads the clause of a token (the token itself for a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _names_an_event(token: Any) -> bool:
    """ "another car bomb attempt", "the explosion": an event or a weapon did it, not an actor."""
    key = str(token.lemma_).lower()
    return token.pos_ == "NOUN" and (key in NOUNS or key in EVENT_WORDS)


def _named(token: Any) -> bool:
    """An unclassified noun is a victim only when it looks like a name."""
    return bool(token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC"))


def _confidence(group: list[EventMention], primary: EventMention, sides_found: int) -> float:
    score = 0.45 + (0.0 if primary.weak else 0.2)
    score += 0.08 * min(sides_found, 2)
    score += 0.05 * min(len(group) - 1, 2)
    if primary.frame == Frame.KILL:
        score -= 0.1
    return round(max(0.05, min(0.95, score)), 2)


def _evidence(ctx: DocContext, group: list[EventMention]) -> tuple[Span, ...]:
    spans = {}
    for m in group:
        start, end = m.sent_start, m.sent_end
        while end > start and ctx.text[end - 1].isspace():
            end -= 1
        spans[(start, end)] = Span(start, end, ctx.text[start:end])
    return tuple(spans[k] for k in sorted(spans))


def _sides_group(group: list[EventMention], primary: EventMention) -> list[EventMention]:
    """The group as its sides are read: a pronoun in another mention ("he was later killed") names
    someone the incident has named already, so it adds no side."""

    def named(parties: tuple[Party, ...]) -> tuple[Party, ...]:
        return tuple(p for p in parties if p.cls != PartyClass.PRONOUN)

    return [
        m
        if m is primary
        else replace(m, roles=replace(m.roles, agent=named(m.roles.agent), patient=named(m.roles.patient)))
        for m in group
    ]


def _mentions(ctx: DocContext, group: list[EventMention]) -> tuple[Span, ...]:
    """The trigger of every mention of the incident, in text order."""
    spans = set()
    for m in group:
        first, last = ctx.doc[m.trigger.start], ctx.doc[m.trigger.end - 1]
        spans.add((first.idx, last.idx + len(last)))
    return tuple(Span(start, end, ctx.text[start:end]) for start, end in sorted(spans))


_REMOTE_ORDER = [sub for sub, _ in REMOTE_SUB.values()]  # the most specific first; IED the generic
_BY_WEAPON = frozenset({"Attack", "Armed clash", "Remote explosive/landmine/IED"})


def _by_its_weapon(group: list[EventMention], primary: EventMention) -> EventMention:
    """ACLED types an incident by its most specific description: an attack or an explosion told
    elsewhere in the incident as "a suicide bomber blew himself up" or "a blast" is that."""
    if primary.sub_event_type not in _BY_WEAPON or len(group) == 1:
        return primary
    if str(primary.lemma).lower() in NAMED_DEVICES:
        return primary  # "Roadside IED kills ...": the device it names types it
    told = [m for m in group if m.sub_event_type in _REMOTE_ORDER and m.modality == primary.modality]
    if not told:
        return primary
    best = min(told, key=lambda m: _REMOTE_ORDER.index(m.sub_event_type))
    if best.sub_event_type == primary.sub_event_type:
        return primary
    rule = f"{best.type_rule}; the incident's most specific weapon types it"
    return replace(primary, sub_event_type=best.sub_event_type, kind=best.kind, type_rule=rule)


_GUNFIRE_FRAMES = frozenset({"attack", "kill", "clash"})
_ARMED_SIDES = frozenset({PartyClass.STATE, PartyClass.ARMED, PartyClass.ORG})


def _exchange_of_fire(group: list[EventMention]) -> bool:
    """ "One of the men began firing at officers ... The officers returned fire, striking him":
    an armed side (a force, an armed group) attacked in one mention attacks in another. (A
    shopkeeper who shoots back at robbers makes no battle: he is no armed actor.)"""
    agents = {id(m): {party_key(p) for p in m.roles.agent} for m in group}
    for m in group:
        hit = {party_key(p) for p in m.roles.patient if p.cls in _ARMED_SIDES}
        if any(agents[id(o)] & hit for o in group if o is not m and family(o) == "violence"):
            return True
    return False


def _retyped(group: list[EventMention], primary: EventMention) -> EventMention:
    """The primary mention typed again with what all the group's mentions say: "launched attacks
    ..., killing 40 soldiers" is a battle because of the victims of "killing". The words around
    (a weapon named, a cue) count only from the primary's own sentence: another sentence of the
    incident may recall another one ("the first death since 2017, when ... by mortar fire"). Only
    mentions of the primary's family count."""
    if len(group) == 1:
        return primary
    # the inquiry's steps merged into an incident (guns police took after it) tell its type nothing
    group = [m for m in group if family(m) == family(primary) or m is primary]
    roles = Roles(
        agent=tuple(p for m in group if m.frame != Frame.WITHDRAW or m is primary for p in m.roles.agent),
        patient=tuple(p for m in group for p in m.roles.patient),
        instrument=tuple(p for m in group for p in m.roles.instrument),
        source=tuple(p for m in group for p in m.roles.source),
        recipient=tuple(p for m in group for p in m.roles.recipient),
    )
    told = [m for m in group if m.sentence == primary.sentence]
    cues = Cues(
        frames=frozenset().union(*(m.cues.frames for m in told)),
        lemmas=frozenset().union(*(m.cues.lemmas for m in told)),
    )
    typed = classify(primary.frame, primary.lemma, roles, cues)
    if typed is None or family(replace(primary, sub_event_type=typed.sub_event_type)) != family(primary):
        return primary
    if typed.sub_event_type == "Attack" and primary.frame in _GUNFIRE_FRAMES and _exchange_of_fire(group):
        typed = Typed("Armed clash", "armed_clash", "each side fired at the other: a battle")
    if (typed.sub_event_type, typed.kind) == (primary.sub_event_type, primary.kind):
        return primary
    told_as = primary.type_rule.split(": ", 1)[0] or f"({primary.frame})"  # "'clashed' (clash)"
    rule = f"{told_as} with all the incident's mentions: {typed.rule}"
    return replace(primary, sub_event_type=typed.sub_event_type, kind=typed.kind, type_rule=rule)


def build_event(ctx: DocContext, group: list[EventMention], deaths: dict[int, list[Death]]) -> Event:
    primary = _by_its_weapon(group, _retyped(group, min(group, key=rank)))
    sides = sides_of(ctx.doc, _sides_group(group, primary), primary, ctx.actor_of, ctx.home)
    sub, type_rule = primary.sub_event_type, primary.type_rule
    if sides.kind in ("execution_of_members", "assassination_of_member") and event_type_of(sub) == "Battles":
        sub = "Attack"  # a group killing its own people is one-sided violence, not a battle
        type_rule += "; a group killing its own members is one-sided violence"
    etype = event_type_of(sub)
    trig = primary.trigger
    start, end = ctx.doc[trig.start].idx, ctx.doc[trig.end - 1].idx + len(ctx.doc[trig.end - 1])
    violent = etype in ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots") or (
        sub == "Excessive force against protesters"
    )
    fatalities, toll_rule = (
        incident_toll_why([d for s in sorted({m.sentence for m in group}) for d in deaths.get(s, [])], ctx.text)
        if violent
        else (Fatalities(), None)
    )
    arguments, argument_choices = _arguments(ctx, group)
    return Event(
        event_id=event_id(ctx.doc_id, etype, sub, start, end),
        event_type=etype,
        sub_event_type=sub,
        kind=sides.kind,
        modality=_modality(ctx, group),
        trigger=Span(start, end, ctx.text[start:end]),
        evidence=_evidence(ctx, group),
        intra_group=sides.intra_group,
        actor1=sides.actor1,
        actor2=sides.actor2,
        assoc_actor_1=sides.assoc1,
        assoc_actor_2=sides.assoc2,
        arguments=arguments,
        fatalities=fatalities,
        confidence=_confidence(group, primary, int(sides.actor1 is not None) + int(sides.actor2 is not None)),
        mentions=_mentions(ctx, group),
        type_rule=type_rule or None,
        why=(*sides.why, *_toll_choice(fatalities, toll_rule), *argument_choices),
    )


def _toll_choice(fatalities: Fatalities, rule: str | None) -> tuple[Choice, ...]:
    """The Choice of a toll: the rule that read it and the number words (none without a toll)."""
    if rule is None or fatalities.best is None:
        return ()
    return (Choice("fatalities", rule, fatalities.start, fatalities.end, fatalities.text),)
