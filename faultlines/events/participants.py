"""Who did it, to whom, with what: the participants of a trigger, read from the dependency parse.

A :class:`Party` is a noun phrase (character span) with the class of thing it names ("state",
"armed", "civilian", "protester", "place", "property", "weapon" ...), read from the actor
records when the actors stage found one there, else from spaCy's entity label and the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from faultlines.actors.names import dateline
from faultlines.analysis import ActorMention
from faultlines.events.categories import Frame, PartyClass
from faultlines.events.triggers import NOUNS, VERBS
from faultlines.lang.en import events as lx
from faultlines.lang.en.events_modality import CALL_OFF_WORDS, PREPARE_FOR_VERBS
from faultlines.lang.en.events_participants import (
    ALLY_NOUNS,
    ARMED_MODIFIERS,
    BACKING_VERBS,
    COUNT_HEADS,
    DEFENCE_VERBS,
    DOER_MODIFIERS,
    FORCE_NOUNS,
    LEFT_DEPS,
    LIGHT_VERBS,
    MILITARY_RANKS,
    NAMES_READ_AS_AUXILIARY,
    NOT_DOER_MODIFIERS,
    NOT_PARTICIPANT_LABELS,
    OFFICIAL_NOUNS,
    PATIENT_PREPS,
    REFLEXIVE_OBJECTS,
    SERIES_NOUNS,
    STATE_MODIFIERS,
    UNDERGO_VERBS,
    UNIT_NOUNS,
    VICTIM_OBJECT_VERBS,
)
from faultlines.lang.en.events_reference import DATELINE

# ACLED actor type (inter) -> participant class
C = PartyClass
INTER_CLASS = {1: C.STATE, 2: C.ARMED, 3: C.ARMED, 4: C.ARMED, 5: C.RIOTER, 6: C.PROTESTER, 7: C.CIVILIAN, 8: C.STATE}
_LEXICON_CLASSES = (
    (C.STATE, lx.STATE_FORCES),
    (C.ARMED, lx.ARMED_GROUP),
    (C.PROTESTER, lx.PROTESTERS),
    (C.RIOTER, lx.RIOTERS),
    (C.CIVILIAN, lx.CIVILIANS),
    (C.WEAPON, lx.WEAPONS),
    (C.MILITARY_SITE, lx.MILITARY_SITES),
    (C.PLACE, lx.PLACES),
    (C.PROPERTY, lx.PROPERTY),
)
# a modifier of an event noun that names its doer: "terrorist attacks", "a rebel raid"
_AGENT_MODIFIERS = (lx.ARMED_GROUP | lx.STATE_FORCES | DOER_MODIFIERS) - NOT_DOER_MODIFIERS
VICTIM_POSSESSIVE = frozenset({Frame.KILL, Frame.ASSASSINATE, Frame.ABDUCT, Frame.EXECUTE, Frame.ARREST, Frame.SEXUAL})
_OF_DOER_FRAMES = frozenset(
    {Frame.ATTACK, Frame.AIR_STRIKE, Frame.SHELLING, Frame.CLASH, Frame.DISPLACE, Frame.WITHDRAW}
)
# Frames whose "with" phrase names who went along, not a second side.
_COMPANY_FRAMES = frozenset({Frame.DISPLACE, Frame.DEFECT, Frame.DESERT, Frame.WITHDRAW, Frame.RELOCATE})
_OF_HEADS = COUNT_HEADS | lx.MEMBER_NOUNS | FORCE_NOUNS | UNIT_NOUNS
_ALLY_PREPS = frozenset({"alongside"})
# Verbs whose subject undergoes the event: "the mother died after the shooting".
_UNDERGOER_VERBS = frozenset("die perish succumb drown".split())
_WOUNDS = frozenset({"wound", "injury", "gunshot", "stab"})
# the frames of violence (classify's VIOLENT_FRAMES, which imports this module)
_VIOLENT_FRAMES = frozenset(
    {
        Frame.ATTACK,
        Frame.KILL,
        Frame.CLASH,
        Frame.EXECUTE,
        Frame.ASSASSINATE,
        Frame.EXPLOSION,
        Frame.SHELLING,
        Frame.AIR_STRIKE,
        Frame.SUICIDE_BOMB,
        Frame.GRENADE,
    }
)
_SIDES = frozenset({"side1", "side2"})  # the two sides "between" names, each once
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_BYSTANDER_CLASSES = frozenset({C.CIVILIAN, C.PERSON, C.UNKNOWN})


@dataclass(frozen=True, slots=True)
class Party:
    """A participant: the noun phrase ``start``..``end`` (characters) headed by token ``head``."""

    head: int
    start: int
    end: int
    text: str
    cls: PartyClass | str  # a PartyClass; plain strings only where tests build parties by hand
    mention: ActorMention | None = None


@dataclass(frozen=True, slots=True)
class Roles:
    agent: tuple[Party, ...] = ()
    patient: tuple[Party, ...] = ()
    instrument: tuple[Party, ...] = ()
    source: tuple[Party, ...] = ()  # "from X": who lost a town, where a force withdrew from
    recipient: tuple[Party, ...] = ()  # "to X": who a town was lost to
    ally: tuple[Party, ...] = ()  # "in cooperation with X": on the agents' side


class MentionIndex:
    """The actor mentions of a document, looked up by character position."""

    def __init__(self, mentions: Sequence[ActorMention]) -> None:
        self._by_char: dict[int, ActorMention] = {}
        for mention in sorted(mentions, key=lambda m: m.end - m.start):
            for i in range(mention.start, mention.end):
                self._by_char.setdefault(i, mention)

    def at(self, start: int, end: int) -> ActorMention | None:
        for i in range(start, end):
            found = self._by_char.get(i)
            if found is not None:
                return found
        return None


def phrase_bounds(doc: Any, head: Any) -> tuple[int, int]:
    """Token range of the noun phrase of ``head``: its left modifiers, no determiners, no clauses;
    "members of X" and "100 of its fighters" keep their "of" phrase."""
    left = head.i
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if child.right_edge.i != left - 1:
            break
        if child.dep_ in LEFT_DEPS or child.pos_ == "PROPN":
            left = child.left_edge.i
        elif child.dep_ == "det" and child.lower_ not in ("the", "a", "an"):
            left = child.i
        else:
            break
    right = head.i + 1
    for child in head.rights:
        if child.i != right:
            break
        if child.dep_ in ("compound", "flat", "nummod") or (child.pos_ == "PROPN" and head.pos_ == "PROPN"):
            right = child.i + 1
        elif child.dep_ == "prep" and child.lower_ == "of" and (head.pos_ == "NUM" or _of_head(head)):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            right = phrase_bounds(doc, objects[0])[1] if objects else right
            break
        else:
            break
    while left < head.i and (doc[left].is_punct or doc[left].lower_ in ("the", "a", "an")):
        left += 1
    while right - 1 > head.i and doc[right - 1].is_punct:
        right -= 1
    return left, right


def _key(token: Any) -> str:
    return str(token.lemma_).lower()


def _of_head(token: Any) -> bool:
    """A head whose "of" phrase says who it is; a capitalised plural ("Rebels") keeps its -s lemma."""
    return _key(token) in _OF_HEADS or token.lower_.removesuffix("s") in _OF_HEADS


def _class_head(token: Any) -> Any:
    """The noun that says what a phrase is: "dozens of militants" -> militants."""
    if token.pos_ == "NUM" or _key(token) in COUNT_HEADS:
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return token


def noun_class(token: Any, mention: ActorMention | None, inter: int | None) -> PartyClass:
    if inter in INTER_CLASS:
        return INTER_CLASS[inter]
    token = _class_head(token)
    if token.pos_ == "PRON":
        return C.PRONOUN
    label = token.ent_type_
    modifiers = {_key(c) for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
    if label in ("GPE", "LOC", "FAC"):
        return C.PLACE
    if label == "PERSON":
        return C.PERSON
    key = _key(token)
    if key in MILITARY_RANKS and mention is None:
        return C.STATE  # "a Russian major general was killed"
    if key in lx.STATE_FORCES or key in lx.ARMED_GROUP or key in lx.MEMBER_NOUNS:
        if modifiers & STATE_MODIFIERS and not modifiers & ARMED_MODIFIERS:
            return C.STATE
        if modifiers & ARMED_MODIFIERS:
            return C.ARMED
    for cls, words in _LEXICON_CLASSES:
        if key in words:
            return cls
    if label in ("ORG", "NORP"):
        return C.ORG
    if mention is not None:
        return C.ARMED
    return C.UNKNOWN


def make_party(doc: Any, token: Any, mentions: MentionIndex, inter_of: Any) -> Party:
    left, right = phrase_bounds(doc, token)
    start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1])
    head = doc[token.i]
    mention = mentions.at(head.idx, head.idx + len(head)) or mentions.at(start, end) or _owner_named(head, mentions)
    inter = inter_of(mention) if mention is not None else None
    return Party(token.i, start, end, span_text(doc, left, right), noun_class(token, mention, inter), mention)


def _owner_named(head: Any, mentions: MentionIndex) -> ActorMention | None:
    """ "a senior commander of the rebel group Ahrar al-Sham": a member or official whose "of"
    phrase names an organisation (its noun, or the name in apposition to it) belongs to it."""
    if str(head.lemma_).lower() not in lx.MEMBER_NOUNS | OFFICIAL_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for owner in _pobj(prep):
            for token in (owner, *(c for c in owner.children if c.dep_ == "appos")):
                found = mentions.at(token.idx, token.idx + len(token))
                if found is not None and found.how in ("name", "reference"):
                    return found
    return None


def span_text(doc: Any, left: int, right: int) -> str:
    """The original text of tokens ``left``..``right`` (``doc.text`` would rebuild the whole text)."""
    if right <= left:
        return ""
    joined = "".join(t.text_with_ws for t in doc[left:right])
    return joined[: doc[right - 1].idx + len(doc[right - 1]) - doc[left].idx]


def _with_conjuncts(token: Any) -> Iterable[Any]:
    yield token
    for conj in token.conjuncts:
        if conj.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            yield conj


def _pobj(prep: Any) -> Iterable[Any]:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            yield child


def _verb_roles(verb: Any) -> dict[str, list[Any]]:
    roles: dict[str, list[Any]] = {
        "agent": [], "patient": [], "instrument": [], "source": [], "with": [], "to": [], "ally": []
    }  # fmt: skip
    for child in verb.children:
        dep = child.dep_
        if dep in ("nsubj", "csubj"):
            roles["agent"].append(child)
        elif dep in ("nsubjpass", "dobj"):
            roles["patient"].append(child)
        elif dep == "agent":
            roles["agent"].extend(_pobj(child))
        elif dep in ("aux", "auxpass") and child.ent_type_ in NAMES_READ_AS_AUXILIARY and child.i < verb.i:
            roles["agent"].append(child)  # "IS beheaded two men": the group's name, parsed as "is"
        elif dep == "prep":
            word = child.lower_
            target = {"with": "with", "using": "instrument", "from": "source", "to": "to"}.get(word)
            if word in PATIENT_PREPS:
                target = "patient"
            if target:
                roles[target].extend(_pobj(child))
    own_subject = roles["agent"] or any(c.dep_ == "nsubjpass" for c in verb.children)
    if not own_subject and verb.dep_ == "conj" and not roles["patient"]:
        # "were abducted and killed": the second verb shares the first one's passive subject
        roles["patient"].extend(c for c in verb.head.children if c.dep_ == "nsubjpass")
        own_subject = bool(roles["patient"])
    governor = _governing_verb(verb)
    if not own_subject and governor is not None:
        inherited = [c for c in governor.children if c.dep_ == "nsubj"]
        if verb.dep_ in ("advcl", "pcomp") and not inherited:
            inherited = [c for c in governor.children if c.dep_ == "nsubjpass"]
        # "died after being shot": the subject of a passive clause underwent it
        roles["patient" if _passive(verb) else "agent"].extend(inherited)
    if verb.dep_ in ("attr", "acomp") and _key(verb.head) == "be":
        # a misread passive ("was overrun by X"): the subject of "be" underwent it, "by" did it
        roles["patient"].extend(c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        roles["agent"].extend(t for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for t in _pobj(c))
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        passive = verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)
        if not roles["agent" if not passive else "patient"]:
            roles["agent" if not passive else "patient"].append(verb.head)
    roles["ally"] = [a for t in (verb, *roles["agent"]) for a in _allies(t)]
    if verb.dep_ == "relcl" and not roles["source"]:
        roles["source"].extend(_expelled_from(verb))
    for role in ("agent", "patient"):  # "the suspects who shot and killed him": who is the suspects
        roles[role] = [_antecedent(t) for t in roles[role]]
    if _key(verb) in _UNDERGOER_VERBS and _died_of_violence(verb):
        roles["patient"].extend(roles["agent"])
        roles["agent"] = []
    return roles


def _allies(token: Any) -> list[Any]:
    """Who ``token`` (an agent, or the verb) acted with: "in cooperation with the FSA",
    "alongside the army", "with the support of the coalition", "backed by tribesmen"."""
    found = []
    for clause in token.children:  # "fighters, backed by local tribesmen, attacked"
        if clause.dep_ == "acl" and _key(clause) in BACKING_VERBS:
            found.extend(t for c in clause.children if c.dep_ == "agent" for t in _pobj(c))
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in _ALLY_PREPS:
            found.extend(_pobj(prep))
        for noun in _pobj(prep):
            if noun.lower_ in ALLY_NOUNS or (noun.lower_ == "support" and prep.lower_ == "with"):
                for inner in noun.children:
                    if inner.dep_ == "prep" and inner.lower_ in ("with", "of"):
                        found.extend(_pobj(inner))
    return found


def _expelled_from(clause: Any) -> list[Any]:
    """ "expelled them from the city and its countryside, where the YPG regained 229 villages": a
    clause on a place that a verb drove someone from; who was driven out lost it."""
    token = clause.head
    while token.dep_ in ("pobj", "conj", "prep", "appos") and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ == "from" and token.head.pos_ == "VERB":
            return [c for c in token.head.children if c.dep_ == "dobj"]
        token = token.head
    return []


def _governing_verb(verb: Any) -> Any:
    """The verb whose subject a subjectless verb shares: "tried to flee", "fled and hid",
    "died after being shot" (through the preposition)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and _passive(verb):
        head = head.head  # only the victim of a passive: "by recapturing towns" may be another's deed
    elif verb.dep_ not in ("xcomp", "advcl", "conj"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != verb.i else None


def _died_of_violence(verb: Any) -> bool:
    """ "died after being shot", "dies 9 days after shooting", "died of gunshot wounds": the death
    the verb tells is violence's; "who died in 2013" is no event (its subject stays where it was)."""
    for child in verb.children:
        if child.dep_ in ("prep", "advcl"):
            for t in child.subtree:
                frame = VERBS.get(_key(t)) if t.pos_ in ("VERB", "AUX") else NOUNS.get(_key(t))
                if frame in _VIOLENT_FRAMES or _key(t) in _WOUNDS:
                    return True
    return False


_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
_DATELINE_REACH = 12  # tokens from a dateline's city to its dash, at most


def _past_dateline(doc: Any, token: Any) -> list[Any]:
    """ "GOMA, Congo (Reuters) - Rebels of the M23 killed ...": the parser may make the dateline the
    subject and the real one its apposition."""
    end = _dateline_end(doc, token)
    if end is None:
        return [token]
    # Only what follows the dateline: "AMMAN, May 14 (Meridian Daily) -" holds the outlet
    return [c for c in token.children if c.dep_ == "appos" and c.idx >= end]


def _dateline_end(doc: Any, token: Any) -> int | None:
    """Where the dateline that ``token`` lies in ends ("GOMA, Congo (Reuters) -"; the parser
    may make its city, its date or its outlet the subject), or None when it lies in none."""
    if dateline(doc, token.i, token.i + 1):
        # "GOMA, Congo (Reuters) -": a spaced dash comes within a few words; "HTS, an alliance whose
        # core is al-Nusra, seized ..." has none (the hyphen of "al-Nusra" is no dateline's dash)
        reach = doc[token.i : min(token.sent.end, token.i + _DATELINE_REACH)]
        dash = next((t for t in reach if t.text in _DATELINE_DASHES and doc[t.i - 1].whitespace_), None)
        if dash is not None:
            return dash.idx + len(dash)
    sentence = token.sent
    if not (sentence[0].is_upper and len(sentence[0]) > 2):  # a dateline opens with its city in capitals
        return None
    match = DATELINE.match(sentence.text)
    end = sentence.start_char + match.end() if match is not None else None
    return end if end is not None and token.idx < end else None


def _antecedent(token: Any) -> Any:
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _noun_roles(noun: Any, frame: str) -> dict[str, list[Any]]:
    roles: dict[str, list[Any]] = {
        "agent": [], "patient": [], "instrument": [], "source": [], "with": [], "of": [], "side1": [], "side2": []
    }  # fmt: skip
    for child in noun.children:
        if child.dep_ == "poss" and frame in VICTIM_POSSESSIVE:
            roles["patient"].append(child)  # "the candidate's murder": the candidate died
        elif child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and child.pos_ == "PROPN"):
            roles["agent"].append(child)
        elif child.dep_ in ("compound", "amod") and _key(child) in _AGENT_MODIFIERS:
            roles["agent"].append(child)  # "terrorist attacks", "a rebel raid"
        elif child.dep_ == "prep":
            word = child.lower_
            if word == "by":
                roles["agent"].extend(_pobj(child))
            elif word in PATIENT_PREPS:
                roles["patient"].extend(_pobj(child))
            elif word == "of":
                roles["of"].extend(_pobj(child))
            elif word == "between":
                _between(roles, child)
            elif word in ("with", "from", "using"):
                roles[{"with": "with", "from": "source", "using": "instrument"}[word]].extend(_pobj(child))
    for clause in noun.children:  # "a blast which injured several people"
        if clause.dep_ == "relcl" and any(
            c.lower_ in _RELATIVE_PRONOUNS and c.dep_ == "nsubj" for c in clause.children
        ):
            roles["patient"].extend(c for c in clause.children if c.dep_ == "dobj")
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _key(noun.head.head) in SERIES_NOUNS:
        noun = noun.head.head  # "claimed a series of night raids": the series stands where the raids would
    head = noun.head
    claimed = _claimed_by(noun)
    if claimed:
        roles["agent"].extend(claimed)
    elif (
        noun.dep_ in ("dobj", "pobj")
        and head.pos_ == "VERB"
        and (_key(head) in LIGHT_VERBS | DEFENCE_VERBS or _calls_off(head))
    ):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        governor = _governing_verb(head)
        if not subjects and governor is not None:  # "three militants tried to plant a bomb"
            subjects = [_antecedent(c) for c in governor.children if c.dep_ == "nsubj"]
        roles["patient" if _key(head) in DEFENCE_VERBS else "agent"].extend(subjects)
    elif noun.dep_ == "pobj" and head.lower_ == "for" and _key(head.head) in PREPARE_FOR_VERBS:
        # "government forces gather for an assault": who gets ready makes it
        roles["agent"].extend(c for c in head.head.children if c.dep_ == "nsubj")
    elif noun.dep_ == "dobj" and head.pos_ == "VERB" and _key(head) in UNDERGO_VERBS:
        # "militants face arrest by the SDF": the subject suffers it, the "by" phrase does it
        roles["patient"].extend(c for c in head.children if c.dep_ == "nsubj")
        roles["agent"].extend(t for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for t in _pobj(c))
    elif noun.dep_ == "nsubj" and _key(head) == "be":  # "the struggle is between X and Y"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                _between(roles, prep)
    elif noun.dep_ == "nsubj" and head.pos_ == "VERB":
        roles["patient"].extend(c for c in head.children if c.dep_ == "dobj")
    elif noun.dep_ == "nsubjpass" and head.pos_ == "VERB":
        roles["agent"].extend(t for c in head.children if c.dep_ == "agent" for t in _pobj(c))
    return roles


