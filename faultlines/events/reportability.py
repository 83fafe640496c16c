"""Is a mention an incident an analyst would record, or something else that uses the same word?

A trigger word ("executions", "airstrikes", "assault") is an incident only where the report says
a specific occurrence happened (or was attempted, planned or called off). The same word also
names a total over a period ("the number of executions has reached 100"), a habit or generality
("kidnappings are commonplace", "the group usually executes deserters"), a likelihood ("less of
a chance of airstrikes"), a legal label of an earlier act ("charged with aggravated assault"),
or sits in page furniture (a photo caption, a link to another story). Those mentions are not
events: totals are already read as claims by the claims stage.

Each rule reads the trigger's syntactic neighbourhood (spaCy's parse) and the word lists of
:mod:`faultlines.lang.en.events_reportability`; the first that fires gives the reason. ``judge``
returns the decision as a :class:`~faultlines.records.Reportability`, which the events stage
records on every event it keeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from faultlines.lang.en.events_reportability import (
    AGENT_NOUNS,
    CAUSAL_VERBS,
    CAUSE_HEADS,
    CLASS_MODIFIERS,
    FURNITURE_OPENERS,
    GENERAL_PREDICATES,
    HABIT_ADJECTIVES,
    HABIT_ADVERBS,
    HYPOTHETICAL_HEADS,
    INLINE_MARKERS,
    LEGAL_HEADS,
    LEGAL_PREPS,
    ONGOING_MODIFIERS,
    ORDER_NOUNS,
    PERIOD_OPENERS,
    PERIOD_PHRASES,
    PERIOD_WORDS,
    POLICY_HEADS,
    QUANTITY_HEADS,
    RECENT_UNITS,
    TIME_UNITS,
    TITLE_SMALL_WORDS,
    TREND_NOUNS,
    TREND_OF_NOUNS,
    TREND_VERBS,
    UNREALISED_GOVERNORS,
    VAGUE_COUNTS,
)
from faultlines.records import CleanDocument, Reportability

__all__ = ["REASONS", "SPECIFIC", "furniture_spans", "judge"]

SPECIFIC = Reportability(True, "specific occurrence")
# reason -> what it means, for the docs and the workbench
REASONS = {
    "specific occurrence": "a specific occurrence the report says happened, was attempted, planned or called off",
    "statistic": "a count, share or total over a period: kept as a claim, not an event",
    "habit": "a habit or a generality about a class of events",
    "hypothetical": "a likelihood or risk of a class of events, not an occurrence",
    "legal label": "a court or police step naming an earlier act by its legal label",
    "policy": "a rule or policy about a class of events (a ban on protests)",
    "page furniture": "a caption, a link to another story or other page furniture",
    "other story": "the headline of another story, linked in brackets",
    "participants": "people named by what they do (protesters, defectors), with nothing done by them here",
    "unrealised": "an infinitive after a request, wish or purpose (asked to fight), not reported as done",
    "question": "asked in a question (a teaser or a quote), not reported as having happened",
    "state": "a state or relation that holds now (the rivalry is about money), not an occurrence",
    "summary": "a plural pointing back (these attacks) that sums up incidents told elsewhere, not one incident",
    "campaign": "an operation told whole over months or years (a two-month offensive), not one occurrence",
}

Token = Any  # a spaCy Token
Rule = Callable[[Token], "tuple[str, str] | None"]
# the next text of the page glued onto a caption or link: "patternsFrench", "2017.A onetime"
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]|[a-z0-9][.!?][A-Z]")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")


def furniture_spans(clean: CleanDocument) -> tuple[tuple[int, int], ...]:
    """Character spans the cleaning stage found to be boilerplate or photo captions."""
    return tuple((s.start, s.end) for s in (*clean.boilerplate, *clean.captions))


def judge(doc: Any, head: int, *, furniture: Sequence[tuple[int, int]] = (), text: str | None = None) -> Reportability:
    """The decision for the trigger headed by token ``head`` of ``doc``. ``text`` is ``doc.text``,
    which callers judging many mentions read once (spaCy rebuilds it on every access)."""
    token = doc[head]
    text = text if text is not None else doc.text
    doc.user_data[_TEXT_KEY] = text  # the rules below read it without rebuilding it
    placed = _furniture(text, token, furniture)
    if placed is not None:
        return Reportability(False, *placed)
    for reason, rule in _RULES:
        cue = rule(token)
        if cue is not None:
            return Reportability(False, reason, cue)
    return SPECIFIC


# ------------------------------------------------------------------------------ page furniture
def _furniture(text: str, token: Token, spans: Sequence[tuple[int, int]]) -> tuple[str, str] | None:
    at = token.idx
    if any(start <= at < end for start, end in spans):
        return "page furniture", "caption or boilerplate"
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    for start, end, cue in _furniture_regions(text, line_start, line_end, token.sent.start_char):
        if start <= at < end:
            return "page furniture", cue
    line = text[line_start:line_end]
    if _headline_line(line) and text[:line_start].strip():
        return "other story", line.strip()[:80]  # a headline below the report's own: navigation
    if _subheading(line) and text[:line_start].strip() and text[line_end:].strip():
        return "page furniture", line.strip()[:80]  # its section tells what it names, in sentences
    bracket_open, bracket_close = line.rfind("[", 0, at - line_start), line.find("]", at - line_start)
    if bracket_open != -1 and bracket_close != -1 and "]" not in line[bracket_open : at - line_start]:
        inside = line[bracket_open + 1 : bracket_close]
        if len(inside.split()) >= 4:  # "[1]" or "[sic]" are no headlines
            return "other story", inside.strip()[:80]
    return None


def _furniture_regions(text: str, line_start: int, line_end: int, sent_start: int) -> list[tuple[int, int, str]]:
    """Stretches of a line that are furniture: from an opener at the start of the line or sentence,
    or from a marker inside it, to where the page's next text was glued on ("...patternsFrench
    soldiers"), a "View Photos" button, or the end of the line."""
    regions = []
    for start in sorted({line_start, max(line_start, sent_start)}):
        opener = _opener(text[start:line_end])
        if opener is not None:
            regions.append((start, _furniture_end(text, start + len(opener), line_end), opener))
    lower = text[line_start:line_end].lower()
    for marker in INLINE_MARKERS:
        found = lower.find(marker)
        while found != -1:
            start = line_start + found
            regions.append((start, _furniture_end(text, start + len(marker), line_end), marker))
            found = lower.find(marker, found + 1)
    return regions


