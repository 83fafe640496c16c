"""Grouping the mentions that tell one incident, inside one document (event coreference).

In one sentence, mentions of one family (violence, territory, protest, detention ...) are one
incident ("attacked the post, killing three" is one attack), unless two strong triggers have
different perpetrators or one is told in a clause of its own date ("since 2017, when a general
was killed"); a gun drawn beside a shooting, and a detention coordinated with a killing
("abducted and later executed"), are part of it. Across sentences, a later mention joins an
earlier incident of its family when nothing tells them apart (another place or time pinned to
the trigger, "another attack", "Later, ...", see :mod:`faultlines.events.reference`) and
something links them:

- near (at most :data:`LOOKBACK` sentences on): it points back ("the attack", "In the 4 p.m.
  incident, ..."), shares a participant (a group alone, not across a place or time of the
  mention's own) or names it with a pronoun ("They killed 23 soldiers"),
  is a weak echo ("the deaths"), tells the deaths of the incident ("Twenty insurgents were
  killed.") or is of a type that can tell it ("the blast" a suicide bombing, "the shooting" any
  violence) with no other perpetrator; the last three not across a sentence that moves the story
  to a new time ("Just after 11.30pm ..."), which opens a new occurrence;
- anywhere in the report: it points back with the incident's own type ("the shooting",
  "Saturday's attack"), names the same person ("Ciara Meyer was shot"), or is of the same type
  and shares a participant who is a person, not a group, or names none ("There was an
  explosion"). A group a report is about is named beside each of its incidents.

A death that introduces a witness ("a man whose brother was killed told reporters") tells the
report's main incident again, wherever it stands. An incident told only in the headline joins the
body's first incident of its family (:func:`fold_headline`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from faultlines.events.categories import Frame, PartyClass
from faultlines.events.classify import REMOTE_SUB
from faultlines.events.mentions import EventMention
from faultlines.events.participants import Party
from faultlines.events.reference import Reference, References, disjoint

LOOKBACK = 2
_REMOTE = [sub for sub, _ in REMOTE_SUB.values()]
_PROTEST_ORDER = ["Violent demonstration", "Excessive force against protesters", "Protest with intervention",
                  "Peaceful protest"]  # fmt: skip
_FAMILY = {
    **dict.fromkeys(["Armed clash", "Attack", *_REMOTE], "violence"),
    **dict.fromkeys(
        ["Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"],
        "territory",
    ),
    **dict.fromkeys([*_PROTEST_ORDER, "Mob violence"], "protest"),
    **dict.fromkeys(["Arrests", "Abduction/forced disappearance"], "detention"),
}
# Frictions inside one group that a report tells as one rift: "internal disputes ... rifts emerged
# ... the local militants refused the orders"
_RIFT_KINDS = frozenset({"internal_dispute", "refusal_of_orders"})
_UNREAL = frozenset({"forecast", "hypothetical", "planned", "called_off", "negated"})  # did not happen
_WEAPONS = "Disrupted weapons use"
_LOOTING = "Looting/property destruction"
_DEATHS = frozenset({"kill", "execute"})  # "they were later executed": the deaths of the incident
_EXPLOSION = "Remote explosive/landmine/IED"
_FIGHTS = frozenset({"Attack", "Armed clash"})  # one shooting is told as either
# Never one record with what happened. A negation is not among them: over a mention pointing back it
# is mostly another verb's ("police have not said who was behind the shooting").
_NOT_RECORDS = frozenset({"forecast", "hypothetical"})
# Participants that are people acted on (a group's own members count: "14 of its members")
_PEOPLE_CLASSES = frozenset({PartyClass.CIVILIAN, PartyClass.PERSON, PartyClass.ARMED, PartyClass.STATE})
# Participants that are groups, forces or things, not people one could name twice for one incident
_GROUP_CLASSES = frozenset(
    {
        PartyClass.STATE,
        PartyClass.ARMED,
        PartyClass.ORG,
        PartyClass.PRONOUN,
        PartyClass.PLACE,
        PartyClass.MILITARY_SITE,
        PartyClass.PROPERTY,
        PartyClass.WEAPON,
    }
)


def family(mention: EventMention) -> str:
    if mention.kind in _RIFT_KINDS:
        return "rift"
    return _FAMILY.get(mention.sub_event_type, f"{mention.sub_event_type}:{mention.kind}")


def rank(mention: EventMention) -> tuple[int, int, int, int, int, int, int]:
    """Sort key: the mention that best represents its group comes first (a body sentence before
    the headline, whose wording is shortest and whose source is the outlet's summary; of weak
    echoes, one that names both sides)."""
    sub = mention.sub_event_type
    specific = _REMOTE.index(sub) if sub in _REMOTE else _PROTEST_ORDER.index(sub) if sub in _PROTEST_ORDER else 9
    # a gun drawn is part of the shooting ("police seized guns in a raid" is the seizure); a
    # detention coordinated with a killing, of the killing
    seized = any(p.cls == PartyClass.STATE for p in mention.roles.agent)
    drawn = int((mention.sub_event_type == _WEAPONS and not seized) or family(mention) == "detention")
    return (
        int(mention.weak),
        int(mention.weak and not (mention.roles.agent and mention.roles.patient)),
        int(mention.in_title),
        drawn,
        int(mention.frame == Frame.KILL),
        specific,
        mention.trigger.start,
    )


def party_key(party: Party) -> str:
    """An actor's id, else the last word of the phrase in the singular ("the officers", "two
    officers" and "an officer" meet)."""
    if party.mention is not None:
        return party.mention.actor_id
    words = party.text.lower().split()
    return _singular(words[-1]) if words else ""


