"""What a mention says about which incident it tells, read from the parse of its sentence.

A mention points back to an incident already told when its trigger noun is definite or owned
("the attack", "these killings", "Saturday's shooting") or a participant is a pronoun ("They
killed 23 soldiers"); it opens another when the noun says so ("another bomb", "a second
shooting", "last year's attack") or its sentence starts the telling of another occurrence
("Later, a man was shot dead", "In a separate incident ..."). The places and times pinned to the
trigger ("the attack in Kabul", "the shooting on Friday") let :mod:`faultlines.events.merge`
keep apart two incidents that the words alone would join.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from faultlines.attribution.verbs import stance
from faultlines.events.categories import PartyClass
from faultlines.events.mentions import EventMention
from faultlines.lang.en.attribution import DOCUMENT_NOUNS
from faultlines.lang.en.events_reference import (
    AFTER_PREPS,
    AGE,
    BACK_DETERMINERS,
    BACK_NOUNS,
    CLOCK,
    CLOCK_WORDS,
    DATELINE,
    DURATION_UNITS,
    GENERIC_PLACE_WORDS,
    NEW_MODIFIERS,
    NEW_OPENERS,
    PAST_POSSESSORS,
    PLACE_LABELS,
    TIME_FILLERS,
    TIME_LABELS,
    TIME_ZONES,
    TOWN_LABELS,
)

__all__ = ["Reference", "References", "disjoint"]


@dataclass(frozen=True, slots=True)
class Reference:
    back: bool  # "the attack", "Saturday's attack": an incident told before
    new: bool  # "another attack", "Later, ...": an incident not told before
    pronoun: bool  # "They killed 23 soldiers": the participants were named before
    places: frozenset[str]  # words of the place names in the sentence
    towns: frozenset[str]  # of those, towns and countries ("Post Road" may lie in "Indianapolis")
    times: frozenset[str]  # words of the days and dates in the sentence ("friday", "march")
    clocks: frozenset[str]  # its clock times ("11:30pm"): compared only with clock times
    own_places: frozenset[str]  # those pinned to the trigger: "the attack in Kabul"
    own_times: frozenset[str]  # "the shooting on Friday", "Saturday's attack"
    after_told: bool = False  # set after an incident named as told: "removed guns after the shooting"
    dated_clause: bool = False  # told in a clause that dates it: "since 2017, when ... was killed"
    joined_to: int | None = None  # the token its trigger is coordinated with: "imprisoned and executed"
    told_people: bool = False  # people acted on named by a definite phrase: "The men were shot"
    witness_loss: bool = False  # a loss that introduces a speaker: "a man whose brother was killed told"


def _definite_people(doc: Any, party: Any) -> bool:
    """ "the men", "these victims": people named by a definite phrase and no name, who were told of before."""
    if party.cls not in (PartyClass.CIVILIAN, PartyClass.PERSON) or party.mention is not None:
        return False
    return any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in doc[party.head].children)


def disjoint(own: frozenset[str], told: frozenset[str]) -> bool:
    """Two sets of place (or time) words that name different things: both known, none shared."""
    return bool(own and told and not own & told)


class References:
    """The :class:`Reference` of each mention of one parsed document (entities read once)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self._ents: dict[int, list[Any]] = defaultdict(list)  # sentence start token -> entities
        self._zoned: set[tuple[int, int]] = set()  # (start, end) of the entities given with a zone
        text = doc.text  # spaCy rebuilds it from the tokens on every access: read it once
        datelines = [m.span() for m in DATELINE.finditer(text)]  # apart and in order
        dateline_starts = [start for start, _ in datelines]
        for ent in doc.ents:
            if _inside(ent.start_char, datelines, dateline_starts):
                continue  # where and when the report was filed
            place = ent.label_ in PLACE_LABELS and not _in_a_name(ent)
            if place or (ent.label_ in TIME_LABELS and _occurrence_time(ent)):
                self._ents[ent.sent.start].append(ent)
                if _zoned(ent, text):
                    self._zoned.add((ent.start, ent.end))

    def _clocks(self, sent: Any) -> frozenset[str]:
        """Clock times spaCy often leaves unlabelled: "11.30pm", "3 a.m.", "9:40am"."""
        return frozenset(m.group(0).lower().replace(" ", "").replace(".", ":") for m in CLOCK.finditer(sent.text))

    def of(self, mention: EventMention) -> Reference:
        doc = self.doc
        head = doc[mention.trigger.head]
        sent = head.sent
        ents = self._ents.get(sent.start, [])
        places = [e for e in ents if e.label_ in PLACE_LABELS]
        towns = [e for e in places if e.label_ in TOWN_LABELS]
        times = [e for e in ents if e.label_ in TIME_LABELS]
        return Reference(
            back=_points_back(head, mention) or _in_the_incident(head),
            new=_another(head) or _opens_another(sent),
            pronoun=any(p.cls == PartyClass.PRONOUN for p in (*mention.roles.agent, *mention.roles.patient)),
            told_people=any(_definite_people(self.doc, p) for p in mention.roles.patient),
            places=_words(places, GENERIC_PLACE_WORDS, self._zoned),
            towns=_words(towns, GENERIC_PLACE_WORDS, self._zoned),
            times=_words(times, TIME_FILLERS, self._zoned),
            clocks=self._clocks(sent),
            own_places=_words((e for e in places if _pinned(e.root, head)), GENERIC_PLACE_WORDS, self._zoned),
            own_times=_words((e for e in times if _pinned(e.root, head)), TIME_FILLERS, self._zoned),
            after_told=_after_told(head),
            dated_clause=_dated_clause(head),
            joined_to=head.head.i if head.dep_ == "conj" else None,
            witness_loss=_witness_loss(head),
        )