def _furniture_end(text: str, start: int, line_end: int) -> int:
    ends = [line_end]
    glued = _GLUED.search(text, start, line_end)
    if glued is not None:
        ends.append(glued.start() + 1)
    button = text.lower().find("view photos", start, line_end)
    if button != -1:
        ends.append(button + len("view photos"))
    sentence_end = _SENTENCE_END.search(text, start, line_end)  # a caption is one sentence
    if sentence_end is not None:
        ends.append(sentence_end.start() + 1)
    return min(ends)


def _headline_line(line: str) -> bool:
    """A line in headline case (most words capitalised, 4 to 16 words, no closing full stop)."""
    words = _WORDS.findall(line)
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    if not 4 <= len(words) <= 16 or line.rstrip().endswith((".", '"', "”", ":")) or not content:
        return False
    return sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def _subheading(line: str) -> bool:
    """A section's heading inside the report ("Internal dispute and failed ambush", "2-Ongoing
    fleeing of officials"): a short line that ends in no sentence mark."""
    words = _WORDS.findall(line)
    return 2 <= len(words) <= _SUBHEADING_WORDS and not line.rstrip().endswith((".", "!", "?", '"', "”", ":", ","))


_SUBHEADING_WORDS = 8


def _opener(line: str) -> str | None:
    """The furniture word a line starts with: "READ MORE: ...", "Caption People took ..."."""
    stripped = line.lstrip(" \t\"'“")
    lower = stripped.lower()
    for opener in FURNITURE_OPENERS:
        if lower.startswith(opener):
            rest = stripped[len(opener) :].lstrip(" ")
            # "Related: ...", "Caption Protesters ...", a bare "Advertisement"; not "Watch the ..."
            if not rest or not (rest[0].islower() or rest[0].isdigit()):
                return opener
    return None


