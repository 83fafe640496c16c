"""People killed and injured: who the casualty words of a parsed text apply to, and how many.

Each casualty predicate ("were killed", "died", "killing his five children and his wife",
"was wounded", "found dead", "a man shot Friday") is read with its victims, and each victim
phrase is sized: a number ("two men", "dozens"), a conjunction ("his children as well as his
wife": 5 + 1), one person ("a man", "the victim", "he", a named person), none ("no officers
were hurt", "was not injured"), or unknown (a bare plural). "Shot" alone is "harmed": hurt or
killed, decided by the rest of the text.

:func:`totals` turns the casualties of one report into the number killed and injured, taking
the largest figure for each outcome (reports repeat one toll many times) and adding a shooter
who took their own life.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from faultlines.lang.en.attribution import (
    ATTEMPT_VERBS,
    CARRY_VERBS,
    CONDITION_WORDS,
    CUMULATIVE_SPAN,
    DEAD_WORDS,
    DEATH_NOUNS,
    DIE,
    FATALLY_WOUNDED,
    FOUND_VERBS,
    FURTHER_WORDS,
    HARM,
    INJURE,
    KILL,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    REFLEXIVE_PRONOUNS,
    SINGULAR_PRONOUNS,
    SUFFER_VERBS,
    SUICIDE,
    THING_WORDS,
    TOLL,
    TOLL_OUTCOME,
    UNREAL_MODALS,
    WOUND_NOUNS,
    ZERO_WORDS,
)
from faultlines.numbers import parse_count

__all__ = ["Casualty", "find_casualties", "outcome_of", "totals"]

Token = Any  # spacy.tokens.Token


@dataclass(frozen=True, slots=True)
class Casualty:
    """People that one predicate says were killed, injured or harmed (shot, not said how badly).

    ``count`` is None when the text gives a plural without a number. ``start``/``end`` cover the
    victim phrase; ``suicide`` marks people who killed themselves.
    """

    outcome: str  # "killed", "injured" or "harmed"
    count: int | None
    start: int
    end: int
    text: str
    trigger: int  # character offset of the casualty word
    suicide: bool = False
    additional: bool = False  # "another man", "a second victim", "three other people"


def outcome_of(token: Token) -> str | None:
    """ "killed", "injured" or "harmed" for a casualty predicate (a verb, or "dead"), else None."""
    lemma = token.lemma_.lower()
    if lemma == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return "killed"
    if lemma in KILL or lemma in DIE or (token.lower_ in DEAD_WORDS and token.pos_ in ("ADJ", "ADV")):
        return "killed"
    if lemma in INJURE or (token.lower_ in ("injured", "wounded") and token.pos_ == "ADJ"):
        return "injured"
    if lemma in HARM and token.pos_ == "VERB":
        around = {c.lower_ for c in token.children} | {c.lower_ for c in token.head.children if c.dep_ == "oprd"}
        if around & DEAD_WORDS or _to_death(token):
            return "killed"
        return "harmed"
    return None


def _to_death(token: Token) -> bool:
    return any(c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in token.children)


@dataclass(frozen=True, slots=True)
class _Sentences:
    """Sentence facts read once per document (``token.sent`` walks the parse on every call)."""

    starts: list[int]  # character offsets
    texts: list[str]
    questions: frozenset[int]  # token indices inside questions
    first_end: int  # token index where the first sentence (often the headline) ends

    @classmethod
    def of(cls, doc: Any) -> _Sentences:
        sentences = list(doc.sents)
        questions = frozenset(i for s in sentences if s.text.rstrip().endswith("?") for i in range(s.start, s.end))
        first_end = sentences[0].end if sentences else 0
        return cls([s.start_char for s in sentences], [s.text for s in sentences], questions, first_end)

    def text_at(self, offset: int) -> str:
        index = bisect_right(self.starts, offset) - 1
        return self.texts[index] if index >= 0 else ""


def find_casualties(doc: Any) -> list[Casualty]:
    """Every casualty statement in a parsed document, in text order."""
    sentences = _Sentences.of(doc)
    found: list[Casualty] = []
    for token in doc:
        outcome = outcome_of(token)
        if outcome is None or _unreal(token) or token.i in sentences.questions:
            continue  # a question ("Is infighting hurting the group?") reports no one hurt
        negated = any(c.dep_ == "neg" for c in token.children)
        for victim in _victims(token, strict=outcome == "harmed", headline_end=sentences.first_end):
            found.extend(_sized(victim, outcome, token, negated))
    text = doc.text  # built from the tokens on each access: read it once
    found.extend(_fatally_clauses(text))
    found.extend(_state_clauses(doc))
    for match in SUICIDE.finditer(text):
        found.append(Casualty("killed", 1, match.start(), match.end(), match.group(), match.start(), suicide=True))
        if match.group().lower().startswith("murder"):  # and at least one person killed first
            found.append(Casualty("killed", 1, match.start(), match.end(), match.group(), match.start()))
    found.extend(_tolls(text))
    return sorted((c for c in found if not _statistic(sentences, c)), key=lambda c: (c.start, c.outcome))


def _unreal(token: Token) -> bool:
    """ "could have killed", "tried to kill", "threatened to shoot": no one was hurt by it."""
    if any(c.dep_ == "aux" and (c.lower_ in UNREAL_MODALS or c.lower_ == "to") for c in token.children):
        return True  # "could have killed", "wanted to kill"
    if token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in ("attempt", "plot"):
        return True
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in ATTEMPT_VERBS


def _victims(token: Token, *, strict: bool, headline_end: int = 0) -> list[Token]:
    """Who ``token`` says was hurt. ``strict`` (for "shot", which hits cars and houses too) wants a
    word for a person; "killed" and "wounded" take any noun that is not a date or an amount."""
    is_victim = _is_person if strict else _is_someone
    node = token
    for _ in range(4):
        victims = [v for v in _own_victims(node) if is_victim(v)]
        if victims or node.dep_ != "conj":
            break
        node = node.head  # "were shot and killed": "killed" shares "shot"'s subject
    if not victims and _passive(token) and token.dep_ in ("conj", "advcl", "pcomp", "xcomp"):
        victims = _clause_subject(token)  # "charged after being shot", "got into a fight and was shot"
    if not victims and token.dep_ in ("xcomp", "oprd", "acomp", "advmod") and token.head.pos_ in ("VERB", "AUX"):
        victims = [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]  # "found dead"
    if not victims and token.head.pos_ in ("NOUN", "PROPN") and _modifies_victim(token):
        victims = [token.head]  # "a man killed in ...", "a man who was shot"
    if not victims and token.i < headline_end and _headline_passive(token):
        victims = [c for c in token.children if c.dep_ == "nsubj"]  # "Woman shot, killed in ..."
    return [v for v in victims if is_victim(v)]


def _headline_passive(token: Token) -> bool:
    """Headlines drop "was": "Man shot near school" parses as an active verb with no object."""
    if token.tag_ not in ("VBD", "VBN"):
        return False
    deps = {c.dep_ for c in token.children}
    return (
        "nsubj" in deps
        and not deps & {"dobj", "aux", "prt", "dative"}
        and not any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children)
    )


def _passive(token: Token) -> bool:
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("conj", "xcomp", "advcl")
        and not any(c.dep_ == "dobj" for c in token.children)
    )


def _clause_subject(token: Token) -> list[Token]:
    node = token.head
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
        if node.head.i == node.i:
            break
        node = node.head
    return []


def _modifies_victim(token: Token) -> bool:
    """ "a man killed in ..." (a participle), "a man who was shot", "the man police shot"."""
    if token.dep_ in ("acl", "amod"):
        return token.tag_ == "VBN"
    if token.dep_ == "relcl":
        return (
            _passive(token)
            or any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in token.children)
            or (
                not any(c.dep_ == "dobj" for c in token.children)
                and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in token.children)
            )
        )
    return False


def _own_victims(token: Token) -> list[Token]:
    lemma = token.lemma_.lower()
    roles = {"nsubjpass"}
    if lemma in DIE or token.pos_ in ("ADJ", "ADV"):
        roles.add("nsubj")
    elif not any(c.dep_ == "auxpass" for c in token.children):
        roles.add("dobj")
    victims = [c for c in token.children if c.dep_ in roles]
    if not victims and token.pos_ == "ADJ" and token.dep_ == "acomp":
        victims = [c for c in token.head.children if c.dep_ == "nsubj"]  # "two were dead"
    return victims


def _is_someone(token: Token) -> bool:
    """Any noun phrase that could be a casualty: not a date, an amount, a place or a thing."""
    if _age(token):
        return False
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "GPE", "LOC", "FAC", "ORG"):
        return False
    return token.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and token.lower_ not in THING_WORDS


def _age(token: Token) -> bool:
    """ "Adrian Simental, 24": a number after a name and a comma is an age."""
    if not (token.like_num and token.i >= 2):
        return False
    before = token.doc[token.i - 1]
    return before.text == "," and token.doc[token.i - 2].pos_ == "PROPN"


def _is_person(token: Token) -> bool:
    if _age(token):
        return False
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return False
    if token.lower_ in SINGULAR_PRONOUNS | PLURAL_PRONOUNS | REFLEXIVE_PRONOUNS | ZERO_WORDS:
        return True
    if token.ent_type_ == "PERSON" or token.like_num or token.pos_ == "NUM":
        return True
    if token.lemma_.lower() in PERSON_NOUNS or token.lower_ in PERSON_NOUNS:
        return True
    return token.ent_type_ == "NORP" or any(c.lower_.endswith("-year-old") for c in token.children)


def _sized(victim: Token, outcome: str, trigger: Token, negated: bool) -> list[Casualty]:
    members = [victim, *(c for c in victim.conjuncts if c.i > victim.i)]
    sizes = [_size(m) for m in members]
    total = None if any(s is None for s in sizes) else sum(s for s in sizes if s is not None)
    if negated:
        total = 0
    doc = victim.doc
    first = min(m.left_edge.i for m in members)
    last = max(members[-1].i, victim.i)
    span = doc[first : last + 1]
    suicide = victim.lower_ in REFLEXIVE_PRONOUNS and outcome == "killed"
    # "Another man was wounded" adds a victim; "he killed another man" contrasts with the killer
    additional = victim.dep_ != "dobj" and (
        victim.lower_ in FURTHER_WORDS or any(c.lower_ in FURTHER_WORDS for c in victim.children if c.i < victim.i)
    )
    return [Casualty(outcome, total, span.start_char, span.end_char, span.text, trigger.idx, suicide, additional)]


def _size(token: Token) -> int | None:
    """How many people one victim phrase stands for; None for a bare plural."""
    low = token.lower_
    if low in SINGULAR_PRONOUNS or low in REFLEXIVE_PRONOUNS:
        return 1
    if low in PLURAL_PRONOUNS:
        return None
    if low in ZERO_WORDS or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return 0
    if low == "both":
        return 2
    if token.like_num or token.pos_ == "NUM":
        count = parse_count(token.text)
        return int(count.value) if count and count.value is not None else None
    for child in token.children:
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod" and child.like_num):
            count = parse_count(token.doc[child.left_edge.i : child.i + 1].text)
            if count and count.value is not None and not count.vague:
                return int(count.value)
            return None
    if token.tag_ in ("NNS", "NNPS") and token.lower_ not in ("police",):
        return None
    return 1


def _tolls(text: str) -> list[Casualty]:
    """Headline tolls: "1 dead, 2 critical", "2 wounded", "Two shot near ..."."""
    found = []
    for match in TOLL.finditer(text):
        count = parse_count(match.group("n"))
        if count is None or count.value is None:
            continue
        outcome = TOLL_OUTCOME.get(match.group("how").lower(), "injured")
        if outcome == "harmed" and text[: match.start()].rstrip()[-1:] not in (
            "",
            ".",
            "!",
            "?",
            ":",
            ";",
            "|",
            "-",
            "—",
            "–",
        ):
            continue  # "fired one shot" is a gunshot; "Two shot near ..." opens a headline
        found.append(Casualty(outcome, int(count.value), match.start(), match.end(), match.group(), match.start()))
    return found


def _statistic(sentences: _Sentences, casualty: Casualty) -> bool:
    """ "28 were killed in 2007", "555 children killed so far this year": a tally over time, not
    this report's toll. Only figures above two are checked: single victims are rarely totals."""
    if casualty.count is None or casualty.count <= 2:
        return False
    return bool(CUMULATIVE_SPAN.search(sentences.text_at(casualty.trigger)))