def _witness_loss(head: Any) -> bool:
    """ "a man whose brother was killed told the paper": the loss says who the speaker is; it is
    the report's main incident told again, not one of its own."""
    person = head.head
    if head.dep_ != "relcl" or person.dep_ != "nsubj":
        return False
    return person.head.pos_ == "VERB" and stance(str(person.head.lemma_).lower()) is not None


def _inside(offset: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``offset`` falls in one of ``spans`` (apart and in order; ``starts``: their starts),
    found by binary search: a file of many reports has a dateline per report."""
    i = bisect_right(starts, offset) - 1
    return i >= 0 and offset < spans[i][1]


def _points_back(head: Any, mention: EventMention) -> bool:
    if mention.trigger.verbal:
        return False
    if mention.definite:
        return True
    noun = head.head if head.dep_ == "conj" else head  # "the assassination attempt and terrorist attack"
    for child in (*head.children, *(noun.children if noun is not head else ())):
        if child.dep_ == "det" and child.lower_ in BACK_DETERMINERS:
            return True
        if child.dep_ == "poss" and str(child.lemma_).lower() not in PAST_POSSESSORS:
            return True  # "Saturday's attack", "the group's attack"
    return False


def _in_the_incident(head: Any) -> bool:
    """ "In the 4 p.m. incident, a driver opened fire", "During the attack, ...": the clause is
    set inside an occurrence told before."""
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if str(noun.lemma_).lower() in BACK_NOUNS and any(
                d.dep_ == "det" and d.lower_ in BACK_DETERMINERS for d in noun.children
            ):
                return True
    return False


def _after_told(head: Any) -> bool:
    """ "police removed five guns from the home after the shooting": the trigger's clause is set
    after an incident named with a definite noun (the parser may hang "after" on the object)."""
    for prep in (t for t in head.subtree if t.dep_ == "prep" and t.lower_ in AFTER_PREPS):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if any(d.dep_ in ("det", "poss") and d.lower_ in BACK_DETERMINERS | {"'s"} for d in noun.children):
                return True
    return False


def _another(head: Any) -> bool:
    """ "another attack", "a second bomb", "last year's bombing"."""
    for child in head.children:
        if child.dep_ in ("det", "amod", "advmod") and child.lower_ in NEW_MODIFIERS:
            return True
        if child.dep_ == "poss" and str(child.lemma_).lower() in PAST_POSSESSORS:
            return True
    return False


def _opens_another(sent: Any) -> bool:
    words = [t.lower_ for t in sent[:5] if not t.is_punct and t.lower_ not in ("and", "but", "so")]
    return any(tuple(words[: len(opener)]) == opener for opener in NEW_OPENERS)


def _pinned(root: Any, head: Any) -> bool:
    """An entity attached to the trigger itself: its object of a preposition ("attack in Kabul",
    "shot on Friday"), a bare time ("attacked Friday"), or its possessor ("Saturday's attack")."""
    token = root
    for _ in range(3):
        if token.head.i == head.i:
            return token.dep_ in ("prep", "pobj", "npadvmod", "tmod", "poss", "compound", "nmod", "obl")
        if token.dep_ not in ("pobj", "prep", "compound"):
            return False
        token = token.head
    return False


def _occurrence_time(ent: Any) -> bool:
    """A date or time that can say when something happened: not an age ("12-year-old", "Horton,
    22,"), a length of time ("for 20 minutes"), or the time of a saying ("officials said Tuesday")."""
    if _duration(ent) or AGE.search(ent.text) or _bare_number(ent):
        return False
    return not _saying_time(ent.root)


def _saying_time(root: Any) -> bool:
    """The time hangs on a saying, not on what was said: its first verb up the tree is a verb of
    saying ("officials said Tuesday"), or a document noun comes first ("saying in a statement on
    Monday that rescuers had pulled more bodies", "a video posted on Friday")."""
    for token in root.ancestors:
        if token.pos_ == "NOUN" and str(token.lemma_).lower() in DOCUMENT_NOUNS:
            return True
        if token.pos_ == "VERB":
            return stance(str(token.lemma_)) is not None
    return False


def _bare_number(ent: Any) -> bool:
    """ "Eric Horton, 22, was taken into custody": a lone number of one to three digits that the
    tagger read as a date is an age or a count, not a day."""
    text = ent.text.strip()
    return text.isdigit() and len(text) <= 3


def _duration(ent: Any) -> bool:
    """ "for roughly 20 minutes", "9 days after": a length of time, not a time two mentions can
    be compared on ("last week" is one)."""
    lemmas = {str(t.lemma_).lower() for t in ent}
    return bool(lemmas & DURATION_UNITS) and not any(t.lower_ in ("last", "next", "this") for t in ent)


def _dated_clause(head: Any) -> bool:
    """The trigger is (or heads) a relative clause of a date: "since 2017, when a general was
    killed", "in May, when the town fell"."""
    token = head
    while token.dep_ not in ("relcl", "advcl", "acl") and token.head.i != token.i and token.pos_ != "VERB":
        token = token.head
    return token.dep_ in ("relcl", "acl") and token.head.ent_type_ in TIME_LABELS


def _in_a_name(ent: Any) -> bool:
    """ "Tennessee Bureau of Investigation", "Arkansas Matters reports": a place name that a
    capitalised word of another name follows is part of that name, not where anything happened
    ("Aleppo Governorate" and "Kabul Monday" stay places)."""
    if ent.end >= len(ent.doc):
        return False
    after = ent.doc[ent.end]
    return after.is_title and not after.is_stop and after.ent_type_ not in (*PLACE_LABELS, *TIME_LABELS)


def _zoned(ent: Any, text: str) -> bool:
    """A time given with its zone, "1530 UTC" (the zone may fall outside the entity). ``text`` is
    ``doc.text``, read once per document."""
    after = text[ent.end_char : ent.end_char + 5].split()  # the tokenizer may glue "UTC)."
    words = [t.lower_ for t in ent] + [w.strip(").,;").lower() for w in after[:1]]
    return any(w in TIME_ZONES for w in words)


def _words(ents: Iterable[Any], generic: frozenset[str], zoned: set[tuple[int, int]]) -> frozenset[str]:
    """The words that tell one place (or day) from another; clock figures are left to the clocks
    (``zoned``: the (start, end) of the entities given with a zone)."""
    return frozenset(
        w
        for e in ents
        if (e.start, e.end) not in zoned  # "(1530 UTC)": a clock time, left to the clocks
        for w in (t.lower_ for t in e if not t.is_punct and not t.is_stop and t.lower_ != "'s")
        if w not in generic and not (e.label_ == "TIME" and (w[:1].isdigit() or w in CLOCK_WORDS))
    )
