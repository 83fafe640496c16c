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

from faultlines.actors.discourse import LEADERSHIP, nearby_faction_mentions, person_faction
from faultlines.actors.factions import faction_label, origin_of
from faultlines.actors.names import dateline
from faultlines.events.categories import Frame, PartyClass
from faultlines.events.mentions import EventMention
from faultlines.events.participants import Party
from faultlines.events.side_reasons import HOME_GROUP, NO_SIDE_HOME, side_choice
from faultlines.lang.en import events as lx
from faultlines.lang.en.actors import DESERTERS, LEAVING_NOUNS, LEAVING_VERBS
from faultlines.lang.en.events_participants import ACCIDENT_WORDS, FLIGHT_VERBS, OFFENCES, OFFICIAL_NOUNS
from faultlines.lang.en.why import SIDE_ROLES
from faultlines.ontology import INTRA_GROUP_KINDS
from faultlines.records import Choice, EventActor

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
# The rules that give a side its faction, as the event page names them (``Choice.rule``).
FACTION_MENTION = "faction named in the side's own words"
FACTION_WORDS = "faction words on the side's member noun"
LEADER_STANDS = "the group's leader stands for its leadership"
COUP_AGAINST_LEADERSHIP = "a coup is against the group's leadership"
FACTION_NEARBY = "faction told in a sentence near the event (its other side named already)"
COORDINATED_SIDES = "one of two factions a side's words coordinate ('foreign and Iraqi members'): the two sides"
PUNISHED_DESERTERS = "members punished for leaving their group: its deserters"
PUNISHER_LEADERSHIP = "the group that punishes its own deserters: its leadership"
_PUNISHMENT_KINDS = frozenset({"execution_of_members", "assassination_of_member"})
# The parties of a mention that can be sides, by the role they fill (for the rule names).


@dataclass(frozen=True, slots=True)
class Sides:
    actor1: EventActor | None
    actor2: EventActor | None
    assoc1: tuple[EventActor, ...]
    assoc2: tuple[EventActor, ...]
    intra_group: bool
    kind: str
    why: tuple[Choice, ...] = ()  # the rule and words behind each side and faction


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
    if party.cls in (PartyClass.CIVILIAN, PartyClass.PERSON):
        # a person named with no actor and no role ("Umm Ahmed, 34, who fled") is a civilian:
        # ACLED names private people only in its notes
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
    return _leaving_clause(noun) is not None


def _leaving_clause(noun: Any, verbs: frozenset[str] = FLIGHT_VERBS) -> Any:
    """The clause on ``noun`` that tells it leaving (one of ``verbs``), else None."""
    for clause in noun.children:
        if clause.dep_ in ("relcl", "acl") and any(str(t.lemma_).lower() in verbs for t in clause.subtree):
            return clause
    return None


def _leaving_members_before(doc: Any, pronoun: Any) -> bool:
    """A plural pronoun whose nearest earlier member noun (this sentence or the one before) is
    members who tried to leave: "fighters who wanted to leave ISIS ... they were executed"."""
    return _members_before_clause(doc, pronoun) is not None


def _members_before_clause(doc: Any, pronoun: Any, verbs: frozenset[str] = FLIGHT_VERBS) -> Any:
    """The clause that tells the members a plural pronoun points back to leaving, else None."""
    first = pronoun.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for token in reversed(doc[first : pronoun.i]):
        if str(token.lemma_).lower() in lx.MEMBER_NOUNS and token.tag_ == "NNS":
            # "a group of fighters who wanted to leave": the clause may hang on "group"
            governor = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
            found = _leaving_clause(token, verbs)
            return found if found is not None else _leaving_clause(governor, verbs)
    return None


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
    start = _faction_start(doc, party)
    return None if start is None else str(doc[start : party.head].text)


