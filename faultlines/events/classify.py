"""From a trigger's frame, its participants and its sentence to an ACLED sub-event type and a kind.

The rules are ACLED's coding rules (see :mod:`faultlines.ontology`): the weapon decides among
remote violence; who was hit decides between a battle and violence against civilians; who took a
town decides between "Government regains territory" and "Non-state actor overtakes territory";
only the state arrests; what protesters and police did decides among the protest types.
"""

from __future__ import annotations

from dataclasses import dataclass

from faultlines.events.lexicon import AIR_CUES, EXCESSIVE_CUES, GOODS, OFFICE_NOUNS, RIOT_CUES
from faultlines.events.participants import Party, Roles

# remote-violence frames, most specific first: one weapon cue in the sentence types the incident
REMOTE_ORDER = ("suicide_bomb", "chemical", "grenade", "air_strike", "shelling", "explosion")
REMOTE_SUB = {
    "suicide_bomb": ("Suicide bomb", "suicide_bombing"),
    "chemical": ("Chemical weapon", "chemical_attack"),
    "grenade": ("Grenade", "grenade_attack"),
    "air_strike": ("Air/drone strike", "air_strike"),
    "shelling": ("Shelling/artillery/missile attack", "shelling"),
    "explosion": ("Remote explosive/landmine/IED", "bombing"),
}
VIOLENT_FRAMES = frozenset({"attack", "kill", "clash", "execute", "assassinate", *REMOTE_ORDER})
PROTEST_FRAMES = frozenset({"protest", "riot", "intervene"})
_ARMED = frozenset({"state", "armed", "military_site", "org"})
_UNARMED = frozenset({"civilian", "person", "property", "protester"})
_TERRITORIAL = frozenset(
    {"place", "military_site", "org", "unknown", "civilian", "person", "armed", "state", "protester", "weapon"}
)
_RECAPTURE = frozenset("recapture retake regain reclaim liberate liberation recapture".split())
_FIXED = {
    "abduct": ("Abduction/forced disappearance", "abduction"),
    "sexual": ("Sexual violence", "sexual_violence"),
    "mob": ("Mob violence", "mob_violence"),
    "agree": ("Agreement", "agreement"),
    "negotiate": ("Other", "negotiation"),
    "defect": ("Change to group/activity", "defection"),
    "desert": ("Change to group/activity", "desertion"),
    "coup": ("Change to group/activity", "coup_attempt"),
    "refuse": ("Change to group/activity", "refusal_of_orders"),
    "group_change": ("Change to group/activity", "group_change"),
    "relocate": ("Headquarters or base established", "relocation"),
    "base": ("Headquarters or base established", "base_established"),
    "weapons": ("Disrupted weapons use", "weapons_seized"),
    "displace": ("Other", "displacement"),
    "dispute": ("Change to group/activity", "internal_dispute"),
    "forced_recruit": ("Change to group/activity", "forced_recruitment"),
    "handover": ("Non-violent transfer of territory", "withdrawal"),
}


@dataclass(frozen=True, slots=True)
class Cues:
    """What else the sentence says: the frames of its other triggers, and its lemmas."""

    frames: frozenset[str]
    lemmas: frozenset[str]


def _classes(parties: tuple[Party, ...]) -> set[str]:
    return {p.cls for p in parties}


def remote_type(frame: str, cues: Cues) -> tuple[str, str] | None:
    """The remote-violence type of an incident, from the most specific weapon in the sentence."""
    frames = cues.frames | {frame}
    for weapon in REMOTE_ORDER:
        if weapon in frames:
            return REMOTE_SUB[weapon]
    return None


def _violent(frame: str, roles: Roles, cues: Cues) -> tuple[str, str]:
    # an execution is done by hand, and an assassination by the weapon it names: a bomb named
    # elsewhere in the sentence is another event
    by_hand = frame == "execute" or (frame == "assassinate" and not roles.instrument)
    remote = None if by_hand else remote_type(frame, cues)
    if remote is not None and (remote[0] != "Remote explosive/landmine/IED" or not cues.lemmas & AIR_CUES):
        return remote
    if frame in ("attack", "kill", "explosion") and cues.lemmas & AIR_CUES:
        return REMOTE_SUB["air_strike"]
    agents, patients = _classes(roles.agent), _classes(roles.patient)
    if agents & {"protester", "rioter"}:
        return ("Violent demonstration", "riot") if "rioter" not in agents else ("Mob violence", "mob_violence")
    if "protester" in patients:
        return "Excessive force against protesters", "attack"
    if frame == "execute":
        return "Attack", "execution"
    if frame == "assassinate":
        return "Attack", "attack"
    if frame == "clash":
        return "Armed clash", "armed_clash"
    if patients & _ARMED and not patients & _UNARMED:
        return "Armed clash", "armed_clash"
    if patients & _UNARMED:
        return "Attack", "attack"
    if frame == "attack" and agents & {"state"}:
        return "Armed clash", "armed_clash"
    return ("Attack", "attack") if frame in ("kill", "attack") else ("Armed clash", "armed_clash")