def _singular(word: str) -> str:
    """ "officers" -> "officer", "militias" -> "militia"; "police", "press" and "us" stay."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _parties(mention: EventMention) -> set[str]:
    return {party_key(p) for p in (*mention.roles.agent, *mention.roles.patient)}


def _names(mention: EventMention) -> set[str]:
    """The people named by a proper name ("Ciara Meyer" -> "meyer"). An armed group or a state
    named again ("Islamic State") links nothing: a report names it beside each of its incidents."""
    return {
        party_key(p)
        for p in (*mention.roles.agent, *mention.roles.patient)
        if p.cls not in _GROUP_CLASSES and p.text.split() and p.text.split()[-1].istitle()
    }


def _agents(mention: EventMention) -> set[str]:
    return {party_key(p) for p in mention.roles.agent}


def _strong(mention: EventMention) -> bool:
    return not mention.weak and mention.frame != Frame.KILL


def _same_sentence(incident: _Incident, mention: EventMention, ref: Reference) -> bool:
    """One sentence, one family: one incident, unless two strong violent triggers have different
    perpetrators ("rebels shelled the town and the army bombed the camp") or one is told in a
    clause of its own date ("the first death since 2017, when a general was killed")."""
    group = incident.mentions
    last = group[-1]
    if last.sentence != mention.sentence or not _same_reality(group, mention, False):
        return False
    if not _kin(last, mention) and not _coordinated(incident, mention, ref):
        return False
    for m, r in incident.told():
        # a clause of its own date is its own incident, with what trails it ("..., when a general
        # was killed in the province, reportedly by mortar fire")
        trailing = r.dated_clause and m.trigger.start < mention.trigger.start
        if m.sentence == mention.sentence and r.dated_clause != ref.dated_clause and not trailing:
            return False
    if family(last) != family(mention) and ref.back:
        # "police arrested two men after the shooting": the shooting told before; but guns taken
        # in its inquiry are part of it
        return _evidence_taken(incident, mention, ref)
    head = incident.head()
    agents_a, agents_b = _agents(head), _agents(mention)
    distinct = bool(agents_a and agents_b and not agents_a & agents_b)
    return not (family(mention) == "violence" and _strong(head) and _strong(mention) and distinct)


def _coordinated(incident: _Incident, mention: EventMention, ref: Reference) -> bool:
    """ "were imprisoned and later executed", "abducted and killed": a detention coordinated with
    the violence done to the same people is part of it."""
    kinds = {family(mention), *(family(m) for m in incident.mentions)}
    if kinds != {"detention", "violence"}:
        return False
    return any(
        m.sentence == mention.sentence and (r.joined_to == mention.trigger.head or ref.joined_to == m.trigger.head)
        for m, r in incident.told()
    )


def _secondary(mention: EventMention) -> bool:
    return mention.sub_event_type == _WEAPONS or family(mention) == "detention"


def _kin(a: EventMention, b: EventMention) -> bool:
    """Same family or type; in one sentence, a weapon drawn or fired beside violence is part of it."""
    kin = {family(a), family(b)}
    weapons = {m.sub_event_type for m in (a, b)} & {_WEAPONS}
    same_type = a.sub_event_type == b.sub_event_type  # "left their posts ... after refusing to follow"
    return len(kin) == 1 or same_type or (len(kin) == 2 and "violence" in kin and bool(weapons))


def _same_reality(group: list[EventMention], mention: EventMention, back: bool) -> bool:
    """What happened and what did not are different records; but a mention pointing back may tell
    a plan's outcome ("planned to attack ... The attack was called off")."""
    if back and mention.modality not in _NOT_RECORDS and not any(m.modality in _NOT_RECORDS for m in group):
        return True
    # an incident that happened stays one when a mention pointing back to it was negated ("did not
    # share details of the shooting"): it is unreal only if all its mentions are
    return all(m.modality in _UNREAL for m in group) == (mention.modality in _UNREAL)


