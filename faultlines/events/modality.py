"""Did it happen? The modality of a trigger, read from its syntactic context.

We walk from the trigger up through the verbs that govern it, within its clause ("planned to
*attack*", "the *attack* was called off", "*tried* to overthrow ... but failed", "denied that ...
*attacked*") and collect cues: negation, modal and future auxiliaries, verbs of planning,
trying, failing, cancelling, hedging adverbs and verbs of allegation. The strongest cue wins, in
the order of :data:`PRECEDENCE`.
"""

from __future__ import annotations

from typing import Any

from faultlines.lang.en.events_modality import (
    ALLEGE_WORDS,
    CALL_OFF_WORDS,
    CALL_VERBS,
    CLAUSE_DEPS,
    DENY_VERBS,
    FAIL_WORDS,
    FAILED_DEPS,
    FORECAST_WORDS,
    FUTURE_FOR_VERBS,
    HYPOTHETICAL_AUX,
    NEGATORS,
    PLAN_WORDS,
    REFUSE_WORDS,
    REFUSED_DEPS,
    STOP_DEPS,
    SUCCESS_VERBS,
    TEMPORAL_PREPS,
    TRY_WORDS,
)

PRECEDENCE = ("called_off", "attempted_failed", "negated", "planned", "forecast", "hypothetical", "alleged")
# when mentions of one event disagree: what happened outranks what was only said or expected
MERGE_PRECEDENCE = ("called_off", "attempted_failed", "asserted", "alleged", "negated", "planned", "forecast",
                    "hypothetical")  # fmt: skip


def _key(token: Any) -> str:
    return str(token.lemma_).lower()


def _chain(token: Any) -> list[Any]:
    """The trigger and the words that govern it within its clause (plus one reporting verb).

    A trigger in a temporal phrase ("before the capture of the town") is presupposed: the clause
    around it says nothing about whether it happened, so the walk stops there.
    """
    chain = [token]
    current = token
    for _ in range(5):
        if current.dep_ == "conj" and current.pos_ in _NOUNS and current.head.pos_ in _NOUNS:
            # "will likely turn to raids, assassinations and roadside bombs": an item of a list of
            # nouns is governed as the list's first item is (a clause joined by "and" is not)
            current = current.head
            continue
        infinitive = _infinitive_beside(current)
        if infinitive is not None:
            # "had planned to hide ... and then blow themselves up", parsed as "planned and blow":
            # the bare verb goes with the infinitive the first verb takes
            current = infinitive
            chain.append(current)
            continue
        shared = current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") and current.tag_ == current.head.tag_
        if shared and not _own_subject(current):
            # "planned to hide in the town and then blow themselves up": a verb sharing its first
            # verb's subject and form is governed as that verb is (one with a subject of its own is a
            # new clause; "to back down and following the slaying" is no pair of verbs)
            current = current.head
            chain.append(current)
            continue
        if current.dep_ in STOP_DEPS or current.head.i == current.i:
            break
        if current.dep_ == "pobj" and current.head.lower_ in TEMPORAL_PREPS:
            break
        parent = current.head
        chain.append(parent)
        if parent.lower_ == "for" and _key(parent.head) in FUTURE_FOR_VERBS:
            chain.append(parent.head)  # "gather for an assault": the clause around says nothing more of it
            break
        if current.dep_ in ("ccomp", "advcl", "relcl", "acl"):
            break  # "the SDF, supported by air strikes, has been trying to ...": the trying is the SDF's
        current = parent
    return chain


