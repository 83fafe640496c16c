"""The closed vocabularies the event rules speak in: what a trigger means before its context is
read (:class:`Frame`) and what kind of participant a noun phrase is (:class:`PartyClass`).

They are ``StrEnum``: a member equals its string, so rule tables stay readable, but every name a
rule uses is checked against these lists (the word data, faultlines.lang.en.events, names each
frame as a member, so a misspelt one fails on import, and ``tests/events/test_events_categories.py``
checks every literal a rule compares with). The groups of frames several rules share are here too.
"""

from __future__ import annotations

from enum import StrEnum


class Frame(StrEnum):
    """What a trigger word means before its participants and sentence are read."""

    ABDUCT = "abduct"
    AGREE = "agree"
    AIR_STRIKE = "air_strike"
    ARREST = "arrest"
    ASSASSINATE = "assassinate"
    ATTACK = "attack"
    BASE = "base"
    CAPTURE = "capture"
    CHEMICAL = "chemical"
    CLASH = "clash"
    COUP = "coup"
    DEFECT = "defect"
    DESERT = "desert"
    DISPLACE = "displace"
    DISPUTE = "dispute"
    EXECUTE = "execute"
    EXPLOSION = "explosion"
    FORCED_RECRUIT = "forced_recruit"
    GRENADE = "grenade"
    GROUP_CHANGE = "group_change"
    HANDOVER = "handover"
    INTERVENE = "intervene"
    KILL = "kill"
    LOOT = "loot"
    MOB = "mob"
    NEGOTIATE = "negotiate"
    PROTEST = "protest"
    REFUSE = "refuse"
    RELOCATE = "relocate"
    RIOT = "riot"
    SEXUAL = "sexual"
    SHELLING = "shelling"
    SUICIDE_BOMB = "suicide_bomb"
    WEAPONS = "weapons"
    WITHDRAW = "withdraw"


class PartyClass(StrEnum):
    """What a participant is, as the type rules need it (ACLED's rules turn on who was hit)."""

    STATE = "state"
    ARMED = "armed"
    ORG = "org"
    RIOTER = "rioter"
    PROTESTER = "protester"
    CIVILIAN = "civilian"
    PERSON = "person"
    PRONOUN = "pronoun"
    PLACE = "place"
    MILITARY_SITE = "military_site"
    PROPERTY = "property"
    WEAPON = "weapon"
    UNKNOWN = "unknown"


# Frames whose trigger is weak alone (a consequence or a very common word): they become events only
# when nothing stronger is in the sentence, and with lower confidence (faultlines.events.mentions).
WEAK_FRAMES = frozenset(
    {Frame.KILL, Frame.INTERVENE, Frame.LOOT, Frame.BASE, Frame.DISPLACE, Frame.NEGOTIATE, Frame.CAPTURE}
)
# Frames that tell fighting beside a raid: "raided the camp, killing six", "clashed during the raid"
# (faultlines.events.classify).
FIGHT_FRAMES = frozenset(
    {Frame.KILL, Frame.CLASH, Frame.EXPLOSION, Frame.SHELLING, Frame.AIR_STRIKE, Frame.GRENADE, Frame.EXECUTE}
)