class _Incident:
    """The mentions grouped so far, with the places and times their sentences name (of a sentence
    that only points back, "arrested on Monday in connection with the attack", those pinned to the
    mention: the rest is another occurrence's)."""

    def __init__(self, mention: EventMention, ref: Reference) -> None:
        self.mentions: list[EventMention] = []
        self.refs: list[Reference] = []
        self.places: frozenset[str] = frozenset()
        self.towns: frozenset[str] = frozenset()
        self.times: frozenset[str] = frozenset()
        self.clocks: frozenset[str] = frozenset()
        self._head: EventMention | None = None  # the first of the best ranked mentions, kept as they come
        self._head_rank: tuple[int, ...] = ()
        # the parties and the people named of all its mentions, gathered as they are added (a
        # union over the whole group at each look-up grew with the square of a long report)
        self.parties: set[str] = set()
        self.names: set[str] = set()
        self.add(mention, ref)

    def add(self, mention: EventMention, ref: Reference) -> None:
        self.mentions.append(mention)
        self.refs.append(ref)
        ranked = rank(mention)
        if self._head is None or ranked < self._head_rank:  # a tie keeps the earlier: what min() takes
            self._head, self._head_rank = mention, ranked
        self.parties |= _parties(mention)
        self.names |= _names(mention)
        if ref.back:
            self.places |= ref.own_places
            self.times |= ref.own_times
            return
        self.places |= ref.places
        self.towns |= ref.towns
        self.times |= ref.times
        self.clocks |= ref.clocks

    def told(self) -> list[tuple[EventMention, Reference]]:
        return list(zip(self.mentions, self.refs, strict=True))

    @property
    def last(self) -> int:
        return self.mentions[-1].sentence

    def head(self) -> EventMention:
        """``min(self.mentions, key=rank)``, the mention that best represents the incident, kept
        up to date as mentions are added (every later mention asks it of every incident: ranking
        the whole group each time grew with the square of a long report)."""
        assert self._head is not None
        return self._head

    def head_family(self) -> str:
        return family(self.head())


def _apart(incident: _Incident, ref: Reference, *, whole_sentence: bool) -> bool:
    """A place or time pinned to the mention (or, for a loose link, named in its sentence) that the
    incident's sentences never name: another occurrence."""
    if whole_sentence:
        return any(disjoint(a, b) for a, b in ((ref.towns, incident.towns), (ref.times, incident.times),
                                               (ref.clocks, incident.clocks)))  # fmt: skip
    return disjoint(ref.own_places, incident.places) or disjoint(ref.own_times, incident.times)


def _new_time(incident: _Incident, ref: Reference) -> bool:
    """A sentence that dates what it tells when the incident's sentences gave no such time ("Just
    after 11.30pm a wave of shooting broke out"): a loose link does not carry across it. A
    headline dates nothing, so the lead that dates it still tells it."""
    headline = all(m.in_title or m.sentence == 0 for m in incident.mentions)
    new = any(own and not own & told for own, told in ((ref.times, incident.times), (ref.clocks, incident.clocks)))
    return new and not headline