def _territory(frame: str, lemma: str, roles: Roles, cues: Cues) -> tuple[str, str] | None:
    patients = _classes(roles.patient)
    agents = _classes(roles.agent)
    if frame == "capture" and roles.patient and all(_goods(p) for p in roles.patient):
        # "police seized drugs and cash", "Two Dogs Seized From Home": goods are no territory;
        # armed men who take them loot
        return ("Looting/property destruction", "looting") if agents & {"armed", "rioter"} else None
    if frame == "capture" and patients and not patients & _TERRITORIAL:
        return None  # "entering their third day", "took the decision": nothing changed hands
    if lemma == "enter" and not patients & {"place", "military_site"}:
        return None
    people = {"civilian", "person", "armed", "state", "protester"}  # "captured two soldiers" took no town
    people_only = patients & people and not patients & {"place", "military_site"}
    if people_only and frame == "capture":
        return _detention(agents)  # "seized two men"; but "pulled its fighters out" detains no one
    if "weapon" in patients:
        return "Disrupted weapons use", "weapons_seized"
    if frame == "withdraw" or cues.frames & {"withdraw", "handover"}:
        return "Non-violent transfer of territory", "withdrawal" if frame == "withdraw" else "territory_taken"
    if lemma == "lose":  # the subject lost it; the winner, if named, is "to X"
        winner = "Government regains territory" if "state" in _classes(roles.recipient) else None
        return winner or "Non-state actor overtakes territory", "territory_lost"
    if "state" in agents:
        return "Government regains territory", "territory_taken"
    if not agents and lemma in _RECAPTURE and "state" in _classes(roles.source):
        return "Non-state actor overtakes territory", "territory_taken"
    return "Non-state actor overtakes territory", "territory_taken"


def _flight(roles: Roles) -> tuple[str, str]:
    """Civilians who flee are displaced; fighters who flee a town withdraw from it; fighters who
    flee anything else (the front, the group, "toward the border") desert."""
    if not _classes(roles.agent) & {"armed", "state"}:
        return _FIXED["displace"]
    if _classes((*roles.patient, *roles.source)) & {"place", "military_site"}:
        return "Non-violent transfer of territory", "withdrawal"
    return "Change to group/activity", "desertion"


def _goods(party: Party) -> bool:
    word = _last_word(party)
    return party.cls in ("unknown", "property") and (word in GOODS or (word.endswith("s") and word[:-1] in GOODS))


def _last_word(party: Party) -> str:
    words = party.text.lower().split()
    return words[-1] if words else ""


def _detention(agents: set[str]) -> tuple[str, str]:
    """ACLED: only state forces arrest; anyone else who seizes people abducts them."""
    if agents & {"armed", "org", "rioter"} and "state" not in agents:
        return "Abduction/forced disappearance", "abduction"
    return "Arrests", "arrest"


def _protest(frame: str, roles: Roles, cues: Cues) -> tuple[str, str]:
    """ACLED's protest ladder: violence by demonstrators makes a riot; lethal or brutal force
    against them is excessive force; dispersal or arrests are an intervention."""
    frames = cues.frames | {frame}
    if "riot" in frames or frames & {"loot", "clash"} or cues.lemmas & RIOT_CUES:
        return "Violent demonstration", "riot"
    forced = frames & {"intervene", "arrest", "attack", "kill"}
    if forced and (frames & {"kill"} or cues.lemmas & EXCESSIVE_CUES):
        return "Excessive force against protesters", "protest"
    if forced:
        return "Protest with intervention", "protest"
    return "Peaceful protest", "protest"


def classify(frame: str, lemma: str, roles: Roles, cues: Cues) -> tuple[str, str] | None:
    """(ACLED sub-event type, kind) of a trigger, or None when its context shows that it is not an
    event after all; ``lemma`` is its head word."""
    if frame in VIOLENT_FRAMES:
        if cues.frames & PROTEST_FRAMES and frame in ("attack", "kill", "clash"):
            return _protest(frame, roles, cues)
        if frame == "explosion" and lemma in ("bomb", "bombing") and "state" in _classes(roles.agent):
            return REMOTE_SUB["air_strike"]  # armies and coalitions bomb from the air, not with IEDs
        return _violent(frame, roles, cues)
    if frame == "displace":
        return _flight(roles)
    if frame == "handover" and any(_last_word(p) in OFFICE_NOUNS for p in roles.patient):
        return _FIXED["relocate"]  # "transferred its court and headquarters to the town of X"
    if frame in PROTEST_FRAMES:
        return _protest(frame, roles, cues)
    if frame in ("capture", "withdraw"):
        return _territory(frame, lemma, roles, cues)
    patients = _classes(roles.patient)
    if frame == "weapons" and patients & {"civilian", "person", "armed"} and "weapon" not in patients:
        return _detention(_classes(roles.agent))  # "intercepted 15 suspects"
    if frame == "arrest":
        if cues.frames & {"protest", "riot"}:
            return _protest(frame, roles, cues)
        return _detention(_classes(roles.agent))
    if frame == "loot":
        if "weapon" in _classes(roles.patient):
            return "Disrupted weapons use", "weapons_seized"
        if _classes(roles.agent) & {"protester", "rioter"} or cues.frames & {"protest", "riot"}:
            return "Violent demonstration", "riot"
        return "Looting/property destruction", "looting"
    return _FIXED.get(frame, ("Other", "group_change"))
