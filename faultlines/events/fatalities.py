"""How many were killed: death counts read next to words of dying, with ACLED's conservative rules.

"killing 14 soldiers", "at least 100 people were executed", "left dozens dead", "the death toll
rose to 30", "two fighters died": each gives a :class:`Death` with a count (see
:mod:`faultlines.numbers` for "dozens" = 12 and friends). Injuries are never deaths. A singular
victim ("killed a shepherd", "the commander was shot dead") counts one; an unnumbered plural
("killing civilians") stays unknown rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from faultlines.numbers import Count, parse_count
from faultlines.records import Fatalities

_KILL_VERBS = frozenset("kill murder slay slaughter massacre execute behead assassinate die perish lynch "
                        "crucify decapitate".split())  # fmt: skip
_DEATH_NOUNS = frozenset("death fatality toll body corpse dead killing life execution beheading murder "
                         "assassination".split())  # fmt: skip
_QUANTITY_NOUNS = frozenset("number dozen dozens hundred hundreds thousand thousands score scores".split())
_PEOPLE_PRONOUNS = frozenset({"he", "she", "him", "her"})


@dataclass(frozen=True, slots=True)
class Death:
    """A death count in a sentence: the dying word (token index) and its count."""

    token: int
    count: Count
    start: int
    end: int


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
        return found
    if key == "dead" and token.head.pos_ == "VERB" and token.dep_ in ("oprd", "acomp", "advmod", "xcomp"):
        verb = token.head  # "shot dead a shopkeeper", "was found dead"
        return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if key == "dead":  # "left 5 dead", "5 dead"
        return [c for c in token.children if c.dep_ in ("nummod", "npadvmod")] or (
            [token.head] if token.dep_ in ("amod", "oprd") and token.head.pos_ in ("NOUN", "NUM") else []
        )
    return [c for c in token.children if c.dep_ in ("nummod", "quantmod")] or _toll_value(token)


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


def _count_of(doc: Any, victim: Any) -> tuple[Count, int, int] | None:
    start, end = _phrase(doc, victim)
    words = [t for t in doc[victim.left_edge.i : victim.i + 1] if t.idx >= start]
    after = doc[victim.i + 1] if victim.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "of" and _key(victim) in _QUANTITY_NOUNS:
        words.append(after)  # "a number of", "dozens of"
        end = after.idx + len(after)
    count = parse_count("".join(t.text_with_ws for t in words).rstrip())
    if count is not None and count.value is not None and count.unit is None:
        return count, start, end
    if (victim.pos_ == "PRON" and victim.lower_ in _PEOPLE_PRONOUNS) or (
        victim.pos_ in ("NOUN", "PROPN")
        and victim.tag_ in ("NN", "NNP")
        and not victim.like_num
        and _key(victim) not in _QUANTITY_NOUNS
    ):
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in victim.children):
            return None
        return Count(1.0, text=victim.text), victim.idx, victim.idx + len(victim)
    return None


def deaths_in(doc: Any, start: int, end: int) -> list[Death]:
    """The death counts among tokens ``start``..``end`` of ``doc`` (one sentence)."""
    found: list[Death] = []
    for token in doc[start:end]:
        key = _key(token)
        if key not in _KILL_VERBS and key not in _DEATH_NOUNS:
            continue
        if key == "life" and not any(_key(c) == "lose" for c in (token.head,)):
            continue
        for victim in _victims_of(token):
            for person in (victim, *victim.conjuncts):
                counted = _count_of(doc, person)
                if counted is not None:
                    found.append(Death(token.i, *counted))
    return found


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
    """Across sentences that tell one incident, the largest figure: later sentences restate and
    update the toll rather than adding new deaths."""
    known = [f for f in candidates if f.best is not None]
    return max(known, key=lambda f: f.best or 0) if known else Fatalities()
