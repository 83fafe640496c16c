"""Numbers as claims: what each number counts, in what unit, and whether it is a toll.

``find_quantities(doc)`` reads the counts :mod:`faultlines.numbers` finds ("more than 8,500",
"several hundred", "$800", "13 percent", "half that") and places each in the parse:

- what it counts: the noun it modifies ("8,500 ISIS militants"), the noun after "of" ("100 of
  its own soldiers", "13 percent of ISIS attacks"), or for money the verb and its recipient
  ("$800 a month" paid to "foreign fighters");
- its unit: "people" for people, "percent", a currency with its period ("USD/month"), else the
  counted noun's plural ("villages", "countries");
- its outcome when it is a toll: "ISIS militants killed", "civilians injured";
- a relative amount ("Syrians half that") takes its value from the number before it;
- whether it is approximate: hedged ("about 90", "some 20,000", "nearly 100", "roughly half")
  or vague ("dozens", "several hundred") figures are flagged ``approximate``.

Numbers that are not claims are left out: dates and times, ages ("a 26-year-old", "Henderson,
30"), addresses ("the 1000 block", "608 Savage Road"), phone numbers and measures ("100 mph").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from faultlines.attribution.casualties import outcome_of
from faultlines.attribution.names import noun_phrase
from faultlines.lang.en.attribution import (
    MEASURE_WORDS,
    NUMBERING_VERBS,
    PER_PERIOD,
    PERSON_NOUNS,
    RATE_PERIODS,
    RELATIVE_FACTORS,
    VAGUE_QUANTIFIERS,
)
from faultlines.numbers import Count, find_counts
from faultlines.records import Quantity

__all__ = ["QuantityMention", "find_quantities"]

Token = Any  # spacy.tokens.Token

_SKIP_ENTS = {"DATE", "TIME", "ORDINAL", "QUANTITY"}


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A number that is a claim: ``text[start:end] == self.text``. ``outcome`` is "killed",
    "injured" or "harmed" for a toll, else None."""

    start: int
    end: int
    text: str
    quantity: Quantity
    count: Count
    outcome: str | None = None
    verb: str | None = None


def find_quantities(doc: Any, *, skip: Sequence[tuple[int, int]] = ()) -> list[QuantityMention]:
    """The countable claims in a parsed text, left to right; ``skip`` holds character ranges
    (date expressions) whose numbers are not counts."""
    text = doc.text
    found: list[QuantityMention] = []
    for start, end, count in find_counts(text):
        if any(s < end and start < e for s, e in skip) or _not_a_claim(doc, text, start, end, count):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        mention = _read(_number_token(span), span, text, start, end, count, found)
        if mention is not None:
            found.append(mention)
    return found


def _number_token(span: Any) -> Token:
    """The token that stands for the number in the parse: "percent" in "13 percent", "20,000" in
    "an estimated 20,000", "hundred" in "several hundred"."""
    for token in span:
        if token.lower_ in ("percent", "%"):
            return token
    numeric = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numeric[-1] if numeric else span.root


def _not_a_claim(doc: Any, text: str, start: int, end: int, count: Count) -> bool:
    if count.value is None and count.high is None and not count.relative:
        return True
    if re.match(r"[-.)]\s", text[end : end + 2]) and text[:start].rstrip(" \t")[-1:] in ("", "\n"):
        return True  # "2- Ongoing fleeing": a list's numbering
    after = text[end : end + 12].lower()
    before = text[max(start - 6, 0) : start]
    if re.match(r"[-–]\d|-year|\s+years?\s+old|\s*-?\s*year-old|-month|-day|-point", after):
        return True  # phone numbers, ages, "10-point"
    if re.search(r"(?:#|no\.\s*)$", before.lower()) or (
        count.unit is None and re.fullmatch(r"\d{5,}", text[start:end])
    ):
        return True  # numbers and codes
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    last = span[-1]
    if last.ent_type_ in _SKIP_ENTS:
        return True
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and (
        nxt.lower_ in MEASURE_WORDS or (nxt.pos_ == "PROPN" and nxt.is_title and count.unit is None)
    ):
        return True  # "100 mph", "608 Savage Road"
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.text == "," and span.start >= 2 and doc[span.start - 2].ent_type_ == "PERSON"


def _read(
    root: Token, span: Any, text: str, start: int, end: int, count: Count, earlier: list[QuantityMention]
) -> QuantityMention | None:
    if count.relative:
        return _relative(root, span, text, start, end, count, earlier)
    unit, what, outcome, verb = count.unit, None, None, None
    noun = _counted(root)
    role = root if noun is not None and noun.head.i != root.i and noun.dep_ == "pobj" else (noun or root)
    outcome = _outcome(role)
    if unit in ("percent", "fraction"):
        what = _phrase_after(noun, end) if noun is not None else None
    elif unit in ("USD", "EUR", "GBP"):
        period = PER_PERIOD.match(text, end)
        if period:
            unit, end = f"{unit}/{RATE_PERIODS[period.group(1).lower()]}", period.end()
        what, verb = _paid(root)
    elif noun is not None:
        unit = "people" if _is_people(noun) else noun.lower_
        what = _phrase_after(noun, end)
    elif outcome is not None:
        unit = "people"
    elif (who := _relative_clause(root)) is not None:
        unit, what = "people", f"people {who}"
    elif (subject := _numbered(root)) is not None:
        noun = subject
        unit, what = ("people" if _is_people(subject) else subject.lower_), _phrase_after(subject, -1)
    else:
        return None  # a number that counts nothing we can name
    if outcome is None and not _worth_claiming(count, unit):
        return None
    if outcome is not None and unit == "people":
        what = f"{what or 'people'} {outcome}"
    quantity = Quantity(count.value, count.low, count.high, unit, what, approximate=count.approximate)
    return QuantityMention(start, end, text[start:end], quantity, count, outcome, verb)