def _fatally_clauses(text: str) -> list[Casualty]:
    """ "three people were shot, one fatally": the number before "fatally" died."""
    found = []
    for match in FATALLY_WOUNDED.finditer(text):
        count = parse_count(match.group("n"))
        if count is None or count.value is None:
            continue
        outcome = "killed" if match.group("how").lower() == "fatally" else "injured"
        found.append(Casualty(outcome, int(count.value), match.start(), match.end(), match.group(), match.start()))
    return found


def _state_clauses(doc: Any) -> list[Casualty]:
    """People said to be hurt by their state rather than by a verb: "in critical condition",
    "taken to a hospital", "suffered gunshot wounds", and the dead by their bodies."""
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma == "condition" and any(c.lower_ in CONDITION_WORDS for c in token.children):
            outcome, victims = "injured", _holder(token)
        elif lemma in CARRY_VERBS and any(_hospital(p) for p in _objects(token, "to")):
            outcome, victims = "harmed", [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
        elif lemma in SUFFER_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in WOUND_NOUNS for c in token.children
        ):
            outcome, victims = "harmed", [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif lemma == "treat" and any(o.lemma_.lower() in WOUND_NOUNS for o in _objects(token, "for")):
            outcome, victims = "harmed", [c for c in token.children if c.dep_ == "nsubjpass"]
        elif _death_noun(token):
            victim = (_whose(token) or [token])[0]
            found.append(Casualty("killed", 1, victim.idx, victim.idx + len(victim.text), victim.text, token.idx))
            continue
        elif (
            lemma == "body"
            and token.dep_ in ("nsubjpass", "nsubj", "dobj")
            and token.head.lemma_.lower() in FOUND_VERBS
        ):
            outcome, victims = "killed", [token]
        else:
            continue
        for victim in victims:
            if victim.i == token.i or _is_someone(victim):
                found.extend(_sized(victim, outcome, token, negated=False))
    return found


def _death_noun(token: Token) -> bool:
    """ "the death of his daughter", "charged with murder": one death (not "attempted murder",
    "death penalty", "sentenced to death")."""
    if token.lemma_.lower() not in DEATH_NOUNS or token.tag_ != "NN" or token.dep_ in ("compound", "amod"):
        return False
    if any(c.lower_.replace("\xad", "") in ("attempted", "attempt", "alleged", "possible") for c in token.children):
        return False
    head = token.head
    return not (head.lower_ == "to" and head.head.lemma_.lower() in ("sentence", "condemn", "beat", "stab"))


def _whose(noun: Token) -> list[Token]:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return owners or [o for o in _objects(noun, "of") if _is_someone(o)]


def _objects(token: Token, preposition: str) -> list[Token]:
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == preposition
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _hospital(token: Token) -> bool:
    return any(t.lower_ in ("hospital", "hospitals") or t.lower_ == "medical" for t in token.subtree)


def _holder(condition: Token) -> list[Token]:
    """Who is "in critical condition": the subject of the verb the phrase hangs on, or the object
    of "left"."""
    node = condition.head
    while node.dep_ == "prep" and node.head.i != node.i:
        node = node.head
    if node.lemma_.lower() == "leave":
        return [c for c in node.children if c.dep_ == "dobj"]
    return [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]


def totals(casualties: list[Casualty]) -> tuple[int, int]:
    """(killed, injured) for one report.

    Reports repeat one toll many times, so each outcome takes its largest figure, except that
    "another man", "a second victim" add to what came before them. People "shot" beyond those
    killed count as injured; a report of a suicide adds the shooter to the dead.
    """
    best: dict[str, int] = {}
    base: dict[str, int] = {}  # the largest figure per outcome before "another ..."
    unknown: set[str] = set()
    suicides = 0
    for casualty in casualties:
        if casualty.suicide:
            suicides = 1
        elif casualty.count is None:
            unknown.add(casualty.outcome)
        elif casualty.additional:
            pool = ("injured", "harmed") if casualty.outcome in ("injured", "harmed") else (casualty.outcome,)
            more = max(base.get(o, 0) for o in pool) + casualty.count
            best[casualty.outcome] = max(best.get(casualty.outcome, 0), more)
        else:
            best[casualty.outcome] = max(best.get(casualty.outcome, 0), casualty.count)
            base[casualty.outcome] = max(base.get(casualty.outcome, 0), casualty.count)
    for outcome in unknown:
        best.setdefault(outcome, 2)  # a bare plural: at least two
    killed = best.get("killed", 0)
    injured = max(best.get("injured", 0), best.get("harmed", 0) - killed)
    return killed + suicides, injured