def _faction_start(doc: Any, party: Party) -> int | None:
    """The first token of a member noun's faction words, if it has any."""
    head = doc[party.head]
    if str(head.lemma_).lower() not in lx.MEMBER_NOUNS:
        return None
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and not _names_group(party, c)]
    words = [m for m in mods if m.lower_ in lx.FACTION_MODIFIERS or m.ent_type_ == "NORP" or m.pos_ == "PROPN"]
    return min(w.left_edge.i for w in words) if words else None


def _names_group(party: Party, token: Any) -> bool:
    """A modifier inside the name of the side's own group ("Islamic State militants": the group
    itself, not a part of it), or a place the parse hung on the noun ("DAMASCUS - Islamic State
    militants": a dateline)."""
    mention = party.mention
    own_name = mention is not None and mention.how == "name" and mention.start <= token.idx < mention.end
    return own_name or token.ent_type_ in ("GPE", "LOC", "FAC") or dateline(token.doc, token.i, token.i + 1)


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
    # a cue inside a side's own name says nothing of the event ("Syrian rebel factions attacked")
    named = {t.i for p in parties if p.mention is not None for t in _tokens_of(doc, p)}
    lemmas = {str(t.lemma_).lower() for t in sentence if t.i not in named} if sentence is not None else set()
    return bool(lemmas & lx.INTRA_GROUP_CUES) and primary.frame in (
        Frame.CLASH,
        Frame.ATTACK,
        Frame.KILL,
        Frame.EXECUTE,
    )


def _tokens_of(doc: Any, party: Party) -> Any:
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    return span if span is not None else ()


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


def _factions(
    doc: Any, parties: list[Party], home: EventActor | None, actor_of: ActorOf, why: _Why, side: str
) -> EventActor | None:
    """One side of an intra-group event: the group its first party names (else the document's
    main group), with the faction its words tell; ``why`` records both (``side``: "1" or "2")."""
    if not parties:
        if home is not None:
            why.add(Choice(f"actor{side}", NO_SIDE_HOME))
        return home
    party = parties[0]
    actor = actor_of(party)
    faction, evidence = _party_faction(doc, party, f"faction{side}")
    if faction is not None and evidence is not None:
        why.add(evidence)
    if actor is not None and actor.actor_id is not None:
        why.party(f"actor{side}", party)
        return EventActor(actor.name, actor.actor_id, faction, actor.inter)
    if home is not None:
        why.party(f"actor{side}", party, note=HOME_GROUP)
        return EventActor(home.name, home.actor_id, faction, home.inter)
    why.party(f"actor{side}", party)
    return EventActor(party.text, None, faction, 2)


def _party_faction(doc: Any, party: Party, argument: str) -> tuple[str | None, Choice | None]:
    """The faction a side's own words tell, and its Choice: a faction mention ("foreign
    fighters"), a leader standing for the leadership, or faction words on a member noun."""
    mention = party.mention
    if mention is not None and mention.faction:
        return mention.faction, Choice(argument, FACTION_MENTION, mention.start, mention.end, mention.text)
    leadership = person_faction(mention)
    if leadership is not None and mention is not None:
        return leadership, Choice(argument, LEADER_STANDS, mention.start, mention.end, mention.text)
    first = _faction_start(doc, party)
    if first is None:
        return None, None
    start, end = doc[first].idx, doc[party.head].idx + len(doc[party.head])
    return str(doc[first : party.head].text), Choice(argument, FACTION_WORDS, start, end, doc.text[start:end])