def _infinitive_beside(verb: Any) -> Any:
    """For a bare verb joined to a verb of another form, the infinitive that verb governs, if any."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ == "VB" or _own_subject(verb):
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < verb.i), None)


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _cues_of(node: Any, is_trigger: bool, via: str = "") -> set[str]:
    """The cues of one node of the chain; ``via`` is the dependency that led up to it."""
    cues: set[str] = set()
    key = _key(node)
    if key == "for" and via == "pobj" and _key(node.head) in FUTURE_FOR_VERBS:
        cues.add("planned")  # "forces gather for an assault": prepared for, not yet made
    # "family seeks justice" over "mother dies": trying, planning and failing take what was tried
    # as their object or infinitive, never as a clause ("denied that ...", "alleged that ..." do)
    clause_of_effort = via in CLAUSE_DEPS and key in TRY_WORDS | PLAN_WORDS | FAIL_WORDS
    # refusing and failing undo what they take as object or complement ("foiled the attack"), not
    # what they are told with ("foiled the attack, arresting two men": the arrest was made)
    refused_elsewhere = key in REFUSE_WORDS and via not in REFUSED_DEPS
    undone_elsewhere = refused_elsewhere or (key in FAIL_WORDS and via not in FAILED_DEPS)
    # "the suspects who shot the owner": the noun a relative clause describes does not say whether
    # what the clause tells happened
    described = via == "relcl" and node.pos_ in _NOUNS
    if not is_trigger and not undone_elsewhere and not clause_of_effort and not described:
        cues |= _word_cues(key, node)
    if _alternative(node):
        cues.add("hypothetical")
    for child in node.children:
        ckey, dep = _key(child), child.dep_
        if dep == "neg" or (dep == "det" and ckey == "no") or (ckey in NEGATORS and dep in ("advmod", "preconj")):
            cues.add("negated")
        elif (dep in ("aux", "auxpass") and ckey in ("will", "shall")) or (ckey == "going" and dep == "aux"):
            cues.add("forecast")
        elif (dep == "aux" and ckey in HYPOTHETICAL_AUX) or (dep == "mark" and ckey in ("if", "unless")):
            cues.add("hypothetical")
        elif dep in ("advmod", "amod", "acomp", "compound") or (dep == "prt" and key == "call"):
            cues |= _word_cues(ckey, child, modifier=True)
        elif dep in ("nsubj", "nsubjpass", "dobj") and any(g.dep_ == "det" and _key(g) == "no" for g in child.children):
            cues.add("negated")
    return cues


def _alternative(verb: Any) -> bool:  # the tagger may read "face" as a noun: any word will do
    """One branch of "either ... or ...": "either die in battle or face arrest" says neither happened."""
    first = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "preconj" and c.lower_ == "either" for c in first.children) and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in first.children
    )


def _word_cues(key: str, token: Any, modifier: bool = False) -> set[str]:
    cues: set[str] = set()
    if key == "off" or (key in CALL_OFF_WORDS and (key != "call" or any(c.lower_ == "off" for c in token.children))):
        cues.add("called_off")
    elif key in FAIL_WORDS:
        cues.add("attempted_failed")
    elif key in TRY_WORDS:
        cues.add("tried")
    elif key in PLAN_WORDS:
        cues.add("planned")
    elif key in FORECAST_WORDS:
        cues.add("forecast")
    elif key in ALLEGE_WORDS:
        cues.add("alleged")
    elif key in DENY_VERBS and not modifier:
        cues.add("negated")
    elif key in SUCCESS_VERBS:
        cues.add("succeeded")
    return cues


_NOUNS = frozenset({"NOUN", "PROPN"})
_NOT_YET = frozenset({"forecast", "planned", "hypothetical"})  # a try told of these was not made


def modality_of(doc: Any, head: int) -> str:
    """The modality of the trigger headed by token ``head`` (one of ontology.MODALITIES)."""
    cues: set[str] = set()
    chain = _chain(doc[head])
    for n, node in enumerate(chain):
        cues |= _cues_of(node, is_trigger=n == 0, via=chain[n - 1].dep_ if n else "")
        if n and _called_for(node, chain[n - 1]):
            cues.add("planned")
    if "tried" in cues and "succeeded" not in cues and not cues & _NOT_YET:
        cues.add("attempted_failed")  # but "will likely try to hit" is a forecast: no try was made yet
    if "negated" in cues and "attempted_failed" in cues and "tried" not in cues:
        cues.discard("negated")  # "failed to" and "did not" say the same thing: it did not happen
    for modality in PRECEDENCE:
        if modality in cues:
            return modality
    return "asserted"


def _called_for(node: Any, below: Any) -> bool:
    """ "The opposition called for three days of protests": what is called for is planned."""
    return _key(node) in CALL_VERBS and below.dep_ == "prep" and below.lower_ == "for"


def merge_modality(modalities: list[str]) -> str:
    """One modality for the mentions of one event."""
    for modality in MERGE_PRECEDENCE:
        if modality in modalities:
            return modality
    return "asserted"