# ------------------------------------------------------------------------------- the word rules
def _first_conjunct(token: Token) -> Token:
    """ "charged with assault, theft and arson": each conjunct stands where the first does (and a
    list the parser read as an apposition, "daily executions, hunger and bombings", too)."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


def _governor(token: Token) -> tuple[Token, Token] | None:
    """For a noun that is the object of a preposition: (the preposition, what it attaches to)."""
    token = _first_conjunct(token)
    if token.dep_ in ("pobj", "pcomp") and token.head.dep_ == "prep":
        return token.head, token.head.head
    return None


def _among(token: Token, words: frozenset[str]) -> bool:
    """The word or its lemma is in ``words`` ("signs of", "counts of")."""
    return token.lower_ in words or str(token.lemma_).lower() in words


def _is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def _statistic(token: Token) -> str | None:
    """ "the number of executions", "13 percent of attacks", "executions have reached 100",
    "airstrikes since the campaign began"."""
    if not _is_noun(token):
        return None
    governed = _governor(token)
    if governed is not None and governed[0].lower_ == "of" and _among(governed[1], QUANTITY_HEADS | {"%"}):
        return f"{governed[1].text} {governed[0].text}"
    if governed is not None and _trend(*governed):
        return f"{governed[1].text} {governed[0].text}"  # "an increase in hostilities"
    if governed is not None and governed[0].lower_ == "of" and _is_duration(governed[1]):
        return f"{governed[1].text} {governed[0].text}"  # "three months of protests"
    first = _first_conjunct(token)
    if first.dep_ in ("nsubj", "nsubjpass", "dobj") and str(first.head.lemma_).lower() in TREND_VERBS:
        return first.head.text  # "executions have reached 100", "reached 100 executions"
    if token.tag_ in ("NNS", "NNPS"):
        return _period(token.sent)
    return None


def _lasting(token: Token) -> str | None:
    """ "after a two-month offensive", "a months-long siege", "a three-year war": an operation told
    whole over a long period; ACLED codes the incidents inside it, day by day."""
    if not _is_noun(token):
        return None
    for child in token.children:
        counted = (
            child.dep_ in ("compound", "amod", "nmod")
            and _long_unit(child)
            and any(c.dep_ == "nummod" or c.like_num for c in child.children)
        )
        long_ = child.dep_ == "amod" and child.lower_ == "long" and any(_long_unit(c) for c in child.children)
        if counted or long_:
            return str(token.doc[child.left_edge.i : child.i + 1].text)
    return None


def _long_unit(token: Token) -> bool:
    return str(token.lemma_).lower() in TIME_UNITS or token.lower_.removesuffix("s") in TIME_UNITS


def _trend(prep: Token, word: Token) -> bool:
    """ "an increase in hostilities", "an explosion of arrests" (the noun the parser sometimes
    tags a verb: "due to increase in hostilities"); not "the reward increased to $50K in the
    shooting", where a verb with its own amount moves something else."""
    moves_other = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("to", "by")) for c in word.children)
    if not _is_noun(word) and moves_other:
        return False
    lemma = str(word.lemma_).lower()
    return (prep.lower_ == "in" and lemma in TREND_NOUNS) or (prep.lower_ == "of" and lemma in TREND_OF_NOUNS)


def _recent(token: Token) -> bool:
    """ "recent weeks", "recent months": the period up to now."""
    unit = str(token.lemma_).lower()
    return (unit in TIME_UNITS or unit in RECENT_UNITS) and any(c.lower_ == "recent" for c in token.children)