class _Why:
    """The Choices of one event's sides as they are decided, each side's rule named from the
    role its party fills around the trigger of the mention it came from."""

    def __init__(self, doc: Any, group: list[EventMention], primary: EventMention) -> None:
        self.doc = doc
        self.primary = primary
        self.choices: dict[str, Choice] = {}
        self.origin: dict[tuple[int, int], tuple[int, str]] = {}
        for m in sorted(group, key=lambda m: m is not primary):
            for role in SIDE_ROLES:
                for p in getattr(m.roles, role):
                    self.origin.setdefault((p.start, p.end), (m.trigger.head, role))

    def add(self, choice: Choice) -> None:
        self.choices[choice.argument] = choice

    def party(self, argument: str, party: Party, *, note: str = "") -> None:
        head, role = self.origin.get((party.start, party.end), (self.primary.trigger.head, "agent"))
        self.add(side_choice(argument, self.doc, party, head, role, note=note))

    def drop(self, *arguments: str) -> None:
        for argument in arguments:
            self.choices.pop(argument, None)

    def final(self, sides: Sides) -> Sides:
        """``sides`` with the Choices of the values it has (a side or faction left None has none)."""
        present = {
            "actor1": sides.actor1,
            "actor2": sides.actor2,
            "assoc_actor_1": sides.assoc1 or None,
            "assoc_actor_2": sides.assoc2 or None,
            "faction1": sides.actor1.faction if sides.actor1 else None,
            "faction2": sides.actor2.faction if sides.actor2 else None,
        }
        kept = tuple(c for a, c in self.choices.items() if present.get(a) is not None)
        return replace(sides, why=kept)


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
    why = _Why(doc, group, primary)
    if is_intra(doc, primary, agents, patients, same_actor=same_actor_both_sides(group)):
        kind = intra_kind(doc, primary, patients)
        actor1 = _factions(doc, agents, home, actor_of, why, "1")
        actor2 = _factions(doc, patients, home if actor1 is None else _no_faction(actor1), actor_of, why, "2")
        if kind in ONE_SIDED_KINDS:
            actor2 = None  # members who desert or withdraw: the group's own act, no second side
        elif kind in SPLIT_KINDS:
            actor1, actor2 = _coordinated_sides(doc, agents, actor1, actor2, why)
            actor1, actor2 = _told_around(doc, group, kind, actor1, actor2, why)
        elif kind in _PUNISHMENT_KINDS:
            actor1, actor2 = _punished_deserters(doc, group, agents, patients, actor1, actor2, why)
        return why.final(Sides(actor1, actor2, (), (), True, kind))
    if primary.sub_event_type == "Armed clash":
        # a battle's second side is who fought back; the bystanders hit are its victims, not its allies
        patients = [p for p in patients if p.cls in _COMBATANTS] or patients
    allies = [p for m in group for p in m.roles.ally if p.cls not in _NOT_ACTORS]
    side1 = _distinct_parties((p, a) for p in [*agents, *allies] if (a := actor_of(p)) is not None)
    # Not intra-group, so an organisation on side 1 is not also its own opponent on side 2.
    ids1 = {a.actor_id for _, a in side1 if a.actor_id is not None}
    side2 = [
        (p, a) for p in patients if (a := actor_of(p)) is not None and (a.actor_id is None or a.actor_id not in ids1)
    ]
    for n, side, assoc in (("1", side1, "assoc_actor_1"), ("2", side2, "assoc_actor_2")):
        if side:
            why.party(f"actor{n}", side[0][0])
            _, evidence = _party_faction(doc, side[0][0], f"faction{n}")
            if evidence is not None and side[0][1].faction is not None:
                why.add(evidence)
        if len(side) > 1:
            why.party(assoc, side[1][0])
    return why.final(
        Sides(
            side1[0][1] if side1 else None,
            side2[0][1] if side2 else None,
            tuple(a for _, a in side1[1:]),
            tuple(a for _, a in side2[1:]),
            False,
            primary.kind,
        )
    )


def _coordinated_parts(doc: Any, party: Party) -> list[tuple[str, Any]]:
    """ "Foreign and Iraqi fighters": each coordinated faction word's own faction label, with its
    token, in text order; [] unless there are two and each is an origin."""
    head = doc[party.head]
    # the words left of the noun, not only its children: the parse may hang "Foreign and Iraqi"
    # on the group's name inside the phrase ("Foreign and Iraqi Islamic State fighters")
    for mod in doc[head.left_edge.i : head.i]:
        if mod.dep_ in ("amod", "compound", "nmod") and mod.conjuncts and mod.i < mod.conjuncts[0].i:
            words = sorted((mod, *mod.conjuncts), key=lambda t: t.i)
            labels = [faction_label([o], None) if (o := origin_of(w.text)) else None for w in words]
            if len(words) == 2 and all(labels):
                return [(str(label), w) for label, w in zip(labels, words, strict=True)]
    return []