def _worth_claiming(count: Count, unit: str | None) -> bool:
    """Not "many areas", "two reasons", "one side": bare quantifiers and small counts of things
    are wording, not figures anyone reports."""
    if " ".join(count.text.lower().split()) in VAGUE_QUANTIFIERS:
        return False
    small = count.value is not None and count.value < 3
    return (
        not small or unit in ("people", "percent", "fraction") or "/" in (unit or "") or unit in ("USD", "EUR", "GBP")
    )


def _relative_clause(root: Token) -> str | None:
    """ "dozens who have travelled from Canada": the clause says what is counted."""
    for child in root.children:
        if child.dep_ == "relcl" and any(c.lower_ == "who" for c in child.children):
            return root.doc[child.left_edge.i : child.right_edge.i + 1].text
    return None


def _numbered(root: Token) -> Token | None:
    """ "fighters, who are estimated to number several hundred": what the verb numbers."""
    verb = root.head
    if root.dep_ not in ("dobj", "attr", "npadvmod", "pobj") or verb.lemma_.lower() not in NUMBERING_VERBS:
        return None
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ not in ("WP", "WDT"):
            return subject
        if node.dep_ == "relcl":
            return node.head
        node = node.head
    return None


def _counted(root: Token) -> Token | None:
    """The noun a number counts: its head ("8,500 militants"), or what follows "of"."""
    if root.lower_ in ("percent", "%") or (root.pos_ in ("NOUN", "PROPN") and not root.like_num):
        of = _of_object(root)
        if of is not None or root.lower_ in ("percent", "%"):
            return of
        if root.lower_ in PERSON_NOUNS:
            return root
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    return _of_object(root)


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _phrase_after(noun: Token, number_end: int) -> str | None:
    """The counted noun phrase without the number: "ISIS militants", "foreign fighters and
    supporters"."""
    first, last = noun_phrase(noun)
    doc = noun.doc
    tokens = [t for t in doc[first:last] if t.idx >= number_end or t.i >= noun.i]
    if not tokens:
        return noun.text
    phrase = doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,")
    return phrase or noun.text


def _is_people(noun: Token) -> bool:
    return noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS or noun.ent_type_ == "NORP"


def _outcome(token: Token) -> str | None:
    """ "killed" for "8,500 militants have been killed", "were found dead", "killing 100 of ..."."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ in ("nsubjpass", "nsubj", "dobj", "attr") and head.i != node.i:
        outcome = outcome_of(head)
        passive = any(c.dep_ == "auxpass" for c in head.children)
        undergoes = head.lemma_.lower() in ("die", "perish") or head.pos_ == "ADJ"  # "two died", "two were dead"
        if outcome is not None and (node.dep_ != "dobj" or not passive) and (node.dep_ != "nsubj" or undergoes):
            return outcome
        for child in head.children:
            if child.dep_ in ("acomp", "oprd", "xcomp") and outcome_of(child) is not None:
                return outcome_of(child)
    return None


def _paid(root: Token) -> tuple[str | None, str | None]:
    """ "paying foreign fighters $800": ("pay foreign fighters", "pay")."""
    verb = root.head if root.head.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return None, None
    others = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i != root.i and not c.like_num]
    if others:
        first, last = noun_phrase(others[0])
        return f"{verb.lemma_} {verb.doc[first:last].text}", verb.lemma_
    return verb.lemma_, verb.lemma_


def _relative(
    root: Token, span: Any, text: str, start: int, end: int, count: Count, earlier: list[QuantityMention]
) -> QuantityMention | None:
    """ "Syrians half that": half of the amount before it, paid to the noun before it."""
    if not earlier or earlier[-1].quantity.value is None:
        return None
    before = earlier[-1]
    factor = next((f for word, f in RELATIVE_FACTORS.items() if word in count.text.lower()), None)
    if factor is None:
        return None
    doc = span.doc
    nouns = [t for t in doc[: span.start] if t.idx >= before.end and t.pos_ in ("NOUN", "PROPN")]
    whom = nouns[-1].text if nouns else None
    what = f"{before.verb} {whom}" if before.verb and whom else whom or before.quantity.what
    value = before.quantity.value * factor
    # "half that" of a hedged figure is as hedged as the figure
    approximate = count.approximate or before.quantity.approximate
    quantity = Quantity(value, None, None, before.quantity.unit, what, approximate=approximate)
    return QuantityMention(start, end, text[start:end], quantity, count, before.outcome, before.verb)
