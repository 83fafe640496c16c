"""How many were killed: death counts read next to words of dying, with ACLED's conservative rules.

"killing 14 soldiers", "at least 100 people were executed", "left dozens dead", "the death toll
rose to 30", "two fighters died": each gives a :class:`Death` with a count (see
:mod:`faultlines.numbers` for "dozens" = 12 and friends). Injuries are never deaths. A singular
victim ("killed a shepherd", "the commander was shot dead") counts one; an unnumbered plural
("killing civilians") stays unknown rather than guessed.

Only a count of the people who died is a toll: an age ("a 45-year-old man"), a year ("the 2014
victims") or another number inside the victim's phrase is not, nor a tally over a period ("killed
500 people this year", "since the campaign began"). Across the sentences of one incident
(:func:`incident_toll`), a toll restated ("Two killed" ... "killing two vendors") counts once and
the dead of different groups add up ("killed 23 soldiers" ... "Twenty insurgents were killed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from faultlines.lang.en.events_participants import (
    DEATH_NOUNS,
    GENERIC_VICTIMS,
    KILL_VERBS,
    MORE_WORDS,
    PEOPLE_PRONOUNS,
    QUANTITY_NOUNS,
)
from faultlines.numbers import Count, parse_count
from faultlines.records import Fatalities

_REMAINS = frozenset({"body", "corpse"})  # "his body was found": whose
_YEAR = re.compile(r"(?:19|20)\d\d")
# How a toll was read, as the event page names it (``Choice.rule`` of "fatalities"): how the
# incident's statements were combined, then how each count was read (ACLED's conservative figures).
ONE_STATEMENT = "the toll one statement gives"
LARGEST_RESTATED = "the largest of the incident's tolls (later sentences restate and update it)"
GROUPS_ADDED = "numbered groups of dead added up"
MORE_ADDED = "dead told as more ('also killed') added"
FLOOR = "'at least': its floor"
RANGE_LOW = "a range: its low end"
VAGUE = "a vague amount at its conservative figure"
APPROXIMATE = "an approximate figure as stated"
ONE_NAMED = "one victim named"
STATED = "the number stated"
_PERIOD = re.compile(r"\b(?:this|last|past|previous)\s+(?:\w+\s+)?(?:years?|months?|decades?)\b|\bso far\b", re.I)


@dataclass(frozen=True, slots=True)
class Death:
    """A death count in a sentence: the dying word (token index) and its count."""

    token: int
    count: Count
    start: int
    end: int
    head: str = ""  # the victim noun, lower case ("soldiers"); a number word when there is none
    numbered: bool = False  # the count is a number in the text, not one person named
    more: bool = False  # "was also killed", "two others died": dead beyond those told before


def _key(token: Any) -> str:
    return str(token.lemma_).lower()


def _victims_of(token: Any) -> list[Any]:
    """The nouns that died: objects of "killed", subjects of "died" / "were killed"."""
    key = _key(token)
    if token.pos_ == "VERB":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
        wanted = ("nsubj", "nsubjpass") if key in ("die", "perish") or passive else ("dobj",)
        found = [c for c in token.children if c.dep_ in wanted]
        if not found and token.dep_ in ("acl", "relcl") and (passive or token.tag_ == "VBN"):
            found = [token.head]  # "fighters killed in the raid", "men who were executed"
        if not found and token.dep_ == "conj" and (token.tag_ == "VBN" or key in ("die", "perish")):
            found = [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")]  # "was shot and killed"
        return found
    if key == "dead" and token.head.pos_ == "VERB" and token.dep_ in ("oprd", "acomp", "advmod", "xcomp"):
        verb = token.head  # "shot dead a shopkeeper", "was found dead"
        return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if key == "dead":  # "left 5 dead", "5 dead"
        return [c for c in token.children if c.dep_ in ("nummod", "npadvmod")] or (
            [token.head] if token.dep_ in ("amod", "oprd") and token.head.pos_ in ("NOUN", "NUM") else []
        )
    return [c for c in token.children if c.dep_ in ("nummod", "quantmod")] or _toll_value(token) or _whose(token)


def _whose(token: Any) -> list[Any]:
    """ "the death of his daughter", "the killing of three soldiers", "a man's body"."""
    owners = [c for c in token.children if c.dep_ == "poss"] if _key(token) in _REMAINS else []
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    return owners or [c for p in of for c in p.children if c.dep_ == "pobj"]


def _fatally(token: Any) -> bool:
    """ "fatally shot", "was fatally stabbed": the victims of the verb died."""
    return token.pos_ == "VERB" and any(c.lower_ == "fatally" for c in token.children)


def _toll_value(token: Any) -> list[Any]:
    """ "the death toll rose to 30": the number after the toll's verb."""
    if _key(token) != "toll" or token.head.pos_ not in ("VERB", "AUX"):
        return []
    return [t for t in token.head.subtree if t.like_num and t.i > token.i][:1]


