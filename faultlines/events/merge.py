"""Grouping the mentions that tell one incident, inside one document.

In one sentence, mentions of one family (violence, territory, protest, detention ...) are one
incident ("attacked the post, killing three" is one attack), unless two strong triggers have
different perpetrators. Across sentences, a later mention joins an earlier incident of the same
type when it points back to it ("the attack", "the blast"), when it is a weak echo ("the
deaths"), or when it shares a participant, and it is at most :data:`LOOKBACK` sentences on.
An incident told only in the headline joins the body's first incident of its family
(:func:`fold_headline`).
"""

from __future__ import annotations

from faultlines.events.classify import REMOTE_SUB
from faultlines.events.mentions import EventMention

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
_UNREAL = frozenset({"forecast", "hypothetical", "planned", "called_off", "negated"})  # did not happen


def family(mention: EventMention) -> str:
    return _FAMILY.get(mention.sub_event_type, f"{mention.sub_event_type}:{mention.kind}")


def rank(mention: EventMention) -> tuple[int, int, int, int, int]:
    """Sort key: the mention that best represents its group comes first (a body sentence before
    the headline, whose wording is shortest and whose source is the outlet's summary)."""
    sub = mention.sub_event_type
    specific = _REMOTE.index(sub) if sub in _REMOTE else _PROTEST_ORDER.index(sub) if sub in _PROTEST_ORDER else 9
    return (int(mention.weak), int(mention.in_title), int(mention.frame == "kill"), specific, mention.trigger.start)


def _parties(mention: EventMention) -> set[str]:
    found = set()
    for party in (*mention.roles.agent, *mention.roles.patient):
        found.add(party.mention.actor_id if party.mention else party.text.lower())
    return found


def _agents(mention: EventMention) -> set[str]:
    return {p.mention.actor_id if p.mention else p.text.lower() for p in mention.roles.agent}


def _strong(mention: EventMention) -> bool:
    return not mention.weak and mention.frame != "kill"


def _fits(group: list[EventMention], mention: EventMention) -> bool:
    last = group[-1]
    if family(last) != family(mention):
        return False
    if any((m.modality in _UNREAL) != (mention.modality in _UNREAL) for m in group):
        return False
    if last.sentence == mention.sentence:
        head = min(group, key=rank)
        agents_a, agents_b = _agents(head), _agents(mention)
        distinct = bool(agents_a and agents_b and not agents_a & agents_b)
        return not (family(mention) == "violence" and _strong(head) and _strong(mention) and distinct)
    if mention.sentence - last.sentence > LOOKBACK:
        return False
    same_type = any(m.sub_event_type == mention.sub_event_type for m in group) or family(mention) == "violence"
    linked = mention.definite or mention.weak or bool(_parties(mention) & set().union(*map(_parties, group)))
    return same_type and linked


def group_mentions(mentions: list[EventMention]) -> list[list[EventMention]]:
    """Mentions (in document order) grouped into incidents, in order of first mention."""
    groups: list[list[EventMention]] = []
    for mention in mentions:
        target = next((g for g in reversed(groups) if _reachable(g, mention) and _fits(g, mention)), None)
        if target is None:
            groups.append([mention])
        else:
            target.append(mention)
    return groups


def _reachable(group: list[EventMention], mention: EventMention) -> bool:
    return group[-1].sentence >= mention.sentence - LOOKBACK


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
