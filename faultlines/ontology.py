"""The event ontology: ACLED's types, Faultlines' intra-group-aware kinds, and PLOVER.

Three vocabularies, one module, so every stage, exporter and scorer spells them the same way.

- ACLED's 6 event types and 25 sub-event types, spelled exactly as in ACLED's codebook
  (:data:`ACLED`); CASE 2021 Task 2 names them with short codes (:data:`CASE2021_LABELS`).
- Faultlines' ``kind`` (:data:`KINDS`): finer than ACLED, and it says when an event happens
  *inside* one organisation (infighting, executions of members, desertion, a coup attempt ...).
  Each kind has the ACLED sub-event type it is coded as by default (:data:`KIND_TO_ACLED`).
- PLOVER (Halterman et al.; CAMEO2PLOVER table, draft 0.8, 2021): the event category and mode of
  each ACLED sub-event type (:data:`ACLED_TO_PLOVER`).

Coding rules we follow (from ACLED's codebook, as we read it):

1. An armed exchange between two organised armed actors with no change of territory is
   "Battles / Armed clash"; when a non-state actor (or the government) takes territory by
   fighting, it is "Non-state actor overtakes territory" ("Government regains territory").
   Territory changing hands without fighting (a withdrawal, a handover) is "Strategic
   developments / Non-violent transfer of territory".
2. Only state forces "arrest" ("Strategic developments / Arrests"); a non-state actor that seizes
   people commits "Violence against civilians / Abduction/forced disappearance".
3. Violence by an organised armed actor against unarmed people is "Violence against civilians /
   Attack"; remote weapons take precedence over the victim: an IED, shelling, an air strike, a
   grenade, a suicide bomb or a chemical weapon is coded under "Explosions/Remote violence" by
   weapon, whoever it hit.
4. A demonstration is "Protests / Peaceful protest"; when the authorities disperse or detain
   it without lethal force it is "Protest with intervention"; when they use lethal or serious force
   against peaceful protesters, "Excessive force against protesters"; when demonstrators
   themselves are violent (clashes, stone throwing, arson), "Riots / Violent demonstration";
   unorganised crowds attacking people are "Riots / Mob violence".
5. Fatalities are the lowest credible figure ("dozens" = 12, "hundreds" = 100; see
   :mod:`faultlines.numbers`); injuries are never deaths; unknown stays unknown (null).
6. What did not happen is not an event: an attack that was planned and called off, an attempt
   that failed, a forecast, a denial. Faultlines keeps them, with their ``modality``, so that an
   analyst can filter ``modality == "asserted"`` to get ACLED-style events.
7. Intra-group events (infighting, executions of own members, desertion, coup attempts) are
   coded with the same organisation as actor 1 and actor 2 (each with its faction when known) and
   ``intra_group`` true: ACLED has no such flag, which is exactly what Faultlines adds.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "ACLED",
    "ACLED_TO_PLOVER",
    "CASE2021_LABELS",
    "EVENT_TYPES",
    "INTRA_GROUP_KINDS",
    "KINDS",
    "KIND_TO_ACLED",
    "KIND_TO_PLOVER",
    "MODALITIES",
    "SUB_EVENT_TYPES",
    "event_type_of",
]

BATTLES: Final = "Battles"
REMOTE: Final = "Explosions/Remote violence"
VAC: Final = "Violence against civilians"
PROTESTS: Final = "Protests"
RIOTS: Final = "Riots"
STRATEGIC: Final = "Strategic developments"

ACLED: Final = MappingProxyType(
    {
        BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
        REMOTE: (
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ),
        VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
        PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
        RIOTS: ("Violent demonstration", "Mob violence"),
        STRATEGIC: (
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ),
    }
)
EVENT_TYPES: Final = tuple(ACLED)
SUB_EVENT_TYPES: Final = tuple(sub for subs in ACLED.values() for sub in subs)
_TYPE_OF: Final = {sub: etype for etype, subs in ACLED.items() for sub in subs}


def event_type_of(sub_event_type: str) -> str:
    """The ACLED event type of a sub-event type ("Grenade" -> "Explosions/Remote violence")."""
    return _TYPE_OF[sub_event_type]


# CASE 2021 Task 2 label -> ACLED sub-event type (the 25 "seen" types).
CASE2021_LABELS: Final = MappingProxyType(
    {
        "ARMED_CLASH": "Armed clash",
        "GOV_REGAINS_TERIT": "Government regains territory",
        "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
        "CHEM_WEAP": "Chemical weapon",
        "AIR_STRIKE": "Air/drone strike",
        "SUIC_BOMB": "Suicide bomb",
        "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
        "REM_EXPLOS": "Remote explosive/landmine/IED",
        "GRENADE": "Grenade",
        "SEX_VIOL": "Sexual violence",
        "ATTACK": "Attack",
        "ABDUCT_DISSAP": "Abduction/forced disappearance",
        "PEACE_PROTEST": "Peaceful protest",
        "PROTEST_WITH_INTER": "Protest with intervention",
        "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
        "VIOL_DEMONSTR": "Violent demonstration",
        "MOB_VIOL": "Mob violence",
        "AGREEMENT": "Agreement",
        "ARREST": "Arrests",
        "CHANGE_TO_GROUP_ACT": "Change to group/activity",
        "DISR_WEAP": "Disrupted weapons use",
        "HQ_ESTABLISHED": "Headquarters or base established",
        "PROPERTY_DISTRUCT": "Looting/property destruction",
        "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
        "OTHER": "Other",
    }
)

MODALITIES: Final = (
    "asserted",  # it happened, as reported
    "attempted_failed",  # tried and failed ("tried to overthrow", "a foiled coup", an offer rejected)
    "planned",  # "plans to", "was preparing to"
    "called_off",  # planned, then cancelled ("was called off", "abandoned the plan")
    "negated",  # "did not attack", "denied that ... attacked", "no one was killed"
    "hypothetical",  # "if ... would", "could", "might"
    "forecast",  # "will likely", "is expected to"
    "alleged",  # "reportedly", "allegedly", "accused of", "claimed"
)

# kind -> (ACLED sub-event type it is coded as by default, PLOVER category, PLOVER mode).
# Modes are those of the CAMEO2PLOVER table; "" where PLOVER has no finer mode for the kind.
_KINDS: Final = {
    "infighting": ("Armed clash", "ASSAULT", "firearms"),
    "execution_of_members": ("Attack", "ASSAULT", ""),
    "assassination_of_member": ("Attack", "ASSAULT", "assassinate"),
    "coup_attempt": ("Other", "COERCE", ""),
    "defection": ("Change to group/activity", "REJECT", ""),
    "desertion": ("Change to group/activity", "RETREAT", ""),
    "refusal_of_orders": ("Change to group/activity", "REJECT", "yield"),
    "internal_dispute": ("Other", "REJECT", ""),
    "withdrawal": ("Non-violent transfer of territory", "RETREAT", "withdraw"),
    "territory_lost": ("Non-state actor overtakes territory", "COERCE", "confiscate"),
    "territory_taken": ("Non-state actor overtakes territory", "COERCE", "confiscate"),
    "relocation": ("Headquarters or base established", "MOBILIZE", "troops"),
    "negotiation": ("Agreement", "CONSULT", ""),
    "agreement": ("Agreement", "AGREE", ""),
    "execution": ("Attack", "ASSAULT", ""),
    "air_strike": ("Air/drone strike", "ASSAULT", "heavy-weapons"),
    "shelling": ("Shelling/artillery/missile attack", "ASSAULT", "heavy-weapons"),
    "bombing": ("Remote explosive/landmine/IED", "ASSAULT", "explosives"),
    "suicide_bombing": ("Suicide bomb", "ASSAULT", "suicide-attack"),
    "grenade_attack": ("Grenade", "ASSAULT", "explosives"),
    "chemical_attack": ("Chemical weapon", "ASSAULT", "unconventional"),
    "attack": ("Attack", "ASSAULT", ""),
    "armed_clash": ("Armed clash", "ASSAULT", "firearms"),
    "abduction": ("Abduction/forced disappearance", "ASSAULT", "abduct"),
    "arrest": ("Arrests", "COERCE", "arrest"),
    "sexual_violence": ("Sexual violence", "ASSAULT", "sexual"),
    "displacement": ("Other", "ASSAULT", "cleansing"),
    "forced_recruitment": ("Change to group/activity", "COERCE", ""),
    "protest": ("Peaceful protest", "PROTEST", "demo"),
    "riot": ("Violent demonstration", "PROTEST", "riot"),
    "mob_violence": ("Mob violence", "ASSAULT", "beat"),
    "looting": ("Looting/property destruction", "COERCE", "confiscate"),
    "weapons_seized": ("Disrupted weapons use", "COERCE", "confiscate"),
    "base_established": ("Headquarters or base established", "MOBILIZE", "troops"),
    "group_change": ("Change to group/activity", "MOBILIZE", ""),
}
KINDS: Final = tuple(_KINDS)
KIND_TO_ACLED: Final = MappingProxyType({kind: value[0] for kind, value in _KINDS.items()})
KIND_TO_PLOVER: Final = MappingProxyType({kind: value[1:] for kind, value in _KINDS.items()})
INTRA_GROUP_KINDS: Final = frozenset(
    {
        "infighting",
        "execution_of_members",
        "assassination_of_member",
        "coup_attempt",
        "defection",
        "desertion",
        "refusal_of_orders",
        "internal_dispute",
    }
)

# ACLED sub-event type -> (PLOVER category, PLOVER mode), after CAMEO2PLOVER (draft 0.8, 2021).
ACLED_TO_PLOVER: Final = MappingProxyType(
    {
        "Armed clash": ("ASSAULT", "firearms"),
        "Government regains territory": ("COERCE", "confiscate"),
        "Non-state actor overtakes territory": ("COERCE", "confiscate"),
        "Chemical weapon": ("ASSAULT", "unconventional"),
        "Air/drone strike": ("ASSAULT", "heavy-weapons"),
        "Suicide bomb": ("ASSAULT", "suicide-attack"),
        "Shelling/artillery/missile attack": ("ASSAULT", "heavy-weapons"),
        "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
        "Grenade": ("ASSAULT", "explosives"),
        "Sexual violence": ("ASSAULT", "sexual"),
        "Attack": ("ASSAULT", ""),
        "Abduction/forced disappearance": ("ASSAULT", "abduct"),
        "Peaceful protest": ("PROTEST", "demo"),
        "Protest with intervention": ("COERCE", ""),
        "Excessive force against protesters": ("ASSAULT", ""),
        "Violent demonstration": ("PROTEST", "riot"),
        "Mob violence": ("ASSAULT", "beat"),
        "Agreement": ("AGREE", ""),
        "Arrests": ("COERCE", "arrest"),
        "Change to group/activity": ("MOBILIZE", ""),
        "Disrupted weapons use": ("COERCE", "confiscate"),
        "Headquarters or base established": ("MOBILIZE", "troops"),
        "Looting/property destruction": ("COERCE", "confiscate"),
        "Non-violent transfer of territory": ("RETREAT", "withdraw"),
        "Other": ("", ""),
    }
)