def _phrase(doc: Any, token: Any) -> tuple[int, int]:
    """The count-bearing words of a victim noun: its numeric modifiers and the noun itself."""
    left = token.i
    for child in sorted(token.lefts, key=lambda t: -t.i):
        if child.dep_ in ("nummod", "quantmod", "advmod", "amod", "det", "compound", "prep") or child.like_num:
            left = min(left, child.left_edge.i)
    start = doc[left].idx
    return start, token.idx + len(token)


def _modifier_number(doc: Any, token: Any) -> bool:
    """A number that describes the victim instead of counting: "45-year-old", "9-mm", "2014"."""
    if not token.like_num:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.text == "-" and not token.whitespace_:
        beyond = doc[after.i + 1] if after.i + 1 < len(doc) else None
        return beyond is None or not beyond.like_num  # "twenty-two" counts; "45-year-old" does not
    return bool(_YEAR.fullmatch(token.text))


def _count_of(doc: Any, victim: Any) -> tuple[Count, int, int] | None:
    start, end = _phrase(doc, victim)
    words = [t for t in doc[victim.left_edge.i : victim.i + 1] if t.idx >= start]
    skipped = {t.i for w in words if _modifier_number(doc, w) for t in _compound_of(doc, w)}
    words = [t for t in words if t.i not in skipped]
    after = doc[victim.i + 1] if victim.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "of" and _key(victim) in QUANTITY_NOUNS:
        words.append(after)  # "a number of", "dozens of"
        end = after.idx + len(after)
    count = parse_count("".join(t.text_with_ws for t in words).rstrip())
    if count is not None and count.value is not None and count.unit is None:
        return count, start, end
    if (victim.pos_ == "PRON" and victim.lower_ in PEOPLE_PRONOUNS) or (
        victim.pos_ in ("NOUN", "PROPN")
        and victim.tag_ in ("NN", "NNP")
        and not victim.like_num
        and _key(victim) not in QUANTITY_NOUNS
    ):
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in victim.children):
            return None
        return Count(1.0, text=victim.text), victim.idx, victim.idx + len(victim)
    return None


def _compound_of(doc: Any, token: Any) -> list[Any]:
    """The tokens of a hyphenated modifier from its first word: "45 - year - old"."""
    found = [token]
    i = token.i + 1
    while i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_:
        found += [doc[i], doc[i + 1]]
        i += 2
    return found


def _over_a_period(doc: Any, token: Any) -> bool:
    """ "killed 500 people this year", "8,500 killed since the campaign began", "so far": a tally
    over time, not one incident's toll. The time must hang on the dying word's own clause."""
    clause = token if token.pos_ in ("VERB", "AUX") else token.head
    near = {clause.i, token.i}
    for t in clause.subtree:
        since = t.lower_ == "since" and (t.head.i in near or t.head.head.i in near)  # "since the war began"
        if since or (t.lower_ == "far" and doc[t.i - 1].lower_ == "so"):
            return True
        if t.ent_iob_ == "B" and t.ent_type_ == "DATE":
            last = t.i + 1
            while last < len(doc) and doc[last].ent_iob_ == "I":
                last += 1
            ent = doc[t.i : last]
            attached = ent.root.head.i in near or (ent.root.head.dep_ == "prep" and ent.root.head.head.i in near)
            if attached and (_PERIOD.search(ent.text) or _YEAR.fullmatch(ent.text.strip())):
                return True
    return False


def deaths_in(doc: Any, start: int, end: int) -> list[Death]:
    """The death counts among tokens ``start``..``end`` of ``doc`` (one sentence)."""
    found: list[Death] = []
    for token in doc[start:end]:
        key = _key(token)
        if key not in KILL_VERBS and key not in DEATH_NOUNS and not _fatally(token):
            continue
        if key == "life" and not any(_key(c) == "lose" for c in (token.head,)):
            continue
        for victim in _victims_of(token):
            for person in (victim, *victim.conjuncts):
                counted = _count_of(doc, person)
                if counted is None:
                    continue
                count, first, last = counted
                if (count.value or 0) > 2 and _over_a_period(doc, token):
                    continue
                numbered = any(t.like_num for t in doc[person.left_edge.i : person.i + 1] if t.idx >= first)
                more = any(c.lower_ in MORE_WORDS for c in token.children) or _head_word(person) in MORE_WORDS
                found.append(Death(token.i, count, first, last, _head_word(person), numbered, more))
    return found


