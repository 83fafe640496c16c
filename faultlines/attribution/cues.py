"""Attribution cues in one parsed sentence: who says the content of which tokens.

The constructions read (X, Y are noun phrases; the content is what they say)::

    according to X, <content>             X said/reported/claimed <content>
    <content>, X reported, citing Y       X quoted Y saying/claiming <content>
    X told <outlet> <content>             speaking to <outlet>, X said <content>
    <content>, wrote <outlet>'s X         a report on <outlet> / <outlet>'s statement

Each cue carries its chain from outer to inner ("WSJ", "defectors"), its verb and stance,
and its scope: the token indices of the content it covers. A verb counts only with content
(a clause, a quotation or a quoted object), so "he showed his papers" is not a cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from faultlines.attribution import verbs
from faultlines.attribution.names import SourceName, source_name
from faultlines.lang.en.attribution import (
    APOSTROPHES,
    DOCUMENT_NOUNS,
    PARTICLE_VERBS,
    QUOTE_CHARS,
    QUOTING,
    SAY_LIKE_VERBS,
    TELLING,
)

__all__ = ["Cue", "find_cues"]

Token = Any  # spacy.tokens.Token
_CONTENT_DEPS = {"ccomp", "parataxis", "xcomp"}


@dataclass(frozen=True, slots=True)
class Cue:
    """Who says what in one sentence. ``sources`` run from outer to inner."""

    anchor: int  # token index of the verb (or of "according")
    depth: int  # how deep the anchor sits in the parse: outer cues are shallower
    sources: tuple[SourceName, ...]
    verb: str
    stance: str
    scope: frozenset[int]


def find_cues(sentence: Any) -> list[Cue]:
    """The attribution cues of a spaCy sentence (a ``Span``)."""
    quoted = any(t.text in QUOTE_CHARS for t in sentence)
    cues = []
    for token in sentence:
        cue = _according(token, sentence) if token.lower_ == "according" else _verb_cue(token, sentence, quoted)
        if cue is not None:
            cues.append(cue)
    return cues


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _according(token: Token, sentence: Any) -> Cue | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    governor = token.head if token.head.i != token.i else sentence.root
    own = {t.i for t in token.subtree}
    scope = frozenset(t.i for t in (governor.subtree if governor.i != token.i else sentence) if t.i not in own)
    return Cue(token.i, _depth(token), (source_name(pobj),), "according to", "neutral", scope)


def _verb_cue(token: Token, sentence: Any, quoted: bool) -> Cue | None:
    stance = verbs.stance(token.lemma_)
    if stance is None or token.pos_ not in ("VERB", "AUX"):
        return None
    deps = {c.dep_ for c in token.children}
    if "neg" in deps or (deps & {"auxpass", "nsubjpass"} and "agent" not in deps):
        return None  # "aren't telling us", "is estimated to": no one is vouching here
    particle = PARTICLE_VERBS.get(token.lemma_.lower())
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in token.children):
        return None
    subject = _subject(token)
    if subject is None:
        return None
    listeners = _outer_listener(token)
    sources = [*listeners, *_possessor_sibling(token, subject), source_name(subject)]
    inner, inner_verb = _quoted_source(token)
    if inner is not None:
        sources.append(inner)
    sources.extend(_cited(token))
    has_content = inner is not None or _has_content(token) or (quoted and token.lemma_.lower() in SAY_LIKE_VERBS)
    if not (has_content or listeners or _document_with_object(token, subject)):
        return None
    verb = inner_verb if inner_verb is not None else token
    excluded = {t.i for t in subject.subtree}
    scope = frozenset(t.i for t in token.subtree if t.i not in excluded)
    if token.dep_ in ("ROOT", "parataxis") and quoted:
        scope = frozenset(t.i for t in sentence if t.i not in excluded)  # "“...,” he said": the whole sentence
    return Cue(token.i, _depth(token), _outer_first(sources), verb.text, verbs.stance(verb.lemma_) or stance, scope)


def _subject(token: Token) -> Token | None:
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if subjects:
        return subjects[-1]
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return token.head  # "defectors claiming ...", "officials who said ..."
    return _stranded_subject(token)


def _stranded_subject(token: Token) -> Token | None:
    """The noun phrase just before a verb the parser left without a subject ("Speaking to X, a
    police officer in the town said ...", where the officer was attached to X)."""
    if token.i == 0 or token.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None
    node = token.doc[token.i - 1]
    while node.dep_ in ("pobj", "prep", "compound", "amod") and node.head.i < token.i and node.head.i != node.i:
        node = node.head
    if node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("appos", "conj"):
        return node
    return None


def _possessor_sibling(token: Token, subject: Token) -> list[SourceName]:
    """ "wrote WSJ's Maria Abi-Habib" parsed as two subjects: the possessive one is outer."""
    outer = []
    for child in token.children:
        if (
            child.dep_ == "nsubj"
            and child.i != subject.i
            and child.text[-2:-1] in APOSTROPHES
            and child.text[-1] == "s"
        ):
            outer.append(SourceName(child.text[:-2], child.idx, child.idx + len(child.text) - 2, named=True))
    return outer


def _document_with_object(token: Token, subject: Token) -> bool:
    """ "the database showed 13 percent ...": a document's finding is content enough."""
    return subject.lower_ in DOCUMENT_NOUNS and any(c.dep_ == "dobj" for c in token.children)


def _has_content(token: Token) -> bool:
    return any(c.dep_ in _CONTENT_DEPS for c in token.children)


def _outer_listener(token: Token) -> list[SourceName]:
    """ "told ARA News", "speaking to ARA News": an outlet that heard the source is outer to it."""
    listeners = []
    if token.lemma_.lower() in TELLING:
        listeners.extend(c for c in token.children if c.dep_ in ("dative", "dobj"))
        listeners.extend(_objects_of(token, "to"))
    for child in token.children:
        if child.dep_ in ("advcl", "prep") and child.lemma_.lower() in TELLING:
            listeners.extend(_objects_of(child, "to"))
    return [source_name(t) for t in listeners if t.ent_type_ == "ORG"]


def _objects_of(token: Token, preposition: str) -> list[Token]:
    return [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _quoted_source(token: Token) -> tuple[SourceName | None, Token | None]:
    """ "quoted defectors claiming ...": the quoted object, and its own reporting verb."""
    if token.lemma_.lower() not in QUOTING:
        return None, None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None, None
    inner_verb = next(
        (c for c in (*obj.children, *token.children) if c.dep_ in ("acl", "advcl", "xcomp") and verbs.stance(c.lemma_)),
        None,
    )
    return source_name(obj), inner_verb


def _cited(token: Token) -> list[SourceName]:
    """ ", citing a Syrian activist": the cited source is inner to the reporter."""
    cited = []
    for child in token.children:
        if child.dep_ in ("advcl", "xcomp", "prep") and child.lemma_.lower() == "cite":
            cited.extend(source_name(c) for c in child.children if c.dep_ == "dobj")
    return cited


def _outer_first(sources: list[SourceName]) -> tuple[SourceName, ...]:
    """Unfold "WSJ's Maria Abi-Habib" into WSJ, Maria Abi-Habib; drop repeats."""
    chain: list[SourceName] = []
    for source in sources:
        if source.outer and (not chain or chain[-1].name != source.outer):
            chain.append(SourceName(source.outer, source.start, source.start, named=True))
        if not chain or chain[-1].name != source.name:
            chain.append(source)
    return tuple(chain)
