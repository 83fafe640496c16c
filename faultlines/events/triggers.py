"""Event triggers: the words and phrases of a parsed sentence that say an event happened.

Verbal ("attacked", "took control of"), nominal ("the capture of", "an air strike") and
multiword ("blew himself up", "tear gas") triggers are found from the lexicon, indexed once at
import. A verb and its particle or object make one trigger even when words stand between them
("pulled its troops out", "took full control").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from faultlines.events.categories import Frame
from faultlines.events.lexicon import FRAMES
from faultlines.lang.en.events import (
    ACCOMPANY_VERBS,
    ACCOMPANYING_PRONOUNS,
    BASE_NOUNS,
    BASE_VERBS,
    BURST_NOUNS,
    CARE_PLACES,
    DEATH_WORDS,
    EXPLOSION_OF,
    FIGURATIVE_OBJECTS,
    FORM_LEMMAS,
    HARM_WORDS,
    IDIOMS,
    ILLNESSES,
    KEEPING_VERBS,
    MOURNING_GATHERINGS,
    NAME_LABELS,
    NEGOTIATED_THINGS,
    NONVIOLENT_INSTRUMENTS,
    OBJECT_FRAMED_VERBS,
    PAIR_DEPS,
    PLACES,
    SIGNED_PAPERS,
    WEAK_WORDS,
    WEAPON_CONTAINERS,
    WEAPONS,
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """Tokens ``start``..``end`` (exclusive) of the Doc, headed by token ``head``."""

    start: int
    end: int
    head: int
    frame: str
    verbal: bool
    weak: bool


def _split(word: str) -> tuple[str, ...]:
    """spaCy splits hyphens: "cease-fire" is three tokens."""
    return tuple(word.replace("-", " - ").split())


def _build_index() -> tuple[dict[str, str], dict[str, str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for frame, (frame_verbs, frame_nouns, frame_phrases) in FRAMES.items():
        for table, words in ((verbs, frame_verbs), (nouns, frame_nouns)):
            for word in words:
                if "-" in word:
                    phrases.setdefault(_split(word)[0], []).append((_split(word), frame))
                else:
                    table.setdefault(word, frame)
        for phrase in frame_phrases:
            words = tuple(w for part in phrase for w in _split(part))
            phrases.setdefault(words[0], []).append((words, frame))
    for entries in phrases.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return verbs, nouns, phrases


VERBS, NOUNS, PHRASES = _build_index()
PAIRS = {words: frame for entries in PHRASES.values() for words, frame in entries if len(words) == 2}


def _key(token: Any) -> str:
    return FORM_LEMMAS.get(token.lower_) or str(token.lemma_).lower()


def _same(token: Any, word: str) -> bool:
    return token.lower_ == word or _key(token) == word


def _phrase_head(doc: Any, start: int, end: int) -> int:
    for i in range(start, end):
        if not start <= doc[i].head.i < end or doc[i].head.i == i:
            return i
    return end - 1


def name_tokens(doc: Any) -> frozenset[int]:
    """Indices of the tokens inside multi-word names ("Liberation Front"): never triggers."""
    return frozenset(
        i for ent in doc.ents if ent.label_ in NAME_LABELS and len(ent) > 1 for i in range(ent.start, ent.end)
    )


def _contiguous(doc: Any, start: int, end: int) -> Iterable[Trigger]:
    i = start
    while i < end:
        for words, frame in PHRASES.get(_key(doc[i]), ()):
            n = len(words)
            if i + n <= end and all(_same(doc[i + k], w) for k, w in enumerate(words)):
                head = _phrase_head(doc, i, i + n)
                yield Trigger(i, i + n, head, frame, doc[head].pos_ in ("VERB", "AUX"), False)
                i += n - 1
                break
        i += 1


def _pairs(doc: Any, start: int, end: int, taken: set[int]) -> Iterable[Trigger]:
    """Verb + particle or object: "pulled (its troops) out", "took (full) control"."""
    for i in range(start, end):
        verb = doc[i]
        if verb.pos_ != "VERB" or i in taken:
            continue
        for child in verb.children:
            frame = PAIRS.get((_key(verb), _key(child))) if child.dep_ in PAIR_DEPS else None
            if frame and child.i not in taken:
                lo, hi = min(i, child.i), max(i, child.i) + 1
                yield Trigger(lo, hi, i, frame, True, False)
                break


def _objects(verb: Any) -> Iterable[Any]:
    """A verb's objects, and what a container object holds ("a cache of rifles")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            yield child
            yield from child.conjuncts
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    yield from (c for c in prep.children if c.dep_ == "pobj")