def _tells(group: list[EventMention], mention: EventMention, *, generic: bool = True) -> bool:
    """The mention's type can tell the incident: the same type; "the blast" for a suicide bombing
    (an explosion is the generic remote violence); with ``generic``, "the attack" or "the
    shooting" for any violence (a bomb's target was attacked, a clash is an attack told from one
    side). A bombing does not tell gunfire, nor gunfire a bombing."""
    subs = {m.sub_event_type for m in group}
    sub = mention.sub_event_type
    if sub in subs or (sub == _EXPLOSION and subs & set(_REMOTE)):
        return True
    if family(mention) == "rift" and any(family(m) == "rift" for m in group):
        return True  # a refusal of orders tells the dispute it is part of
    return generic and sub in _FIGHTS and family(mention) == "violence" and any(family(m) == "violence" for m in group)


def _agents_differ(group: list[EventMention], mention: EventMention) -> bool:
    told, own = set().union(*map(_agents, group)), _agents(mention)
    return bool(told and own and not told & own)


def _told_victims(group: list[EventMention], ref: Reference) -> bool:
    """ "The men were shot by a firing squad" after "executed 14 of their own members": a definite
    phrase for people who were acted on ("the men", "the victims") points back to the people the
    incident acted on, as a pronoun would."""
    return ref.told_people and any(p.cls in _PEOPLE_CLASSES for m in group for p in m.roles.patient)


def _near_link(group: list[EventMention], mention: EventMention, ref: Reference, incident: _Incident) -> bool:
    shared = bool(_parties(mention) & incident.parties)
    if ref.back or ref.pronoun or shared or _told_victims(group, ref):
        only_a_group = not (ref.back or ref.pronoun or _told_victims(group, ref) or _people_shared(group, mention))
        if only_a_group and _moved_on(incident, ref):
            return False  # the same group again, at a place or time of its own: another occurrence
        return any(m.sub_event_type == mention.sub_event_type for m in group) or family(mention) in ("violence", "rift")
    same_kind = _tells(group, mention)
    loose = (
        mention.weak
        or (mention.frame == Frame.KILL and not _agents(mention))  # "Twenty insurgents were killed."
        or (same_kind and not _agents_differ(group, mention))
    )
    return loose and not _new_time(incident, ref) and not _apart(incident, ref, whole_sentence=True)


def _moved_on(incident: _Incident, ref: Reference) -> bool:
    """A place or time pinned to the mention that the incident lacks, or a sentence dating anew."""
    return _apart(incident, ref, whole_sentence=False) or _new_time(incident, ref)


def _people(mention: EventMention) -> set[str]:
    """Its participants that are people, not groups, forces or things: an armed group named again
    far off is the report's subject, not a sign of the same incident."""
    return {party_key(p) for p in (*mention.roles.agent, *mention.roles.patient) if p.cls not in _GROUP_CLASSES}


def _people_shared(group: list[EventMention], mention: EventMention) -> bool:
    own = _people(mention)
    return bool(own) and any(own & _people(m) for m in group)


def _far_link(group: list[EventMention], mention: EventMention, ref: Reference, incident: _Incident) -> bool:
    same_type = _tells(group, mention, generic=False)
    if ref.back:  # far off, a type named anew ("the May 22 bombing", "the fighting") is likely another
        return same_type
    if _names(mention) & incident.names:
        return True  # "Ciara Meyer was shot Jan. 11 in Penn Township" after "the death of ... Ciara Meyer"
    if _apart(incident, ref, whole_sentence=True):
        return False
    # a rift is inside one group: the group is what links it
    rift = family(mention) == "rift"
    shared = bool(_parties(mention) & incident.parties) if rift else _people_shared(group, mention)
    consequence = mention.frame in _DEATHS and not _agents(mention) and family(mention) == "violence"
    return (_tells(group, mention) and (shared or not _agents(mention))) or consequence


def _the_story(incident: _Incident, violent: list[_Incident], mention: EventMention, ref: Reference) -> bool:
    """A report whose headline tells one violent incident is about it: a later fight or shooting
    with no place or time of its own ("One of the men began firing at officers") tells it again,
    while the report has told no other violent incident (``violent``: the violent incidents)."""
    return (
        violent == [incident]
        and _told_first(incident)
        and family(mention) == "violence"
        and mention.sub_event_type in _FIGHTS | set(_REMOTE)
        and _tells(incident.mentions, mention)
        and not _new_time(incident, ref)
        and not _apart(incident, ref, whole_sentence=True)
    )


def _told_first(incident: _Incident) -> bool:
    """Told in the headline or the lead: what the report is about."""
    return any(m.in_title or m.sentence <= 1 for m in incident.mentions)