def _coordinated_sides(
    doc: Any, agents: list[Party], actor1: EventActor | None, actor2: EventActor | None, why: _Why
) -> tuple[EventActor | None, EventActor | None]:
    """Fighting whose one side is "foreign and Iraqi members" ("a gunfight between foreign and
    Iraqi members of ISIS", "Turkmen and Chechen fighters clashed"): the two words are the two
    sides, unless the other side names a faction of its own ("... with foreign fighters")."""
    if actor1 is None or actor1.actor_id is None or not agents:
        return actor1, actor2
    parts = _coordinated_parts(doc, agents[0])
    other = actor2.faction if actor2 is not None and actor2.actor_id == actor1.actor_id else None
    labels = [label for label, _ in parts]
    if not parts or (actor2 is not None and actor2.actor_id != actor1.actor_id) or (other and other not in labels):
        return actor1, actor2
    (first, first_word), (second, second_word) = parts if other != labels[0] else parts[::-1]
    why.add(Choice("faction1", COORDINATED_SIDES, first_word.idx, first_word.idx + len(first_word), first_word.text))
    actor1 = replace(actor1, faction=first)
    if other is None:
        end = second_word.idx + len(second_word)
        why.add(Choice("faction2", COORDINATED_SIDES, second_word.idx, end, second_word.text))
        actor2 = EventActor(actor1.name, actor1.actor_id, second, actor1.inter)
        why.party("actor2", agents[0])
    return actor1, actor2


def _told_around(
    doc: Any,
    group: list[EventMention],
    kind: str,
    actor1: EventActor | None,
    actor2: EventActor | None,
    why: _Why,
) -> tuple[EventActor | None, EventActor | None]:
    """The sides' missing factions, from the faction mentions nearest the event: a coup is against
    the leadership and by the nearest other faction ("a number of foreign fighters broke rank ...
    the coup-plotters failed"); infighting is between the two nearest factions."""
    if actor1 is None or actor2 is None or actor1.actor_id is None or actor1.actor_id != actor2.actor_id:
        return actor1, actor2
    if kind == "coup_attempt" and actor2.faction is None:
        actor2 = replace(actor2, faction=LEADERSHIP)
        trigger = why.primary.trigger
        first, last = doc[trigger.start], doc[trigger.end - 1]
        start, end = first.idx, last.idx + len(last)
        why.add(Choice("faction2", COUP_AGAINST_LEADERSHIP, start, end, doc.text[start:end]))
    if actor1.faction is not None and actor2.faction is not None:
        return actor1, actor2
    start, end = min(m.sent_start for m in group), max(m.sent_end for m in group)
    taken = [f for f in (actor1.faction, actor2.faction) if f]
    exclude = [*taken, LEADERSHIP] if kind == "coup_attempt" else taken
    told = iter(nearby_faction_mentions(doc, actor1.actor_id, start, end, exclude=exclude))
    if actor1.faction is None:
        actor1 = replace(actor1, faction=_told_faction(next(told, None), "faction1", why))
    if actor2.faction is None:
        actor2 = replace(actor2, faction=_told_faction(next(told, None), "faction2", why))
    return actor1, actor2


def _told_faction(mention: Any, argument: str, why: _Why) -> str | None:
    if mention is None:
        return None
    why.add(Choice(argument, FACTION_NEARBY, mention.start, mention.end, mention.text))
    return str(mention.faction)