def _object_framed(doc: Any, start: int, end: int, taken: set[int]) -> Iterable[Trigger]:
    """A plain verb made a trigger by its object: "seized weapons", "found explosives" (weapons);
    "set up a new observation post" (base)."""
    for i in range(start, end):
        verb = doc[i]
        key = _key(verb)
        if verb.pos_ != "VERB" or i in taken or key not in OBJECT_FRAMED_VERBS | BASE_VERBS | {"lose"}:
            continue
        objects = {_key(o) for o in _objects(verb)}
        if key in OBJECT_FRAMED_VERBS and objects & (WEAPONS | WEAPON_CONTAINERS):
            yield Trigger(i, i + 1, i, "weapons", True, False)
        elif key in BASE_VERBS and objects & BASE_NOUNS and (key != "set" or _has_particle(verb, "up")):
            yield Trigger(i, i + 1, i, "base", True, False)
        elif key == "lose" and any(o.ent_type_ == "GPE" or _key(o) in PLACES for o in _objects(verb)):
            yield Trigger(i, i + 1, i, "capture", True, False)  # "lost the town to the army"


def _has_particle(verb: Any, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def _disarmed(doc: Any, found: list[Trigger]) -> list[Trigger]:
    """In a sentence about seized or found weapons, the weapons named are what was seized, not
    attacks: "seized two landmines and three grenades"."""
    if not any(t.frame == Frame.WEAPONS for t in found):
        return found
    return [
        Trigger(t.start, t.end, t.head, "weapons", t.verbal, True)
        if not t.verbal and (_key(doc[t.head]) in WEAPONS or t.frame in _REMOTE_FRAMES)
        else t
        for t in found
    ]


_REMOTE_FRAMES = frozenset({Frame.EXPLOSION, Frame.SHELLING, Frame.GRENADE, Frame.SUICIDE_BOMB, Frame.CHEMICAL})


def _misread_participle(token: Any, key: str) -> bool:
    """ "the base was overrun by ...": a passive participle the tagger read as a noun."""
    return bool(
        token.pos_ in ("NOUN", "ADJ")
        and key in VERBS
        and key not in NOUNS
        and token.dep_ in ("attr", "acomp")
        and str(token.head.lemma_) == "be"
    )


def _single(token: Any, names: frozenset[int]) -> Trigger | None:
    if token.ent_type_ in ("DATE", "TIME") and token.is_title:
        return None  # "March 3", "Strike Day": a name in a date, not a march or a strike
    key = _key(token)
    if token.pos_ == "VERB":
        if token.dep_ == "amod":
            return None  # "the besieged fighters", "a wounded man": a description, not an event
        frame = VERBS.get(key)
        verbal = True
    elif _misread_participle(token, key):
        frame, verbal = VERBS[key], True
    elif token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and key == "dead"):
        frame = NOUNS.get(key) if key != "dead" else "kill"
        verbal = False
        if token.dep_ == "compound":
            return None
    else:
        return None
    if frame is None or token.i in names:
        return None
    return Trigger(token.i, token.i + 1, token.i, frame, verbal, key in WEAK_WORDS)