def _reduced_passive(verb: Any, parties: dict[str, list[Party]]) -> bool:
    """ "Man shot, killed on the west side", "Two soldiers killed in ambush": a headline's passive
    without its auxiliary. A verb that takes its victim as object, with none and no auxiliary,
    tagged a participle, or with only bystanders (people, civilians, no actor) as subject: the
    subject is who was hit ("Militants attacked at dawn" keeps its attackers)."""
    agents = parties.get("agent", [])
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "Man shot, killed": the second verb shares the first one's subject
    if not agents or _key(verb) not in VICTIM_OBJECT_VERBS or verb.dep_ in ("relcl", "acl"):
        return False
    if any(p.cls not in (C.UNKNOWN, C.PLACE) for p in parties.get("patient", [])):
        return False  # "shot at police": someone was the target
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in verb.children):
        return False
    if verb.tag_ == "VBN":  # a participle with a subject and no auxiliary: "Two soldiers killed in ambush"
        return True
    return all(p.cls in _BYSTANDER_CLASSES and p.mention is None for p in agents)


def _between(roles: dict[str, list[Any]], prep: Any) -> None:
    """ "a battle between troops and gunmen": the first is one side, its conjuncts the other (each
    side once: the conjuncts are not spread again, which would put both on both sides)."""
    sides = list(_pobj(prep))
    roles["side1"].extend(sides[:1])
    roles["side2"].extend(c for s in sides for c in s.conjuncts)