def _head_word(victim: Any) -> str:
    word = str(victim.lemma_).lower()
    return "" if victim.like_num or victim.pos_ == "PRON" else word


def fatalities_of(deaths: list[Death], text: str) -> Fatalities:
    """One sentence's fatalities: its death counts added up (each victim phrase once), each at its
    conservative best. ``text`` is the document's text, for the evidence span."""
    unique = list({(d.start, d.end): d for d in deaths}.values())
    if not unique:
        return Fatalities()
    best = sum(int(d.count.value or 0) for d in unique)
    lows = [d.count.low for d in unique if d.count.low is not None]
    highs = [d.count.high for d in unique if d.count.high is not None]
    low = int(sum(lows)) if len(lows) == len(unique) else None
    high = int(sum(highs)) if len(highs) == len(unique) else None
    start, end = min(d.start for d in unique), max(d.end for d in unique)
    return Fatalities(best=best, low=low, high=high, text=text[start:end], start=start, end=end)


def most_reported(candidates: list[Fatalities]) -> Fatalities:
    """Of several tolls for one incident, the largest: later sentences restate and update it."""
    known = [f for f in candidates if f.best is not None]
    return max(known, key=lambda f: f.best or 0) if known else Fatalities()


def incident_toll(deaths: list[Death], text: str) -> Fatalities:
    """The toll of one incident (see :func:`incident_toll_why`)."""
    return incident_toll_why(deaths, text)[0]


def incident_toll_why(deaths: list[Death], text: str) -> tuple[Fatalities, str | None]:
    """The toll of one incident from the death counts of all its sentences, and the rule that read
    it (None when there is no toll).

    One dying word with its victims is one statement ("killing three soldiers and two
    civilians": 5). Numbered groups ("23 soldiers", "Twenty insurgents") add up, each at its
    largest figure; a statement that names no group ("11 people died", "Two killed", "the
    victim") may restate any other, so the toll is at least its figure, never more. Dead told as
    more ("X was also killed", "two others died") come on top.
    """
    statements: dict[int, list[Death]] = {}
    for death in {(d.start, d.end): d for d in deaths}.values():
        statements.setdefault(death.token, []).append(death)
    largest: dict[str, Death] = {}
    candidates: list[tuple[Fatalities, list[Death], str]] = []
    more: list[Death] = []
    for said in statements.values():
        if all(d.more for d in said):
            more.extend(said)
        elif all(d.numbered and d.head and d.head not in GENERIC_VICTIMS for d in said):
            for d in said:
                if d.head not in largest or (d.count.value or 0) > (largest[d.head].count.value or 0):
                    largest[d.head] = d
        else:
            candidates.append((fatalities_of(said, text), said, ONE_STATEMENT))
    if largest:
        groups = list(largest.values())
        candidates.append((fatalities_of(groups, text), groups, GROUPS_ADDED if len(groups) > 1 else ONE_STATEMENT))
    known = [c for c in candidates if c[0].best is not None]
    base, used, how = max(known, key=lambda c: c[0].best or 0) if known else (Fatalities(), [], "")
    if len(known) > 1 and how == ONE_STATEMENT:
        how = LARGEST_RESTATED
    if not more:
        return base, _rule(how, used) if used else None
    extra = fatalities_of(more, text)
    if base.best is None:
        return extra, _rule(MORE_ADDED, more)
    low = base.low + extra.low if base.low is not None and extra.low is not None else None
    high = base.high + extra.high if base.high is not None and extra.high is not None else None
    start, end = min(base.start or 0, extra.start or 0), max(base.end or 0, extra.end or 0)
    toll = Fatalities(
        best=(base.best or 0) + (extra.best or 0), low=low, high=high, text=text[start:end], start=start, end=end
    )
    return toll, _rule(f"{how}; {MORE_ADDED}", [*used, *more])


def _rule(how: str, deaths: list[Death]) -> str:
    """ "numbered groups of dead added up: 'at least': its floor, the number stated"."""
    readings = dict.fromkeys(_reading(d) for d in deaths)
    return f"{how}: {', '.join(readings)}"


def _reading(death: Death) -> str:
    """How one count was read, ACLED's conservative figure first."""
    count = death.count
    if count.low is not None and count.high is not None:
        return RANGE_LOW
    if count.low is not None:
        return FLOOR
    if count.vague:
        return VAGUE
    if count.approximate:
        return APPROXIMATE
    return STATED if death.numbered else ONE_NAMED