def _is_duration(token: Token) -> bool:
    return str(token.lemma_).lower() in TIME_UNITS and any(c.dep_ == "nummod" or c.like_num for c in token.children)


def _running_total(token: Token) -> str | None:
    """ "have been killed since the start of the campaign", "have died in three months of
    protests": a verb in the perfect that runs over a period is a total, not one occurrence."""
    if token.pos_ != "VERB" or not any(c.dep_ == "aux" and str(c.lemma_) == "have" for c in token.children):
        return None
    for child in token.children:
        if child.dep_ in ("prep", "advmod", "npadvmod") and child.lower_ in PERIOD_WORDS | {"far"}:
            return child.text
        objects = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(_is_duration(o) or _recent(o) for o in objects):
            return f"{child.text} {objects[0].text}"  # "in three months", "in recent weeks"
        if child.dep_ == "advcl":  # "since the offensive began"
            mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ in PERIOD_WORDS), None)
            if mark is not None:
                return mark.text
    return None


def _period(sent: Any) -> str | None:
    words = [t.lower_ for t in sent]
    lemmas = [str(t.lemma_).lower() for t in sent]
    for i, word in enumerate(words):
        if word in PERIOD_WORDS:
            return word
        for phrase in PERIOD_PHRASES:
            if tuple(words[i : i + len(phrase)]) == phrase:
                return " ".join(phrase)
        for phrase in PERIOD_OPENERS:
            n = len(phrase)
            if tuple(words[i : i + n]) != phrase:
                continue
            units = set(lemmas[i + n : i + n + 3])
            # "strikes that have killed ... in recent weeks": weeks are a total's period when a
            # verb in the perfect runs over them ("the heaviest clashes in recent weeks" stay)
            running = phrase[-1] == "recent" and units & RECENT_UNITS and any(_perfect(t) for t in sent)
            if units & TIME_UNITS or running:
                return " ".join(sent[i : i + n + 3].text.split()[: n + 3])
    return None


def _vague_total(token: Token) -> str | None:
    """ "thousands have been arrested", "Monitor: thousands killed": a bare vague count, in the
    perfect or a headline's shorthand and with no date, is a running total. "Thousands marched",
    "dozens of fighters were killed in the battle" and "hundreds were killed on Monday" stay."""
    if token.pos_ not in ("VERB", "AUX") or _dated(token.sent):
        return None
    perfect = any(c.dep_ == "aux" and str(c.lemma_) == "have" for c in token.children)
    counts = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] if perfect else []
    if token.dep_ == "acl":
        counts.append(token.head)  # "thousands killed"
    bare = [c for c in counts if c.lower_ in VAGUE_COUNTS and not any(p.dep_ == "prep" for p in c.children)]
    return bare[0].text if bare else None


def _dated(sent: Any) -> bool:
    # the tokens' own labels: Span.ents walks every entity of the document
    return any(t.ent_type_ in ("DATE", "TIME") for t in sent)


def _habit(token: Token) -> str | None:
    """ "usually executes", "daily executions", "kidnappings are commonplace", "such executions"."""
    first = _first_conjunct(token)
    governed = _governor(token)
    if governed is not None and governed[0].lower_ == "with" and _among(governed[1], GENERAL_PREDICATES):
        return f"{governed[1].text} {governed[0].text}"  # "the countryside is rife with ambushes"
    scope = [token, first]
    if _is_noun(first) and first.dep_ in ("nsubj", "nsubjpass", "dobj"):
        scope.append(first.head)  # "assassinations usually happen at night"
    for word in scope:
        for child in word.children:
            if child.dep_ == "advmod" and child.lower_ in HABIT_ADVERBS:
                return child.text
    if _is_noun(token):
        plural = token.tag_ in ("NNS", "NNPS")
        for child in (*token.children, *(first.children if first is not token else ())):
            if child.dep_ == "amod" and child.lower_ in HABIT_ADJECTIVES:
                return child.text
            if plural and child.dep_ in ("det", "predet", "amod") and child.lower_ in CLASS_MODIFIERS:
                return child.text  # "such executions", "previous attacks"
        if first.dep_ == "nsubj" and str(first.head.lemma_) == "be":
            return _general_predicate(first.head)
        if plural and _bare(first) and first.dep_ == "nsubj" and _among(first.head, CAUSAL_VERBS):
            return None if _dated(token.sent) else first.head.text  # "captures led to more violence"
        if plural and first.dep_ == "nsubjpass" and _among(first.head, CAUSAL_VERBS) and _perfect(first.head):
            return None if _dated(token.sent) else first.head.text  # "the country's protests have been fueled by"
        if plural and _bare(first, allowed=("both", "all")) and _after_cause(first):
            return None if _dated(token.sent) else f"{first.head.head.text} {first.head.text}"  # "due to hostilities"
        if plural:  # the parser often loses the subject: "... and kidnappings are commonplace"
            return next((c for c in map(_general_predicate, _copulas(token.sent)) if c), None)
    return None


