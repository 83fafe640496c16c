"""Why a side of an event is who it is: the place its words hold around the trigger, in words an
analyst reads on the event page ("agent of 'executed' (passive 'by' phrase)", "patient of
'killed' (object)", "ally of 'regained' ('in cooperation with')").

The sides are read from the parse (:mod:`faultlines.events.participants`); this module reads the
same parse back to name the link from the trigger to the words it took, so each rule name says
what the reader sees in the sentence. A link the names below do not cover is told by its role
alone ("agent of 'attacked'").
"""

from __future__ import annotations

from typing import Any

from faultlines.events.participants import Party
from faultlines.lang.en.why import DEPENDENCY_LINKS
from faultlines.records import Choice

# Where the side was read from when no word names it.
NO_SIDE_HOME = "no side named: the document's main armed group"
HOME_GROUP = "told as the document's main armed group"
PRONOUN_CARRIED = "carried from an earlier mention ('{word}')"
COORDINATED = "coordinated with the side before"
RELATIVE_CLAUSE = "the noun its relative clause describes"
INHERITED_SUBJECT = "subject of '{verb}', which '{trigger}' goes on telling"


def side_choice(argument: str, doc: Any, party: Party, trigger_head: int, role: str, *, note: str = "") -> Choice:
    """The Choice of ``argument`` read from ``party``, which filled ``role`` ("agent", "patient",
    "ally", "source", "recipient") of the trigger headed by token ``trigger_head``."""
    rule = f"{role} of '{doc[trigger_head].text}' ({link(doc, party, trigger_head)})"
    if party.mention is not None and doc[party.head].pos_ == "PRON":
        rule += "; " + PRONOUN_CARRIED.format(word=doc[party.head].text)
    if note:
        rule += "; " + note
    return Choice(argument, rule, party.start, party.end, party.text)


def link(doc: Any, party: Party, trigger_head: int) -> str:
    """How the sentence links the side's head to the trigger, in words."""
    head, trigger = doc[party.head], doc[trigger_head]
    prefix = ""
    if head.dep_ == "conj" and head.head.i != trigger.i:
        prefix, head = COORDINATED + ", ", _first_conjunct(head)
    found = _direct(head, trigger) or _phrase(doc, head, trigger) or _other_link(head, trigger)
    return prefix + (found or "read from the parse")


def _direct(head: Any, trigger: Any) -> str | None:
    if head.head.i == trigger.i and head.dep_ in DEPENDENCY_LINKS:
        return DEPENDENCY_LINKS[head.dep_]
    if trigger.head.i == head.i and trigger.dep_ in ("relcl", "acl"):
        return RELATIVE_CLAUSE
    return None


def _phrase(doc: Any, head: Any, trigger: Any) -> str | None:
    """A preposition's object: "by the group" (passive 'by' phrase), "from ISIS", "in cooperation
    with the FSA" (the words from the first below the trigger or its subject to the side)."""
    if head.dep_ not in ("pobj", "pcomp"):
        return None
    prep = head.head
    if prep.dep_ == "agent" and prep.head.i == trigger.i:
        return "passive 'by' phrase"
    top = head
    while top.head.i != top.i and top.head.i != trigger.i and top.head.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        top = top.head
    if top.i == head.i or top.i > head.i:
        return None
    words = doc[top.i : head.left_edge.i].text.strip()
    return f"'{words}' phrase" if words else None


def _other_link(head: Any, trigger: Any) -> str | None:
    """A subject the trigger shares with the verb it hangs on: "tried to flee", "fled and hid"."""
    verb = trigger.head
    if head.head.i == verb.i and head.dep_ in ("nsubj", "nsubjpass") and verb.i != trigger.i:
        return INHERITED_SUBJECT.format(verb=verb.text, trigger=trigger.text)
    return None


def _first_conjunct(token: Any) -> Any:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