def _ran_into_a_weapon(parties: dict[str, list[Party]]) -> bool:
    patients = parties.get("patient", [])
    return bool(parties.get("agent")) and bool(patients) and all(p.cls == C.WEAPON for p in patients)


def _calls_off(verb: Any) -> bool:
    """ "rebels called off an offensive", "the army postponed its assault": who calls it off was
    to make it ("call" only with "off")."""
    key = _key(verb)
    return key in CALL_OFF_WORDS and (
        key != "call" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    )


def _claimed_by(noun: Any) -> list[Any]:
    """ "X claimed responsibility for the attack": X is the perpetrator."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or _key(prep.head) != "responsibility":
        return []
    verb = prep.head.head
    if _key(verb) not in ("claim", "accept", "assume", "admit"):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def find_roles(doc: Any, head: int, verbal: bool, mentions: MentionIndex, inter_of: Any, frame: str = "") -> Roles:
    """The participants of the trigger headed by token ``head``."""
    token = doc[head]
    raw = _verb_roles(token) if verbal else _noun_roles(token, frame)
    parties: dict[str, list[Party]] = {}
    raw["agent"] = [t for first in raw.get("agent", []) for t in _past_dateline(doc, first)]
    for role, tokens in raw.items():
        seen: set[int] = set()
        for first in tokens:
            for t in _with_conjuncts(first) if role not in _SIDES else (first,):
                if t.i not in seen and t.i != head and t.ent_type_ not in NOT_PARTICIPANT_LABELS:
                    seen.add(t.i)
                    parties.setdefault(role, []).append(make_party(doc, t, mentions, inter_of))
    if verbal and _reduced_passive(token, parties):
        parties["patient"] = parties.pop("agent") + parties.get("patient", [])
    if verbal and frame in (Frame.ATTACK, Frame.EXPLOSION) and _ran_into_a_weapon(parties):
        # "their patrol hit a mine", "the vehicle struck a roadside bomb": the subject was hit
        parties["instrument"] = parties.get("instrument", []) + parties.pop("patient")
        parties["patient"] = parties.pop("agent")
    parties.setdefault("agent", []).extend(parties.pop("side1", []))
    parties.setdefault("with", []).extend(parties.pop("side2", []))
    for party in parties.pop("of", []):
        # "the killing of civilians": who suffered it; "the raids of the coalition", "the fleeing
        # of commanders": who did it
        doer = frame in _OF_DOER_FRAMES and (frame == Frame.DISPLACE or party.cls in (C.STATE, C.ARMED, C.ORG))
        parties.setdefault("agent" if doer and not parties.get("agent") else "patient", []).append(party)
    # "blew themselves up", "shot himself": a reflexive object is the doer again, never who was hit
    parties["patient"] = [p for p in parties.get("patient", []) if doc[p.head].lower_ not in REFLEXIVE_OBJECTS]
    withs = parties.get("with", [])
    weapons = [p for p in withs if p.cls == C.WEAPON]
    others = [p for p in withs if p.cls != C.WEAPON]
    if frame in _COMPANY_FRAMES:
        # "fled the district with her four children", "defected with 80 fighters": who went along
        parties.setdefault("ally", []).extend(others)
        others = []
    return Roles(
        agent=tuple(parties.get("agent", ())),
        patient=tuple(parties.get("patient", ())) + tuple(others),
        instrument=tuple(parties.get("instrument", ())) + tuple(weapons),
        source=tuple(parties.get("source", ())),
        recipient=tuple(p for p in parties.get("to", ()) if p.cls not in (C.PLACE, C.UNKNOWN)),
        ally=tuple(p for p in parties.get("ally", ()) if p.cls not in (C.PLACE, C.UNKNOWN)),
    )