def _after_cause(noun: Token) -> bool:
    """The object of "due to", "because of": the two words before the noun's phrase (the parser
    labels them in several ways)."""
    start = noun.left_edge.i
    if noun.dep_ != "pobj" or start < 2:
        return False
    doc = noun.doc
    return (doc[start - 2].lower_, doc[start - 1].lower_) in CAUSE_HEADS


def _perfect(verb: Token) -> bool:
    """ "have been fueled": a present perfect, which runs up to now (not "were fueled")."""
    return any(c.dep_ == "aux" and str(c.lemma_) == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _bare(token: Token, allowed: tuple[str, ...] = ()) -> bool:
    """No article, number or possessive: "captures", not "the captures" or "two captures" (the
    ``allowed`` determiners aside: "due to both hostilities and bombings")."""
    return not any(c.dep_ in ("det", "nummod", "poss", "predet") and c.lower_ not in allowed for c in token.children)


def _present_habit(token: Token) -> str | None:
    """ "The militia executes informers", "gangs roam the slums, beating traders", "kidnappings
    plague the roads": a present-tense report, below the headline and with no date, tells what
    happens, not what happened. (A headline's present, "Rebels storm hotel", is its first line.)"""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if token.pos_ not in ("VERB", "AUX") and not (
        token.tag_ in ("NNS", "NNPS") and _bare(token) and token.dep_ in ("nsubj", "dobj")
    ):
        return None
    for _ in range(2):  # "roam the slums, beating traders": the clause's own verb decides
        if verb.tag_ in ("VBZ", "VBP") or verb.dep_ not in ("advcl", "xcomp", "conj"):
            break
        verb = verb.head
    if _present_passive(verb):
        verb_word = verb.text  # "recruits are then sent to the front", "they're being asked to fight"
    elif verb.tag_ not in ("VBZ", "VBP") or str(verb.lemma_) in ("be", "have", "do") or _has_aux(verb):
        return None
    else:
        verb_word = verb.text
    if _dated_clause(verb) or _first_line(token):
        return None  # the first line: a headline's present tense
    return verb_word


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _present_passive(verb: Token) -> bool:
    """ "are sent", "is being asked": a passive whose auxiliaries are all present-tense "be"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in auxes)
        and all(_be(c) and c.tag_ in ("VBZ", "VBP", "VBG") for c in auxes)
        and any(c.tag_ in ("VBZ", "VBP") for c in auxes)
    )


def _be(token: Token) -> bool:
    """A form of "be" (the lemmatiser misses the curly-apostrophe "they’re")."""
    return str(token.lemma_) == "be" or token.lower_.replace("’", "'") in ("'re", "'s", "'m")


def _dated_clause(verb: Token) -> bool:
    """A date or time inside the verb's own clause: not in the sentence before, glued on by the
    page ("over the centuries"), nor in a clause of its own below the verb ("the bloodshed is
    deterring citizens who were clamoring a few months ago")."""
    return any(t.ent_type_ in ("DATE", "TIME") and not _in_own_clause(t, verb) for t in verb.subtree)


def _in_own_clause(token: Token, verb: Token) -> bool:
    """Whether a clause of its own (relative, complement, adverbial) stands between ``token``
    and ``verb``, which governs it."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "ccomp", "advcl") and token.pos_ in ("VERB", "AUX"):
            return True
        token = token.head
    return False


def _copulas(sent: Any) -> list[Token]:
    return [t for t in sent if str(t.lemma_) == "be" and t.tag_ in ("VBP", "VBZ")]


def _general_predicate(copula: Token) -> str | None:
    for child in copula.children:
        if child.dep_ in ("acomp", "attr"):
            if child.lower_ in GENERAL_PREDICATES:
                return child.text
            for modifier in child.children:  # "a regular event", "the norm"
                if modifier.dep_ == "amod" and modifier.lower_ in GENERAL_PREDICATES:
                    return f"{modifier.text} {child.text}"
    return None


def _hypothetical(token: Token) -> str | None:
    """ "a chance of airstrikes", "vulnerable to shelling": a likelihood names no occurrence.
    (A conditional or forecast clause, "would attack if ...", is the modality's to record.)"""
    governed = _governor(token)
    if governed is not None and governed[0].lower_ in ("of", "to") and _among(governed[1], HYPOTHETICAL_HEADS):
        return governed[1].text
    return None


def _policy(token: Token) -> str | None:
    """ "a ban on protests", "a curfew against gatherings": a rule about events, not one."""
    governed = _governor(token)
    if governed is not None and governed[0].lower_ in ("on", "against") and _among(governed[1], POLICY_HEADS):
        return f"{governed[1].text} {governed[0].text}"
    return None


def _legal(token: Token) -> str | None:
    """ "charged with aggravated assault", "assault charges", "convicted of murder"."""
    first = _first_conjunct(token)
    if first.dep_ == "compound" and str(first.head.lemma_).lower() in LEGAL_HEADS:
        return first.head.text
    governed = _governor(first)  # "a second count of aggravated assault": the count names the act
    if governed is None or governed[0].lower_ not in LEGAL_PREPS:
        return None  # "charged with homicide in the death of X": the death is the incident itself
    prep, above = governed
    if _among(above, LEGAL_HEADS):
        return f"{above.text} {prep.text}"
    return None


def _participants(token: Token) -> str | None:
    """ "aiding protesters", "quoted defectors", "being a bomber": people something is done to, or
    what someone is, name no occurrence."""
    first = _first_conjunct(token)
    if str(token.lemma_).lower() not in AGENT_NOUNS or not _is_noun(token):
        return None
    if first.dep_ in ("dobj", "dative", "attr") or (first.dep_ == "pobj" and first.head.head.pos_ == "VERB"):
        return token.text
    return None


def _unrealised(token: Token) -> str | None:
    """ "sent to the front to fight", "desperate to escape", and what such an infinitive carries
    ("their desire to continue the offensive until taking full control"): not reported as done.
    The walk up stops at a finite verb, whose clause tells something of its own."""
    node = token
    for _ in range(4):
        if node.tag_ in _FINITE or node.dep_ == "ROOT":
            return None
        if node.pos_ == "VERB" and node.dep_ in ("xcomp", "advcl", "ccomp", "acl") and _infinitive(node):
            governor = node.head
            key = str(governor.lemma_).lower()
            if key in UNREALISED_GOVERNORS or governor.lower_ in UNREALISED_GOVERNORS or _order(governor):
                return f"{governor.text} to"
            return None
        node = node.head
    return None


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _order(token: Token) -> bool:
    """An order noun, or a verb whose subject is one ("the orders came ... to withdraw")."""
    if _is_noun(token):
        return str(token.lemma_).lower() in ORDER_NOUNS
    return any(c.dep_ == "nsubj" and _is_noun(c) and str(c.lemma_).lower() in ORDER_NOUNS for c in token.children)


def _ordered(token: Token) -> str | None:
    """ "received orders of withdrawal", "an order for the evacuation": what an order names is
    not reported as done."""
    governed = _governor(token)
    if governed is not None and governed[0].lower_ in ("of", "for") and _order(governed[1]):
        return f"{governed[1].text} {governed[0].text}"
    return None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _question(token: Token) -> str | None:
    """ "What happened to ISIS after the raids?", "how is his life in danger if you shot him?": a
    question asks; the report tells what happened elsewhere, in statements."""
    sent = token.sent
    end = sent[-1]
    while end.i > sent.start and ((end.is_punct and end.text != "?") or end.is_space):
        end = token.doc[end.i - 1]  # a closing quote or bracket after the question mark
    return "?" if end.text == "?" else None


def _present_state(token: Token) -> str | None:
    """ "The power struggle is predominantly between settlers and locals": an event noun as the
    subject of "is", below the headline and with no date, names a state that holds now. ("The
    attack was the deadliest" tells a past occurrence; a headline's "is" is its own.)"""
    while token.dep_ == "compound":  # "power struggle": the phrase's last noun
        token = token.head
    if not _is_noun(token) or token.dep_ != "nsubj":
        return None
    verb = token.head
    if str(verb.lemma_) != "be" or verb.tag_ not in ("VBZ", "VBP") or _dated(token.sent):
        return None
    if any(c.dep_ == "aux" for c in verb.children) or _first_line(token):
        return None
    return verb.text


def _ongoing(token: Token) -> str | None:
    """ "the ongoing Coalition bombing of ISIS strongholds", "2- Ongoing fleeing of officials": a
    process that goes on, with nothing in its sentence dating one occurrence of it or telling
    what it did."""
    if not _is_noun(token) or _dated(token.sent) or _did_something(token):
        return None
    return next((c.text for c in token.children if c.dep_ == "amod" and c.lower_ in ONGOING_MODIFIERS), None)


def _did_something(noun: Token) -> bool:
    """ "an ongoing confrontation ... left two students injured": told as having done something in
    the past, it is an occurrence."""
    verb = noun.head
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children))
    return noun.dep_ == "nsubj" and past


def _progressive_subject(token: Token) -> str | None:
    """ "the bloodshed is deterring recruitment": an event noun as the subject of a present
    progressive, undated and below the headline, tells what goes on, not what happened."""
    if not _is_noun(token) or token.dep_ != "nsubj":
        return None
    verb = token.head
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ != "VBG" or not auxes or not all(_be(c) and c.tag_ in ("VBZ", "VBP") for c in auxes):
        return None
    return None if _dated_clause(verb) or _first_line(token) else verb.text


def _first_line(token: Token) -> bool:
    """In the headline: the report's first line when it is headline-short, else (a report given
    as one long line) its first sentence."""
    text = _text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    if text[:line_start].strip():
        return False
    line_end = text.find("\n", token.idx)
    short = len(text[line_start : line_end if line_end != -1 else len(text)].split()) <= _HEADLINE_WORDS
    return short or token.sent.start == 0


_HEADLINE_WORDS = 30
_TEXT_KEY = "faultlines.reportability.text"


def _text(doc: Any) -> str:
    """The document's text, read once by :func:`judge` (spaCy rebuilds ``doc.text`` each time)."""
    text = doc.user_data.get(_TEXT_KEY)
    return text if text is not None else doc.text


_RULES: tuple[tuple[str, Rule], ...] = (
    ("legal label", _legal),
    ("policy", _policy),
    ("statistic", _statistic),
    ("statistic", _running_total),
    ("statistic", _vague_total),
    ("campaign", _lasting),
    ("hypothetical", _hypothetical),
    ("habit", _habit),
    ("habit", _present_habit),
    ("participants", _participants),
    ("unrealised", _unrealised),
    ("unrealised", _ordered),
    ("question", _question),
    ("state", _present_state),
    ("state", _ongoing),
    ("state", _progressive_subject),
)