def _antecedent(incidents: list[_Incident], mention: EventMention, ref: Reference) -> _Incident | None:
    """The latest incident told before the mention's sentence that it tells again, if any."""
    latest = sorted(incidents, key=lambda i: i.last, reverse=True)
    if ref.back:  # "the bombing": an incident just told, else the latest bombing, else the latest of its family
        latest.sort(
            key=lambda i: (
                mention.sentence - i.last > LOOKBACK,
                not _tells(i.mentions, mention, generic=False),
            )
        )
    violent = [i for i in incidents if i.head_family() == "violence"]  # read once, not per incident
    if ref.witness_loss:  # "a man whose brother was killed told ...": the report's main incident
        main = next((i for i in violent if _told_first(i)), None)
        if (
            main is not None
            and _same_reality(main.mentions, mention, False)
            and not _apart(main, ref, whole_sentence=False)
        ):
            return main
    for incident in latest:
        group = incident.mentions
        if incident.last >= mention.sentence:
            continue
        if not _same_reality(group, mention, ref.back) or _apart(incident, ref, whole_sentence=False):
            continue
        if _evidence_taken(incident, mention, ref):
            return incident
        if incident.head_family() != family(mention):
            continue
        near = mention.sentence - incident.last <= LOOKBACK
        if _near_link(group, mention, ref, incident) if near else _far_link(group, mention, ref, incident):
            return incident
        if _the_story(incident, violent, mention, ref):
            return incident
        if near and not ref.back and _new_time(incident, ref):
            return None  # the story just moved to another time: a new occurrence, not an older one
    return None


def _evidence_taken(incident: _Incident, mention: EventMention, ref: Reference) -> bool:
    """ "police removed five guns from the home after the shooting": weapons taken in the inquiry
    into an incident the sentence points back to are part of that incident, not a seizure."""
    pointing = ref.back or ref.after_told
    return (
        mention.sub_event_type == _WEAPONS
        and pointing
        and incident.head_family() == "violence"
        and not _apart(incident, ref, whole_sentence=False)
    )


def _motive(mention: EventMention) -> bool:
    return mention.modality == "planned" and mention.sub_event_type == _LOOTING


def _motive_of(incidents: list[_Incident], mention: EventMention, ref: Reference) -> _Incident | None:
    """ "Police say the men intended to rob him" in a report whose headline tells one violent
    incident: the robbery they meant to commit is the incident's motive, not a planned event."""
    if not _motive(mention):
        return None
    violent = [i for i in incidents if i.head_family() == "violence"]
    story = violent[0] if len(violent) == 1 else None
    if story is None or not _told_first(story):
        return None
    return None if _apart(story, ref, whole_sentence=True) else story


def group_mentions(mentions: list[EventMention], doc: Any) -> list[list[EventMention]]:
    """Mentions (in document order) of the parsed ``doc`` grouped into incidents, in order of
    first mention."""
    references = References(doc)
    incidents: list[_Incident] = []
    # In a sentence, violence first: a gun drawn joins the shooting, not the shooting the gun; a
    # killing finds its incident before the detention coordinated with it follows.
    for mention in sorted(mentions, key=lambda m: (m.sentence, _secondary(m), m.trigger.start)):
        ref = references.of(mention)
        target = next((i for i in reversed(incidents) if _same_sentence(i, mention, ref)), None)
        if target is None and not ref.new:
            target = _antecedent(incidents, mention, ref)
        if target is None and not ref.new:
            target = _motive_of(incidents, mention, ref)
        if target is not None and (_evidence_taken(target, mention, ref) or _motive(mention)):
            mention = dataclasses.replace(mention, weak=True)  # the inquiry's step never heads the incident
        if target is None:
            incidents.append(_Incident(mention, ref))
        else:
            target.add(mention, ref)
    return [i.mentions for i in incidents]


def fold_headline(groups: list[list[EventMention]]) -> list[list[EventMention]]:
    """A headline announces what the body tells: an incident named only in the headline joins the
    body's first incident of the same family ("clash near X, activists say" ... "traded fire")."""
    body = [g for g in groups if not all(m.in_title for m in g)]
    kept = []
    for group in groups:
        if all(m.in_title for m in group):
            same = next((b for b in body if family(min(b, key=rank)) == family(min(group, key=rank))), None)
            if same is not None:
                same.extend(group)
                continue
        kept.append(group)
    return kept