def _punished_deserters(
    doc: Any,
    group: list[EventMention],
    agents: list[Party],
    patients: list[Party],
    actor1: EventActor | None,
    actor2: EventActor | None,
    why: _Why,
) -> tuple[EventActor | None, EventActor | None]:
    """Members a group executes for leaving it ("executed by the group for attempting to escape",
    "fighters who wanted to leave ... were later executed") are its deserters; the group that
    punishes them, named only as itself, is its leadership. Only when the words tell leaving."""
    if actor2 is None or actor2.faction is not None:
        return actor1, actor2
    told = _leaving_told(doc, group, patients)
    if told is None:
        return actor1, actor2
    start, end = told
    actor2 = replace(actor2, faction=DESERTERS)
    why.add(Choice("faction2", PUNISHED_DESERTERS, start, end, doc.text[start:end]))
    itself = not agents or all(p.mention is not None and p.mention.how in ("name", "reference") for p in agents[:1])
    if actor1 is not None and actor1.faction is None and actor1.actor_id == actor2.actor_id and itself:
        actor1 = replace(actor1, faction=LEADERSHIP)
        words = (agents[0].start, agents[0].end, agents[0].text) if agents else (None, None, None)
        why.add(Choice("faction1", PUNISHER_LEADERSHIP, *words))
    return actor1, actor2


def _leaving_told(doc: Any, group: list[EventMention], patients: list[Party]) -> tuple[int, int] | None:
    """The words (characters) that tell the punished members left or tried to: "for attempting
    to escape", "for desertion" on a trigger; "who wanted to leave ISIS" on the victims, or on the
    members a pronoun points back to."""
    for m in group:
        for prep in doc[m.trigger.head].children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for obj in prep.children:
                leaving = str(obj.lemma_).lower() in LEAVING_NOUNS or any(
                    str(t.lemma_).lower() in LEAVING_VERBS for t in obj.subtree if t.pos_ in ("VERB", "AUX")
                )
                if obj.dep_ in ("pcomp", "pobj") and leaving:
                    return _leaving_words(doc, obj)
    for party in patients:
        head = doc[party.head]
        if head.lower_ in ("they", "them"):
            clause = _members_before_clause(doc, head, LEAVING_VERBS)
        else:  # "fighters who tried to flee", "a group of its fighters who had attempted to defect"
            nouns = [head, *(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]
            clause = next((c for n in nouns if (c := _leaving_clause(n, LEAVING_VERBS)) is not None), None)
        if clause is not None:
            return _leaving_words(doc, clause)
    return None


def _leaving_words(doc: Any, top: Any) -> tuple[int, int]:
    """The characters from the first word of ``top``'s phrase to the leaving word and what it
    leaves ("attempting to escape", "who wanted to leave ISIS"), without the time or place after
    it ("last Tuesday evening")."""
    words = [t for t in top.subtree if str(t.lemma_).lower() in LEAVING_VERBS | LEAVING_NOUNS]
    last = words[0] if words else top
    for child in last.children:
        if child.dep_ in ("dobj", "prt") and child.i > last.i:
            last = doc[child.right_edge.i]
    return doc[top.left_edge.i].idx, last.idx + len(last)


def _accidental(doc: Any, group: list[EventMention]) -> bool:
    """ "killed in two accidental explosions", "the device detonated accidentally"."""
    return any(
        str(c.lemma_).lower() in ACCIDENT_WORDS
        for m in group
        for c in doc[m.trigger.head].children
        if c.dep_ in ("amod", "advmod")
    )


def _distinct_parties(sides: Iterable[tuple[Party, EventActor]]) -> list[tuple[Party, EventActor]]:
    """Each actor once, with the first party that named it: an ally named twice is one associated
    actor."""
    seen: dict[object, tuple[Party, EventActor]] = {}
    for party, actor in sides:
        seen.setdefault(actor.actor_id or actor.name, (party, actor))
    return list(seen.values())


def _no_faction(actor: EventActor) -> EventActor:
    return EventActor(actor.name, actor.actor_id, None, actor.inter)