def find_triggers(doc: Any, start: int, end: int, names: frozenset[int] = frozenset()) -> list[Trigger]:
    """The triggers among tokens ``start``..``end`` of ``doc`` (one sentence), left to right.

    ``names`` are the tokens of multi-word names (:func:`name_tokens`), skipped.
    """
    found = [t for t in _contiguous(doc, start, end) if t.head not in names]
    taken = {i for t in found for i in range(t.start, t.end)}
    for trigger in _pairs(doc, start, end, taken):
        found.append(trigger)
        other = trigger.end - 1 if trigger.head == trigger.start else trigger.start
        taken.update((trigger.head, other))
    for trigger in _object_framed(doc, start, end, taken):
        found.append(trigger)
        taken.add(trigger.head)
    for i in range(start, end):
        if i not in taken:
            single = _single(doc[i], names)
            if single is not None:
                found.append(single)
    return sorted((t for t in _disarmed(doc, found) if in_event_sense(doc, t)), key=lambda t: t.start)


_FORCE_FRAMES = frozenset(
    {Frame.ATTACK, Frame.CLASH, Frame.KILL, Frame.SHELLING, Frame.AIR_STRIKE, Frame.EXPLOSION, Frame.EXECUTE}
)
_PERSONAL_SUBJECTS = frozenset({"he", "she", "i", "you"})


def in_event_sense(doc: Any, trigger: Trigger) -> bool:
    """False where the context shows the word in another sense than the event's.

    "agreed that ..." states an opinion; "an explosion of violence" and "attack the virus" are
    figures; "sign a form" is no agreement; "hit with sanctions" is no attack; "has taken a toll"
    is an idiom; a person who "entered the country" took no territory; people "detained in
    hospital" are in care; "targeted 13 officials" with no harm in the sentence is a measure;
    "offer information" is no offer of peace; a cache someone "had" was not seized; "died" with
    no harm in its sentence is no killing; a vigil for the victims mourns and protests nothing.
    """
    head = doc[trigger.head]
    return not any(rule(head, trigger) for rule in _OTHER_SENSES)


def _objects_of(head: Any, deps: tuple[str, ...] = ("dobj", "nsubjpass")) -> list[str]:
    return [_key(c) for c in head.children if c.dep_ in deps]


def _prep_objects(head: Any, *preps: str) -> list[str]:
    return [
        _key(p)
        for c in head.children
        if c.dep_ == "prep" and (not preps or c.lower_ in preps)
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _statement(head: Any, trigger: Trigger) -> bool:
    return trigger.frame == Frame.AGREE and trigger.verbal and any(c.dep_ == "ccomp" for c in head.children)


def _signed_paper(head: Any, trigger: Trigger) -> bool:
    return trigger.frame == Frame.AGREE and _key(head) == "sign" and bool(set(_objects_of(head)) & SIGNED_PAPERS)


def _figure(head: Any, trigger: Trigger) -> bool:
    if trigger.frame not in _FORCE_FRAMES:
        return False
    if trigger.verbal:
        return bool(set(_objects_of(head)) & FIGURATIVE_OBJECTS)
    return bool(set(_prep_objects(head, "against", "on", "of")) & FIGURATIVE_OBJECTS)  # "the fight against poverty"


def _sanction(head: Any, trigger: Trigger) -> bool:
    """ "hit the generals with sanctions" (the parser hangs "with" on the verb or its object)."""
    if trigger.frame not in _FORCE_FRAMES:
        return False
    holders = [head, *(c for c in head.children if c.dep_ == "dobj")]
    return any(set(_prep_objects(h, "with")) & NONVIOLENT_INSTRUMENTS for h in holders)


def _figurative_explosion(head: Any, trigger: Trigger) -> bool:
    """ "the explosion of plan X", "an explosion of anger"; not "the explosion of a car bomb"."""
    if trigger.frame != Frame.EXPLOSION or trigger.verbal or _key(head) not in BURST_NOUNS:
        return False  # "the bombing of rebel positions": what was bombed
    owned = _prep_objects(head, "of")
    return bool(owned) and not set(owned) & (WEAPONS | EXPLOSION_OF)


def _idiom(head: Any, trigger: Trigger) -> bool:
    return not trigger.verbal and head.dep_ == "dobj" and (_key(head.head), _key(head)) in IDIOMS


def _person_entering(head: Any, trigger: Trigger) -> bool:
    return _key(head) == "enter" and any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL_SUBJECTS for c in head.children)


