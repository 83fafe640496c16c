"""Naming a source from the noun phrase that holds it.

"WSJ's Maria Abi-Habib" is Maria Abi-Habib inside WSJ; "a report on NBC News" is NBC News;
"a military source from the Free Syrian Army (FSA), speaking on condition of anonymity" stays a
description, "a military source from the Free Syrian Army (FSA)", because an anonymous source is
known only by how the text describes it. Later short forms ("the Post", "WSJ") are mapped back
to the first full name the document used ("the Washington Post", "The Wall Street Journal").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from faultlines.lang.en.attribution import (
    DOCUMENT_NOUNS,
    NAME_LABELS,
    NAME_MODIFIER_DEPS,
    NAME_PREPOSITIONS,
    SPEAKERS_FOR,
)

__all__ = ["SourceName", "acronym", "canonical", "noun_phrase", "proper", "source_name"]

Token = Any  # spacy.tokens.Token; Any keeps spaCy out of the import graph

_MAX_TOKENS = 14


@dataclass(frozen=True, slots=True)
class SourceName:
    """A source as named in the text; ``outer`` is an organisation it speaks through, if named
    with it ("WSJ" in "WSJ's Maria Abi-Habib")."""

    name: str
    start: int
    end: int
    outer: str | None = None
    named: bool = False


def noun_phrase(head: Token, *, right: bool = True) -> tuple[int, int]:
    """Token bounds ``(first, last + 1)`` of a compact phrase around ``head``: its modifiers, and
    on the right a short "from/of ..." phrase, a parenthesis or a named apposition; relative
    clauses and long tails are left out."""
    first = last = head.i
    for child in head.lefts:
        if child.dep_ in NAME_MODIFIER_DEPS:
            first = min(first, child.left_edge.i)
    if right:
        for child in head.rights:
            if not _keeps(child):
                break
            last = max(last, child.right_edge.i)
    first = max(first, head.i - _MAX_TOKENS)
    last = min(last, head.i + _MAX_TOKENS)
    while first < head.i and (head.doc[first].is_punct or head.doc[first].dep_ == "cc"):
        first += 1
    while last > head.i and head.doc[last].is_punct and head.doc[last].text not in ")]":
        last -= 1
    return first, last + 1


def _keeps(child: Token) -> bool:
    if child.dep_ == "prep" and child.lower_ in NAME_PREPOSITIONS:
        return len(list(child.subtree)) <= 8
    if child.dep_ == "appos":
        return child.ent_type_ in NAME_LABELS or child.text == "(" or len(list(child.subtree)) <= 4
    return child.dep_ in ("compound", "nummod", "conj", "cc", "punct") and child.text not in ",;:"


def source_name(head: Token) -> SourceName:
    """The source that the noun phrase around ``head`` names."""
    doc = head.doc
    if head.lower_ in DOCUMENT_NOUNS:
        inner = _named_inside(head)
        if inner is not None:
            return inner
    first, last = noun_phrase(head)
    person = _entity_in(doc, first, last, "PERSON")
    possessor = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE")), None)
    outer = _entity_text(possessor) if possessor is not None else None
    if person is not None and (outer is None or person.start > possessor.i):
        return SourceName(person.text, person.start_char, person.end_char, outer=outer, named=True)
    if outer is not None:
        span = doc[possessor.right_edge.i + 1 : last]
        rest = span.text.lstrip("’'s ").strip()
        if rest:
            start = span.end_char - len(rest)
            return SourceName(rest, start, span.end_char, outer=outer, named=False)
    speaks_for = _speaks_for(head)
    if speaks_for is not None:
        span = doc[first:last]
        return SourceName(span.text, span.start_char, span.end_char, outer=speaks_for)
    entity = _head_entity(head)
    if entity is not None:
        return SourceName(_strip_the(entity.text), entity.end_char - len(_strip_the(entity.text)), entity.end_char,
                          named=True)  # fmt: skip
    span = doc[first:last]
    return SourceName(span.text, span.start_char, span.end_char)


def _speaks_for(head: Token) -> str | None:
    """ "a spokesman for the Interior Ministry" speaks for the ministry."""
    if head.lower_ not in SPEAKERS_FOR:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("ORG", "GPE", "NORP"):
                    return _entity_text(pobj)
    return None


def _named_inside(head: Token) -> SourceName | None:
    """ "a report on NBC News", "the group's statement", "figures from the UN"."""
    for child in head.children:
        if child.dep_ == "poss" and child.ent_type_ in NAME_LABELS:
            return _as_name(child)
        if child.dep_ == "prep" and child.lower_ in ("on", "by", "from", "of", "in"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in NAME_LABELS:
                    return _as_name(pobj)
    return None


def _as_name(token: Token) -> SourceName:
    entity = _head_entity(token)
    if entity is None:
        first, last = noun_phrase(token, right=False)
        span = token.doc[first:last]
        return SourceName(span.text, span.start_char, span.end_char, named=True)
    text = _strip_the(entity.text).removesuffix("’s").removesuffix("'s")
    start = entity.end_char - len(_strip_the(entity.text))
    return SourceName(text, start, start + len(text), named=True)


def _head_entity(token: Token) -> Any:
    """The named entity ``token`` is in, read from the IOB tags around it as ``doc.ents`` reads
    them (``doc.ents`` walks the whole document on each access: once per source, a long report's
    time grew with its square)."""
    if token.ent_type_ not in NAME_LABELS:
        return None  # a token's entity type is its entity's label
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    first = doc[start]
    if first.ent_iob_ != "B" or first.ent_type_ not in NAME_LABELS:
        return None
    return doc[start:end]


def _entity_in(doc: Any, first: int, last: int, label: str) -> Any:
    if not any(doc[i].ent_type_ == label for i in range(first, min(last, len(doc)))):
        return None
    return next((e for e in doc.ents if e.label_ == label and first <= e.start and e.end <= last), None)


def _entity_text(token: Token) -> str:
    entity = _head_entity(token)
    text = entity.text if entity is not None else token.text
    return _strip_the(text).removesuffix("’s").removesuffix("'s")


def _strip_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def acronym(name: str) -> str:
    """ "The Wall Street Journal" -> "WSJ" (capitalised words, articles and "of" left out)."""
    words = [
        w for w in _strip_the(name).replace("-", " ").split() if w[:1].isupper() and w.lower() not in ("of", "and")
    ]
    return "".join(w[0] for w in words)


def canonical(name: str, known: list[str]) -> str:
    """The first full name in ``known`` that ``name`` is a short form of: "the Post" ->
    "Washington Post", "WSJ" -> "Wall Street Journal"; else ``name`` itself."""
    bare = _strip_the(name).strip()
    for full in known:
        if bare.lower() == full.lower():
            return full
    for full in known:
        words = full.split()
        if len(words) > 1 and bare[:1].isupper() and " " not in bare and bare == words[-1]:
            return full
        if len(bare) >= 2 and bare.isupper() and len(words) > 1 and bare == acronym(full):
            return full
    return bare if bare[:1].isupper() else name


def proper(name: str) -> bool:
    """A name rather than a description: capitalised once "the" is taken off."""
    words = _strip_the(name).split()
    return bool(words) and all(w[:1].isupper() or w.lower() in ("of", "and", "for", "the") for w in words)
