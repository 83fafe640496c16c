"""The sides of an event (ACLED's actor 1, actor 2 and associated actors), and whether the event
happens inside one organisation.

Intra-group is read from, in order: kinds that are intra-group by definition (coup attempt,
defection, desertion, refusal); the actor records (both sides of one trigger resolve to one
``actor_id``; across the group's triggers only when one side is a faction mention, so two
name mentions in different sentences do not count); reflexive victims ("its own
fighters", "fellow members", "members who tried to flee"); two factions of one kind of fighter
("foreign militants" against "local militants"; "Turkmen and Chechen fighters clashed"); words
that say so ("infighting", "internal", "within its ranks"), only when every side named is a
member of one organisation (an actor mention of it, or a member noun), so "rifts hit its ranks"
is not a fight.

A faction label is one the actors stage recognised (its faction mentions) or the faction words
of a member noun ("foreign" fighters); any other phrase ("the group", "its ranks") is no faction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from faultlines.actors.discourse import LEADERSHIP, nearby_factions, person_faction
from faultlines.events.categories import Frame, PartyClass
from faultlines.events.mentions import EventMention
from faultlines.events.participants import Party
from faultlines.lang.en import events as lx
from faultlines.lang.en.events_participants import ACCIDENT_WORDS, FLIGHT_VERBS, OFFENCES, OFFICIAL_NOUNS
from faultlines.ontology import INTRA_GROUP_KINDS
from faultlines.records import EventActor

ActorOf = Callable[[Party], "EventActor | None"]
_ACTOR_CLASSES = frozenset(
    {
        PartyClass.STATE,
        PartyClass.ARMED,
        PartyClass.ORG,
        PartyClass.PROTESTER,
        PartyClass.RIOTER,
        PartyClass.CIVILIAN,
        PartyClass.PERSON,
        PartyClass.UNKNOWN,
    }
)
_CLASS_INTER = {
    PartyClass.STATE: 1,
    PartyClass.ARMED: 2,
    PartyClass.RIOTER: 5,
    PartyClass.PROTESTER: 6,
    PartyClass.CIVILIAN: 7,
}
_NOT_ACTORS = (PartyClass.PLACE, PartyClass.WEAPON, PartyClass.PROPERTY)
_COMBATANTS = frozenset({PartyClass.STATE, PartyClass.ARMED})
_TERRITORY_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


@dataclass(frozen=True, slots=True)
class Sides:
    actor1: EventActor | None
    actor2: EventActor | None
    assoc1: tuple[EventActor, ...]
    assoc2: tuple[EventActor, ...]
    intra_group: bool
    kind: str


def default_actor(party: Party, kb_name: Callable[[str], tuple[str | None, int | None]]) -> EventActor | None:
    """An actor from a participant: its actor record when it has one, else its own words."""
    if party.mention is not None:
        name, inter = kb_name(party.mention.actor_id)
        return EventActor(
            name=name or party.mention.text, actor_id=party.mention.actor_id, faction=party.mention.faction, inter=inter
        )
    if party.cls not in _ACTOR_CLASSES or party.cls == PartyClass.UNKNOWN:
        # "unknown": no actor record, no entity label, no actor word: a capitalised sentence
        # opener ("Many", "Noteworthy") is not a name.
        return None
    if party.cls == PartyClass.CIVILIAN:
        return EventActor(name="Civilians", inter=7)
    return EventActor(name=party.text, inter=_CLASS_INTER.get(party.cls))


def _unique(parties: Iterable[Party]) -> list[Party]:
    seen: dict[tuple[int, int], Party] = {}
    for party in parties:
        seen.setdefault((party.start, party.end), party)
    return list(seen.values())


def _reflexive(doc: Any, party: Party) -> bool:
    """ "its own fighters", "fellow members", "their members", "members who tried to flee", and
    "they" when it points back to members who tried to leave."""
    head = doc[party.head]
    if head.lower_ in ("they", "them"):
        return _leaving_members_before(doc, head)
    words = {t.lower_ for t in head.subtree}
    if words & {"own", "fellow"}:
        return True
    member = str(head.lemma_).lower() in lx.MEMBER_NOUNS
    if member and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        return True
    return member and _leaving(head)


def _leaving(noun: Any) -> bool:
    """ "fighters who wanted to leave ISIS", "members trying to flee"."""
    return any(
        str(t.lemma_).lower() in FLIGHT_VERBS for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree
    )


def _leaving_members_before(doc: Any, pronoun: Any) -> bool:
    """A plural pronoun whose nearest earlier member noun (this sentence or the one before) is
    members who tried to leave: "fighters who wanted to leave ISIS ... they were executed"."""
    first = pronoun.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for token in reversed(doc[first : pronoun.i]):
        if str(token.lemma_).lower() in lx.MEMBER_NOUNS and token.tag_ == "NNS":
            # "a group of fighters who wanted to leave": the clause may hang on "group"
            governor = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
            return _leaving(token) or _leaving(governor)
    return False


_PLACED_KINDS = frozenset({"relocation", "base_established"})
# Intra-group kinds that are one side's act (ACLED codes them with actor 1 alone).
ONE_SIDED_KINDS = frozenset({"desertion", "defection", "withdrawal", "relocation"})
# Intra-group kinds with a faction on each side: when the event's words name none, the text
# around it does ("infighting among its militants ... between its foreign militants and ...").
SPLIT_KINDS = frozenset({"infighting", "coup_attempt", "refusal_of_orders", "internal_dispute"})


def _punished(doc: Any, trigger_head: int) -> bool:
    """Killed *for* something they did: "executed for attempting to escape", "assassinated for
    stating ...", "executed for the crime of apostasy": a punishment, which a group metes out to
    its own people."""
    for prep in doc[trigger_head].children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.children:
                if obj.dep_ in ("pcomp", "pobj") and (obj.tag_ == "VBG" or str(obj.lemma_).lower() in OFFENCES):
                    return True
    return False


def _punished_by_own(doc: Any, primary: EventMention, agents: list[Party], patients: list[Party]) -> bool:
    """Members executed or assassinated for an offence, by no one named: by their own group."""
    if agents or not patients or primary.frame not in (Frame.EXECUTE, Frame.ASSASSINATE):
        return False
    return _punished(doc, primary.trigger.head) and all(_own_member(doc, p) for p in patients)


def _own_member(doc: Any, party: Party) -> bool:
    """A member or official of the group that the mention on its possessive names ("ISIS'
    religious adviser"), a person or faction the actors stage tied to a group, or a reflexive
    member phrase."""
    if _reflexive(doc, party) or (party.mention is not None and party.mention.how in ("person", "faction")):
        return True
    head = doc[party.head]
    role = str(head.lemma_).lower()
    owners = [c for c in head.children if c.dep_ == "poss"]
    return (role in lx.MEMBER_NOUNS or role in OFFICIAL_NOUNS) and any(
        (c.pos_ == "PROPN" and party.mention is not None) or _key(c) in lx.ARMED_GROUP for c in owners
    )


def _faction_of(doc: Any, party: Party) -> str | None:
    """The faction words of a member noun: "foreign" fighters, "Syrian and Iraqi" militants."""
    head = doc[party.head]
    if str(head.lemma_).lower() not in lx.MEMBER_NOUNS:
        return None
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    words = [m for m in mods if m.lower_ in lx.FACTION_MODIFIERS or m.ent_type_ == "NORP" or m.pos_ == "PROPN"]
    if not words:
        return None
    start = min(w.left_edge.i for w in words)
    return str(doc[start : head.i].text)


def _coordinated_factions(doc: Any, party: Party) -> bool:
    """ "Turkmen and Chechen fighters": one member noun with two coordinated faction words."""
    head = doc[party.head]
    return any(c.dep_ in ("amod", "compound", "nmod") and c.conjuncts for c in head.children) and bool(
        _faction_of(doc, party)
    )


def _members_of_one(doc: Any, parties: list[Party]) -> bool:
    """Every party is a mention of one and the same actor, or a member word ("fighters", "two
    factions", "they") that names no organisation of its own."""
    ids = {p.mention.actor_id for p in parties if p.mention}
    return len(ids) <= 1 and all(
        p.mention is not None or p.cls in (PartyClass.PRONOUN, PartyClass.ARMED) or _key(doc[p.head]) in lx.MEMBER_NOUNS
        for p in parties
    )


def _key(token: Any) -> str:
    return str(token.lemma_).lower()


def same_actor_both_sides(group: list[EventMention]) -> bool:
    """One actor on both sides: of one trigger, or across the group's triggers when a side is a
    faction of it ("foreign fighters clash ... seven fighters were killed"). Two mentions of one
    actor by name in different sentences ("raids of the alliance" ... "the alliance bombed") are
    not enough."""
    for m in group:
        agent_ids = {p.mention.actor_id for p in m.roles.agent if p.mention}
        if agent_ids & {p.mention.actor_id for p in m.roles.patient if p.mention}:
            return True
    agents = [p.mention for m in group for p in m.roles.agent if p.mention]
    patients = [p.mention for m in group for p in m.roles.patient if p.mention]
    shared = {a.actor_id for a in agents} & {p.actor_id for p in patients}
    return any(x.actor_id in shared and x.how == "faction" for x in (*agents, *patients))


def is_intra(
    doc: Any, primary: EventMention, agents: list[Party], patients: list[Party], *, same_actor: bool | None = None
) -> bool:
    """Whether the event happens inside one organisation; ``same_actor``: one trigger has one
    actor on both sides (default: read from the gathered ``agents`` and ``patients``)."""
    if primary.kind == "internal_dispute":  # a struggle is internal only between members of one
        parties = [*agents, *patients]
        return (
            bool(parties) and _members_of_one(doc, parties) and any(p.mention or _faction_of(doc, p) for p in parties)
        )
    if primary.kind in INTRA_GROUP_KINDS:
        return True
    agent_ids = {p.mention.actor_id for p in agents if p.mention}
    patient_ids = {p.mention.actor_id for p in patients if p.mention}
    if same_actor if same_actor is not None else bool(agent_ids & patient_ids):
        return True
    if agent_ids and patient_ids:
        return False
    if any(_reflexive(doc, p) for p in patients) and agents:
        return True
    if _punished_by_own(doc, primary, agents, patients):
        return True
    if agents and patients and all(_faction_of(doc, p) for p in (agents[0], patients[0])):
        return True
    if primary.frame == Frame.CLASH and not patients and any(_coordinated_factions(doc, p) for p in agents):
        return True
    parties = [*agents, *patients]
    if _key(doc[primary.trigger.head]) in lx.INTRA_GROUP_CUES:  # "infighting among its members"
        parties = [p for p in parties if p.mention is not None or p.cls in _ACTOR_CLASSES - {PartyClass.UNKNOWN}]
    elif not parties:
        return False  # a cue elsewhere in the sentence, but no side named
    if not _members_of_one(doc, parties):
        return False
    sentence = doc.char_span(primary.sent_start, primary.sent_end, alignment_mode="expand")
    lemmas = {str(t.lemma_).lower() for t in sentence} if sentence is not None else set()
    return bool(lemmas & lx.INTRA_GROUP_CUES) and primary.frame in (
        Frame.CLASH,
        Frame.ATTACK,
        Frame.KILL,
        Frame.EXECUTE,
    )


def intra_kind(doc: Any, primary: EventMention, patients: list[Party]) -> str:
    """The intra-group kind of a violent event: infighting, executions or killing of a member."""
    if primary.kind in INTRA_GROUP_KINDS:
        return primary.kind
    reflexive = any(_reflexive(doc, p) for p in patients)
    one_sided = primary.frame in (Frame.EXECUTE, Frame.ASSASSINATE) or (
        primary.frame in (Frame.KILL, Frame.ATTACK) and reflexive
    )
    if one_sided:
        heads = [doc[p.head] for p in patients]
        officials = all(
            (h.tag_ in ("NN", "NNP") and str(h.lemma_).lower() in OFFICIAL_NOUNS)
            or (p.mention is not None and p.mention.how == "person")
            for h, p in zip(heads, patients, strict=True)
        )
        if heads and (officials or primary.frame == Frame.ASSASSINATE):
            return "assassination_of_member"
        return "execution_of_members"
    if primary.frame in (Frame.CLASH, Frame.KILL, Frame.ATTACK) or primary.sub_event_type == "Armed clash":
        return "infighting"
    return primary.kind


def _factions(doc: Any, parties: list[Party], home: EventActor | None, actor_of: ActorOf) -> EventActor | None:
    if not parties:
        return home
    party = parties[0]
    actor = actor_of(party)
    faction = (party.mention.faction if party.mention else None) or person_faction(party.mention)
    faction = faction or _faction_of(doc, party)
    if actor is not None and actor.actor_id is not None:
        return EventActor(actor.name, actor.actor_id, faction, actor.inter)
    if home is not None:
        return EventActor(home.name, home.actor_id, faction, home.inter)
    return EventActor(party.text, None, faction, 2)


def sides_of(
    doc: Any, group: list[EventMention], primary: EventMention, actor_of: ActorOf, home: EventActor | None
) -> Sides:
    """Actor 1, actor 2 (each with associated actors), intra-group and the final kind."""
    triggers = {i for m in group for i in range(m.trigger.start, m.trigger.end)}
    losers = [m for m in group if (m.frame == Frame.WITHDRAW and primary.frame != Frame.WITHDRAW) or m.lemma == "lose"]
    agents = _unique(
        p
        for m in group
        if m not in losers
        for p in m.roles.agent
        if p.cls not in _NOT_ACTORS and p.head not in triggers
    )
    patients = _unique(
        p
        for m in group
        for p in (*m.roles.patient, *(m.roles.agent if m in losers else ()))
        if p.cls not in (*_NOT_ACTORS, PartyClass.MILITARY_SITE) and p.head not in triggers
    )
    agents = _unique([*(p for m in losers for p in m.roles.recipient), *agents])
    if primary.sub_event_type in _TERRITORY_TAKEN:  # "captured the town from ISIS": who lost it
        patients = _unique([*patients, *(p for m in group for p in m.roles.source if p.cls not in _NOT_ACTORS)])
    if primary.sub_event_type in (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ):
        protesters = [p for p in (*agents, *patients) if p.cls == PartyClass.PROTESTER]
        others = [p for p in (*agents, *patients) if p.cls != PartyClass.PROTESTER]
        agents, patients = protesters or agents, others if protesters else patients
    if _accidental(doc, group):
        # a bomb that went off in its makers' hands: ACLED codes the group that owned it, alone
        dead = [p for m in group if m.frame == Frame.KILL for p in m.roles.patient if p.cls in _COMBATANTS]
        agents, patients = _unique(dead) or agents, []
    if primary.kind in _PLACED_KINDS:
        patients = []  # what moved or was set up (a court, a base) is not a side
    if is_intra(doc, primary, agents, patients, same_actor=same_actor_both_sides(group)):
        kind = intra_kind(doc, primary, patients)
        actor1 = _factions(doc, agents, home, actor_of)
        actor2 = _factions(doc, patients, home if actor1 is None else _no_faction(actor1), actor_of)
        if kind in ONE_SIDED_KINDS:
            actor2 = None  # members who desert or withdraw: the group's own act, no second side
        elif kind in SPLIT_KINDS:
            actor1, actor2 = _told_around(doc, group, kind, actor1, actor2)
        return Sides(actor1, actor2, (), (), True, kind)
    if primary.sub_event_type == "Armed clash":
        # a battle's second side is who fought back; the bystanders hit are its victims, not its allies
        patients = [p for p in patients if p.cls in _COMBATANTS] or patients
    allies = [p for m in group for p in m.roles.ally if p.cls not in _NOT_ACTORS]
    actors1 = _distinct(a for a in map(actor_of, [*agents, *allies]) if a is not None)
    # Not intra-group, so an organisation on side 1 is not also its own opponent on side 2.
    ids1 = {a.actor_id for a in actors1 if a.actor_id is not None}
    actors2 = [a for a in map(actor_of, patients) if a is not None and (a.actor_id is None or a.actor_id not in ids1)]
    return Sides(
        actors1[0] if actors1 else None,
        actors2[0] if actors2 else None,
        tuple(actors1[1:]),
        tuple(actors2[1:]),
        False,
        primary.kind,
    )


def _told_around(
    doc: Any, group: list[EventMention], kind: str, actor1: EventActor | None, actor2: EventActor | None
) -> tuple[EventActor | None, EventActor | None]:
    """The sides' missing factions, from the faction mentions nearest the event: a coup is against
    the leadership and by the nearest other faction ("a number of foreign fighters broke rank ...
    the coup-plotters failed"); infighting is between the two nearest factions."""
    if actor1 is None or actor2 is None or actor1.actor_id is None or actor1.actor_id != actor2.actor_id:
        return actor1, actor2
    if kind == "coup_attempt" and actor2.faction is None:
        actor2 = replace(actor2, faction=LEADERSHIP)
    if actor1.faction is not None and actor2.faction is not None:
        return actor1, actor2
    start, end = min(m.sent_start for m in group), max(m.sent_end for m in group)
    taken = [f for f in (actor1.faction, actor2.faction) if f]
    exclude = [*taken, LEADERSHIP] if kind == "coup_attempt" else taken
    labels = iter(nearby_factions(doc, actor1.actor_id, start, end, exclude=exclude))
    if actor1.faction is None:
        actor1 = replace(actor1, faction=next(labels, None))
    if actor2.faction is None:
        actor2 = replace(actor2, faction=next(labels, None))
    return actor1, actor2


def _accidental(doc: Any, group: list[EventMention]) -> bool:
    """ "killed in two accidental explosions", "the device detonated accidentally"."""
    return any(
        str(c.lemma_).lower() in ACCIDENT_WORDS
        for m in group
        for c in doc[m.trigger.head].children
        if c.dep_ in ("amod", "advmod")
    )


def _distinct(actors: Iterable[EventActor]) -> list[EventActor]:
    """Each actor once: an ally named twice is one associated actor."""
    seen: dict[object, EventActor] = {}
    for actor in actors:
        seen.setdefault(actor.actor_id or actor.name, actor)
    return list(seen.values())


def _no_faction(actor: EventActor) -> EventActor:
    return EventActor(actor.name, actor.actor_id, None, actor.inter)