def _taken_along(head: Any, trigger: Trigger) -> bool:
    """ "defected, taking around 80 fighters with him": people taken along by their leader, not
    abducted (what is taken "with him" or "with them" goes with the one who takes it)."""
    if _key(head) not in ACCOMPANY_VERBS:
        return False
    # "with him" hangs on the verb or, as the parser often has it, on the last thing taken
    taken = [c for c in head.children if c.dep_ in ("dobj", "prep")]
    return any(
        t.dep_ == "pobj" and t.head.lower_ == "with" and _key(t) in ACCOMPANYING_PRONOUNS
        for c in taken
        for t in c.subtree
    )


def _in_care(head: Any, trigger: Trigger) -> bool:
    """ "Ninety people were detained in hospital": kept for treatment, not arrested."""
    return trigger.frame == Frame.ARREST and bool(set(_prep_objects(head, "in", "at")) & CARE_PLACES)


def _harmless_target(head: Any, trigger: Trigger) -> bool:
    """ "the administration targeted 13 officials": "target" is an attack only beside a word of
    harm in its sentence (a weapon, a death, a strike)."""
    return _key(head) == "target" and trigger.verbal and not _harm_beside(head)


def _natural_death(head: Any, trigger: Trigger) -> bool:
    """ "Hugo Chávez, who died in 2013", "died of cancer": a death told by its year or its illness,
    with no word of harm beside it, is no violence ("died at the scene" in a shooting report is)."""
    if trigger.frame != Frame.KILL or _key(head) not in DEATH_WORDS or _harm_beside(head):
        return False
    year = any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in head.subtree)
    return year or bool(set(_prep_objects(head, "of", "from")) & ILLNESSES)


def _harm_beside(head: Any) -> bool:
    return any(t.i != head.i and (_key(t) in HARM_WORDS or t.lower_ in HARM_WORDS) for t in head.sent)


def _kept_cache(head: Any, trigger: Trigger) -> bool:
    """ "police said he had a Colt M4 and a cache of magazines": a cache kept is no seizure."""
    if trigger.frame != Frame.WEAPONS or trigger.verbal:
        return False
    noun = head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "dobj" and _key(noun.head) in KEEPING_VERBS


def _mourning(head: Any, trigger: Trigger) -> bool:
    """ "a vigil held for the victims": mourning someone is no protest; "a vigil against the
    killings" demands something and stays."""
    if trigger.frame != Frame.PROTEST or trigger.verbal or _key(head) not in MOURNING_GATHERINGS:
        return False
    # the parser hangs "for the victims" on the noun or on the verb that holds it ("held a vigil")
    holders = [head, *([head.head] if head.dep_ in ("dobj", "nsubjpass") else [])]
    if any(_prep_objects(h, "against", "over") for h in holders):
        return False
    return any(_prep_objects(h, "for", "of") for h in holders) or any(c.dep_ == "acl" for c in head.children)


def _offer_of_other(head: Any, trigger: Trigger) -> bool:
    """ "offer information to police", "the potential offered by a share": an offer is a step
    towards peace only when what is offered is ("offered a truce", "offered to negotiate")."""
    if trigger.frame != Frame.NEGOTIATE or _key(head) not in ("offer", "propose") or not trigger.verbal:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return False  # "offered to negotiate", "proposed that both sides withdraw"
    return not set(_objects_of(head, ("dobj", "nsubjpass", "dative"))) & NEGOTIATED_THINGS


_OTHER_SENSES = (_statement, _signed_paper, _figure, _sanction, _figurative_explosion, _idiom, _person_entering,
                 _in_care, _harmless_target, _natural_death, _offer_of_other, _kept_cache, _mourning,
                 _taken_along)  # fmt: skip
