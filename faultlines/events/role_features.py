"""Candidates and features for the role model: which phrases of a report name the perpetrator
(a person or an organisation), the victim, the target or the weapon of its attacks.

A candidate is one phrase of the document, all its occurrences together (MUC-4's roles are the
document's: "the fmln" named three times is one candidate). Phrases come from the parse: noun
chunks without their article, count or possessive ("the three jesuit priests" -> "jesuit
priests"), their head alone ("priests"), the name after a title ("father ignacio ellacuria" ->
"ignacio ellacuria"), a name used as a modifier ("fmln guerrillas" -> "fmln") and the named
entities. Features: the phrase's words and head word, the words around it, its syntactic link to
an event trigger (subject of "killed", object of "by"), the role the rules of the events stage
gave it, the lexicons it belongs to, where it first occurs and how often it recurs. The phrase's
own words let the model remember groups and weapons it was trained on ("fmln", "dynamite"), and
also the names of that corpus's victims, which weigh little beside the context.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from faultlines.lang.en.roles import QUANTIFIERS, ROLE_LEXICONS, TITLES
from faultlines.ontology import ACLED, REMOTE, VAC
from faultlines.records import Event, Span

# MUC-4's roles (its template slots), and None for a phrase that fills none
PERP_IND = "PerpInd"
PERP_ORG = "PerpOrg"
TARGET = "Target"
VICTIM = "Victim"
WEAPON = "Weapon"
NONE = "None"
ROLE_CLASSES = (PERP_IND, PERP_ORG, TARGET, VICTIM, WEAPON, NONE)
# the event argument each role fills
ARGUMENT_OF = {PERP_IND: "perpetrator", PERP_ORG: "perpetrator", TARGET: "target", VICTIM: "victim", WEAPON: "weapon"}
# ACLED sub-event types of the incidents the roles belong to: attack, bombing, kidnapping, arson,
# robbery, and the armed clashes and defused bombs that MUC-4 codes as attacks ("guerrillas attacked
# the military post", "a bomb was deactivated"); the model, not the type, decides what fills a role.
ROLE_EVENT_TYPES = frozenset(
    (
        *ACLED[REMOTE],
        *ACLED[VAC],
        "Armed clash",
        "Mob violence",
        "Looting/property destruction",
        "Disrupted weapons use",
    )
)
# what a report says happened, was tried or planned (not denied, forecast or called off)
ROLE_MODALITIES = frozenset({"asserted", "alleged", "attempted_failed", "planned"})

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = str.maketrans("", "", string.punctuation)
_ARGUMENTS = ("perpetrator", "victim", "target", "weapon")


def key_of(text: str) -> str:
    """What identifies a phrase: lower case, no punctuation, no articles, single spaces (SQuAD's
    normalisation, the one MUC-4's scorer uses)."""
    text = _ARTICLES.sub(" ", text.lower().translate(_PUNCT))
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Candidate:
    key: str
    spans: tuple[Span, ...]  # every occurrence, in text order
    features: tuple[str, ...]


def candidates(doc: Any, events: Sequence[Event]) -> list[Candidate]:
    """The document's candidate phrases, each with the features of all its occurrences."""
    context, text = _Context(doc, events), doc.text  # Doc.text joins every token: read it once
    found: dict[str, list[tuple[int, int, str]]] = {}
    for start, end, source in _phrases(doc):
        span = doc[start:end]
        key = key_of(span.text)
        if key and len(key) > 1 and not key.isdigit():
            found.setdefault(key, []).append((start, end, source))
    result = []
    for key, occurrences in found.items():
        occurrences = sorted(set(occurrences))
        feats = {"bias", f"n={min(len({o[:2] for o in occurrences}), 4)}", *context.document}
        for start, end, source in occurrences:
            feats.add(f"src={source}")
            feats.update(context.features(start, end))
        first = doc[occurrences[0][0]]
        feats.add(f"first_sent={_bucket(context.sentence_of[first.i])}")
        spans = {(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e, _ in occurrences}
        result.append(Candidate(key, tuple(Span(a, b, text[a:b]) for a, b in sorted(spans)), tuple(sorted(feats))))
    return result


def _phrases(doc: Any) -> Iterable[tuple[int, int, str]]:
    """(start, end, source) token ranges of the candidate phrases."""
    for chunk in doc.noun_chunks:
        start, end = _trim(doc, chunk.start, chunk.end)
        if start >= end:
            continue
        yield start, end, "chunk"
        if doc[chunk.start].pos_ in ("NUM", "ADJ") or doc[chunk.start].lower_ in QUANTIFIERS:
            yield chunk.start, end, "counted"  # MUC-4 keeps the count: "three heavily armed men"
        root = chunk.root
        if end - start > 1 and root.pos_ in ("NOUN", "PROPN") and start <= root.i < end:
            yield root.i, root.i + 1, "head"
        titled = [i for i in range(start, end - 1) if str(doc[i].lemma_).lower() in TITLES]
        if titled:
            yield titled[-1] + 1, end, "name"
        lead = start
        while lead < end - 1 and doc[lead].dep_ == "compound" and doc[lead].head.i >= end - 1:
            lead += 1
        if lead > start:
            yield start, lead, "modifier"
            yield lead, end, "modified"
        of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of and of[0].right_edge.i + 1 - start <= 8:
            yield start, of[0].right_edge.i + 1, "of"
    for token in doc:
        if token.dep_ == "poss" and token.pos_ in ("NOUN", "PROPN"):
            start, end = _trim(doc, token.left_edge.i, token.i + 1)
            if start < end:
                yield start, end, "poss"
    for ent in doc.ents:
        start, end = _trim(doc, ent.start, ent.end)
        if start < end:
            yield start, end, f"ent_{ent.label_}"


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """A phrase without its article, count, possessive or quantifier, nor trailing "'s"."""
    while start < end and (
        doc[start].pos_ in ("DET", "NUM", "PUNCT", "PRON", "PART", "CCONJ")
        or doc[start].tag_ == "PRP$"
        or doc[start].lower_ in QUANTIFIERS
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return start, end


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7+"


class _Context:
    """What the features read about a document: its sentences, its events' triggers and the
    spans the rules gave each event argument."""

    def __init__(self, doc: Any, events: Sequence[Event]) -> None:
        self.doc = doc
        self.sentence_of: dict[int, int] = {}
        self.sentence_types: dict[int, set[str]] = {}
        for n, sent in enumerate(doc.sents):
            for token in sent:
                self.sentence_of[token.i] = n
        self.trigger_of: dict[int, str] = {}  # token -> the sub-event type of the event it triggers
        self.arguments: list[tuple[int, int, str, bool]] = []  # start, end (chars), argument, role event
        starts = {t.idx: t.i for t in doc}
        for event in events:
            kind = event.sub_event_type if event.sub_event_type in ROLE_EVENT_TYPES else "other"
            for trigger in (event.trigger, *event.mentions):
                token = starts.get(trigger.start)
                if token is not None:
                    self.trigger_of.setdefault(token, kind)
                    self.sentence_types.setdefault(self.sentence_of[token], set()).add(kind)
            for name in _ARGUMENTS:
                for span in getattr(event.arguments, name):
                    self.arguments.append((span.start, span.end, name, kind != "other"))
        kinds = {k for ks in self.sentence_types.values() for k in ks}
        self.document = [f"doc_type={k}" for k in sorted(kinds)] or ["doc_type=none"]
        self.document.append("doc_role_event" if kinds - {"other"} else "doc_no_role_event")

    def features(self, start: int, end: int) -> list[str]:
        doc = self.doc
        span = doc[start:end]
        root = span.root
        lemma = str(root.lemma_).lower()
        feats = [
            f"h={lemma}",
            f"first={doc[start].lower_}",
            f"len={min(end - start, 4)}",
            f"pos={root.pos_}",
            f"ent={root.ent_type_ or '-'}",
            f"dep={root.dep_}",
            f"sent={_bucket(self.sentence_of[start])}",
        ]
        feats.extend(f"lex={name}" for name, words in ROLE_LEXICONS if lemma in words)
        if all(t.pos_ == "PROPN" for t in span):
            feats.append("all_propn")
        words = [t.lower_ for t in span if not t.is_punct]
        feats.extend(f"w={w}" for w in words[:4])
        if len(words) > 1:
            feats.append(f"last2={' '.join(words[-2:])}")
        if (start > 0 and doc[start - 1].text == "(") or (end < len(doc) and doc[end].text == "("):
            feats.append("paren")  # a name and its acronym: "farabundo marti national liberation front (fmln)"
        feats.extend(self._context_words(start, end))
        feats.extend(self._governor(root))
        sentence = self.sentence_of[start]
        for kind in self.sentence_types.get(sentence, ()):
            feats.append(f"sent_type={kind}")
        feats.extend(self._rule_roles(span.start_char, span.end_char))
        return feats

    def _context_words(self, start: int, end: int) -> list[str]:
        doc = self.doc
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        feats = []
        if before is not None:
            feats.append(f"p1={str(before.lemma_).lower()}")
            if start > 1:
                feats.append(f"p2={str(doc[start - 2].lemma_).lower()}|{str(before.lemma_).lower()}")
        if after is not None:
            feats.append(f"n1={str(after.lemma_).lower()}")
        return feats

    def _governor(self, root: Any) -> list[str]:
        """The word the phrase depends on and how ("dobj|kill", "pobj|by|kill"), and whether that
        word triggers an event, of which type."""
        token, dep = root, root.dep_
        while token.dep_ in ("conj", "appos") and token.head is not token:  # "priests and their housekeeper"
            token = token.head
            dep = token.dep_
        head = token.head
        if head is token:
            return ["gov=ROOT"]
        feats = []
        if dep == "pobj":
            prep, head = head.lower_, head.head
            feats += [f"prep={prep}", f"pg={prep}|{str(head.lemma_).lower()}"]
        else:
            feats.append(f"dg={dep}|{str(head.lemma_).lower()}")
        feats.append(f"gov={str(head.lemma_).lower()}")
        kind = self.trigger_of.get(head.i)
        if kind is not None:
            label = f"pobj|{feats[0][5:]}" if dep == "pobj" else dep
            feats += [f"trig={kind}", f"trig_dep={label}", f"trig_dep_type={label}|{kind}"]
        return feats

    def _rule_roles(self, start: int, end: int) -> list[str]:
        feats = []
        for a, b, name, role_event in self.arguments:
            if a < end and start < b:
                exact = "exact" if (a, b) == (start, end) else "overlap"
                feats += [f"rule={name}", f"rule={name}|{exact}", f"rule={name}|{role_event}"]
        return feats
