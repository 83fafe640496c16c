"""From a trigger's frame, its participants and its sentence to an ACLED sub-event type and a kind.

The rules are ACLED's coding rules (see :mod:`faultlines.ontology`): the weapon decides among
remote violence; who was hit decides between a battle and violence against civilians; who took a
town decides between "Government regains territory" and "Non-state actor overtakes territory";
only the state arrests; what protesters and police did decides among the protest types.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from faultlines.events.categories import FIGHT_FRAMES, Frame, PartyClass
from faultlines.events.participants import Party, Roles
from faultlines.lang.en.actors import POLICE_WORDS
from faultlines.lang.en.events import (
    AIR_CUES,
    EXCESSIVE_CUES,
    GOODS,
    OFFICE_NOUNS,
    RIOT_CUES,
)
from faultlines.ontology import KIND_TO_ACLED

# remote-violence frames, most specific first: one weapon cue in the sentence types the incident
REMOTE_ORDER = (Frame.SUICIDE_BOMB, Frame.CHEMICAL, Frame.GRENADE, Frame.AIR_STRIKE, Frame.SHELLING, Frame.EXPLOSION)
# the kind each remote-violence frame makes (same order); its sub-event type is the kind's in the ontology
_REMOTE_KINDS = {
    Frame.SUICIDE_BOMB: "suicide_bombing",
    Frame.CHEMICAL: "chemical_attack",
    Frame.GRENADE: "grenade_attack",
    Frame.AIR_STRIKE: "air_strike",
    Frame.SHELLING: "shelling",
    Frame.EXPLOSION: "bombing",
}
REMOTE_SUB = {frame: (KIND_TO_ACLED[kind], kind) for frame, kind in _REMOTE_KINDS.items()}


class Typed(NamedTuple):
    """An ACLED sub-event type and a kind, with the rule that chose them (shown to the analyst)."""

    sub_event_type: str
    kind: str
    rule: str


def _typed(pair: tuple[str, str], rule: str) -> Typed:
    return Typed(pair[0], pair[1], rule)


VIOLENT_FRAMES = frozenset({Frame.ATTACK, Frame.KILL, Frame.CLASH, Frame.EXECUTE, Frame.ASSASSINATE, *REMOTE_ORDER})
PROTEST_FRAMES = frozenset({Frame.PROTEST, Frame.RIOT, Frame.INTERVENE})
_ARMED = frozenset({PartyClass.STATE, PartyClass.ARMED, PartyClass.MILITARY_SITE, PartyClass.ORG})
_UNARMED = frozenset({PartyClass.CIVILIAN, PartyClass.PERSON, PartyClass.PROPERTY, PartyClass.PROTESTER})
# What a capture can take: one with none of these ("took the decision") changed no hands.
_TERRITORIAL = frozenset(PartyClass) - {PartyClass.PROPERTY, PartyClass.RIOTER, PartyClass.PRONOUN}
# The frames with one type whatever their participants, and the kind each makes; its ACLED
# sub-event type is the kind's in faultlines.ontology.
_FIXED_KINDS = {
    Frame.ABDUCT: "abduction",
    Frame.SEXUAL: "sexual_violence",
    Frame.MOB: "mob_violence",
    Frame.AGREE: "agreement",
    Frame.NEGOTIATE: "negotiation",  # ACLED: agreements include evacuation deals and talks
    Frame.DEFECT: "defection",
    Frame.DESERT: "desertion",
    Frame.COUP: "coup_attempt",  # ACLED: a coup is a strategic development of its own
    Frame.REFUSE: "refusal_of_orders",
    Frame.GROUP_CHANGE: "group_change",
    Frame.RELOCATE: "relocation",
    Frame.BASE: "base_established",
    Frame.WEAPONS: "weapons_seized",
    Frame.DISPLACE: "displacement",
    Frame.DISPUTE: "internal_dispute",  # a rift changes no group's structure or activity yet
    Frame.FORCED_RECRUIT: "forced_recruitment",
    Frame.HANDOVER: "withdrawal",
}
_FIXED = {frame: (KIND_TO_ACLED[kind], kind) for frame, kind in _FIXED_KINDS.items()}


@dataclass(frozen=True, slots=True)
class Cues:
    """What else the sentence says: the frames of its other triggers, and its lemmas."""

    frames: frozenset[str]
    lemmas: frozenset[str]


def _classes(parties: tuple[Party, ...]) -> set[str]:
    return {p.cls for p in parties}


def remote_type(frame: str, cues: Cues) -> Typed | None:
    """The remote-violence type of an incident, from the most specific weapon in the sentence."""
    frames = cues.frames | {frame}
    for weapon in REMOTE_ORDER:
        if weapon in frames:
            return _typed(REMOTE_SUB[weapon], f"the weapon decides remote violence: {weapon.replace('_', ' ')}")
    return None


def _violent(frame: str, roles: Roles, cues: Cues) -> Typed:
    # an execution is done by hand, and an assassination by the weapon it names: a bomb named
    # elsewhere in the sentence is another event
    by_hand = frame == Frame.EXECUTE or (frame == Frame.ASSASSINATE and not roles.instrument)
    remote = None if by_hand else remote_type(frame, cues)
    if remote is not None and (remote[0] != "Remote explosive/landmine/IED" or not cues.lemmas & AIR_CUES):
        return remote
    if frame in (Frame.ATTACK, Frame.KILL, Frame.EXPLOSION) and cues.lemmas & AIR_CUES:
        return _typed(REMOTE_SUB["air_strike"], "an attack from the air is an air strike")
    agents, patients = _classes(roles.agent), _classes(roles.patient)
    if agents & {PartyClass.PROTESTER, PartyClass.RIOTER}:
        if PartyClass.RIOTER in agents:
            return Typed("Mob violence", "mob_violence", "rioters' violence is mob violence")
        return Typed("Violent demonstration", "riot", "demonstrators who use violence riot")
    if PartyClass.PROTESTER in patients:
        return Typed("Excessive force against protesters", "attack", "violence against protesters")
    if frame == Frame.EXECUTE:
        return Typed("Attack", "execution", "an execution is one-sided violence")
    if frame == Frame.ASSASSINATE:
        return Typed("Attack", "attack", "an assassination is one-sided violence")
    if frame == Frame.CLASH:
        return Typed("Armed clash", "armed_clash", "a clash is a battle")
    if frame == Frame.KILL and Frame.CLASH in cues.frames:
        # ACLED codes the dead of a battle in the battle, bystanders included
        return Typed("Armed clash", "armed_clash", "deaths in a battle the sentence tells are the battle's")
    if patients & _ARMED and not patients & _UNARMED:
        return Typed("Armed clash", "armed_clash", "who was hit decides: only armed sides, a battle")
    if patients & _UNARMED:
        return Typed("Attack", "attack", "who was hit decides: unarmed people, violence against civilians")
    if frame == Frame.ATTACK and agents & {PartyClass.STATE}:
        return Typed("Armed clash", "armed_clash", "state forces attacking an unnamed side fight a battle")
    if frame in (Frame.KILL, Frame.ATTACK):
        return Typed("Attack", "attack", "a killing or attack with no armed target")
    return Typed("Armed clash", "armed_clash", "violence between unnamed sides")


def _territory(frame: str, lemma: str, roles: Roles, cues: Cues) -> Typed | None:
    patients = _classes(roles.patient)
    agents = _classes(roles.agent)
    if frame == Frame.CAPTURE and roles.patient and all(_goods(p) for p in roles.patient):
        # "police seized drugs and cash", "Two Dogs Seized From Home": goods are no territory;
        # armed men who take them loot
        if agents & {PartyClass.ARMED, PartyClass.RIOTER}:
            return Typed("Looting/property destruction", "looting", "armed men taking goods loot")
        return None
    if frame == Frame.CAPTURE and patients and not patients & _TERRITORIAL:
        return None  # "entering their third day", "took the decision": nothing changed hands
    if lemma == "enter" and not patients & {PartyClass.PLACE, PartyClass.MILITARY_SITE}:
        return None
    people = {
        PartyClass.CIVILIAN,
        PartyClass.PERSON,
        PartyClass.ARMED,
        PartyClass.STATE,
        PartyClass.PROTESTER,
    }  # "captured two soldiers" took no town
    people_only = patients & people and not patients & {PartyClass.PLACE, PartyClass.MILITARY_SITE}
    if people_only and frame == Frame.CAPTURE:
        return _detention(agents)  # "seized two men"; but "pulled its fighters out" detains no one
    if PartyClass.WEAPON in patients:
        return Typed("Disrupted weapons use", "weapons_seized", "seizing weapons disrupts their use")
    if frame == Frame.WITHDRAW or cues.frames & {Frame.WITHDRAW, Frame.HANDOVER}:
        kind = "withdrawal" if frame == Frame.WITHDRAW else "territory_taken"
        return Typed("Non-violent transfer of territory", kind, "a withdrawal or handover: no fight for it")
    if lemma == "lose":  # the subject lost it; the winner, if named, is "to X"
        if PartyClass.STATE in _classes(roles.recipient):
            return Typed("Government regains territory", "territory_lost", "lost to state forces")
        return Typed("Non-state actor overtakes territory", "territory_lost", "lost, not to state forces")
    if PartyClass.STATE in agents:
        return Typed("Government regains territory", "territory_taken", "who took it decides: state forces")
    return Typed("Non-state actor overtakes territory", "territory_taken", "who took it decides: a non-state side")


def _flight(roles: Roles) -> Typed:
    """Civilians who flee are displaced; fighters who flee a town withdraw from it; fighters who
    flee anything else (the front, the group, "toward the border") desert."""
    if not _classes(roles.agent) & {PartyClass.ARMED, PartyClass.STATE}:
        return _typed(_FIXED["displace"], "civilians who flee are displaced")
    if _classes((*roles.patient, *roles.source)) & {PartyClass.PLACE, PartyClass.MILITARY_SITE}:
        return Typed("Non-violent transfer of territory", "withdrawal", "fighters who flee a place withdraw from it")
    return Typed("Change to group/activity", "desertion", "fighters who flee anything else desert")


def _goods(party: Party) -> bool:
    word = _last_word(party)
    return party.cls in (PartyClass.UNKNOWN, PartyClass.PROPERTY) and (
        word in GOODS or (word.endswith("s") and word[:-1] in GOODS)
    )


def _last_word(party: Party) -> str:
    words = party.text.lower().split()
    return words[-1] if words else ""


def _police_raid(frame: str, lemma: str, roles: Roles, cues: Cues) -> bool:
    """ "Police and counter-terror officers launched further raids": police who raid, with no
    fighting or armed target in the sentence."""
    if frame != Frame.ATTACK or lemma != "raid" or not roles.agent:
        return False
    police = all(_last_word(p) in POLICE_WORDS for p in roles.agent)
    return police and not cues.frames & FIGHT_FRAMES and not _classes(roles.patient) & _ARMED


def _detention(agents: set[str]) -> Typed:
    """ACLED: only state forces arrest; anyone else who seizes people abducts them."""
    if agents & {PartyClass.ARMED, PartyClass.ORG, PartyClass.RIOTER} and PartyClass.STATE not in agents:
        return Typed("Abduction/forced disappearance", "abduction", "only the state arrests: others abduct")
    return Typed("Arrests", "arrest", "people detained by the state (or no one named) are arrested")


def _protest(frame: str, roles: Roles, cues: Cues) -> Typed:
    """ACLED's protest ladder: violence by demonstrators makes a riot; lethal or brutal force
    against them is excessive force; dispersal or arrests are an intervention."""
    frames = cues.frames | {frame}
    if Frame.RIOT in frames or frames & {Frame.LOOT, Frame.CLASH} or cues.lemmas & RIOT_CUES:
        return Typed("Violent demonstration", "riot", "protest ladder: demonstrators used violence")
    forced = frames & {Frame.INTERVENE, Frame.ARREST, Frame.ATTACK, Frame.KILL}
    if forced and (frames & {Frame.KILL} or cues.lemmas & EXCESSIVE_CUES):
        return Typed("Excessive force against protesters", "protest", "protest ladder: lethal or brutal force")
    if forced:
        return Typed("Protest with intervention", "protest", "protest ladder: dispersed or detained")
    return Typed("Peaceful protest", "protest", "protest ladder: no violence, no intervention")


def classify(frame: str, lemma: str, roles: Roles, cues: Cues) -> Typed | None:
    """(ACLED sub-event type, kind, the rule that chose them) of a trigger, or None when its
    context shows that it is not an event after all; ``lemma`` is its head word."""
    if frame in VIOLENT_FRAMES:
        if _police_raid(frame, lemma, roles, cues):
            return Typed("Arrests", "arrest", "a police raid with no fighting told is a search and arrests")
        if cues.frames & PROTEST_FRAMES and frame in (Frame.ATTACK, Frame.KILL, Frame.CLASH):
            return _protest(frame, roles, cues)
        if frame == Frame.EXPLOSION and lemma in ("bomb", "bombing") and PartyClass.STATE in _classes(roles.agent):
            return _typed(REMOTE_SUB["air_strike"], "state forces bomb from the air")
        return _violent(frame, roles, cues)
    if frame == Frame.DISPLACE:
        return _flight(roles)
    if frame == Frame.HANDOVER and any(_last_word(p) in OFFICE_NOUNS for p in roles.patient):
        return _typed(_FIXED["relocate"], "handing over offices moves a headquarters")
    if frame in PROTEST_FRAMES:
        return _protest(frame, roles, cues)
    if frame in (Frame.CAPTURE, Frame.WITHDRAW):
        return _territory(frame, lemma, roles, cues)
    patients = _classes(roles.patient)
    if (
        frame == Frame.WEAPONS
        and patients & {PartyClass.CIVILIAN, PartyClass.PERSON, PartyClass.ARMED}
        and PartyClass.WEAPON not in patients
    ):
        return _detention(_classes(roles.agent))  # "intercepted 15 suspects"
    if frame == Frame.ARREST:
        if cues.frames & {Frame.PROTEST, Frame.RIOT}:
            return _protest(frame, roles, cues)
        return _detention(_classes(roles.agent))
    if frame == Frame.LOOT:
        if PartyClass.WEAPON in _classes(roles.patient):
            return Typed("Disrupted weapons use", "weapons_seized", "seizing weapons disrupts their use")
        if _classes(roles.agent) & {PartyClass.PROTESTER, PartyClass.RIOTER} or cues.frames & {
            Frame.PROTEST,
            Frame.RIOT,
        }:
            return Typed("Violent demonstration", "riot", "demonstrators who loot riot")
        return Typed("Looting/property destruction", "looting", "looting")
    if frame in _FIXED:
        return _typed(_FIXED[frame], f"the trigger's frame '{frame}' has one type")
    return Typed("Other", "group_change", f"no rule for the frame '{frame}'")
