"""Which noun phrases of a sentence mention a person, an organisation, a location or a
nationality, names, descriptions and pronouns alike ("the regime", "a local physician", "we").

Candidates are spaCy's noun chunks (with and without their determiner, extended over "of"/"in"
phrases and coordinations), named entities, pronouns and "here"/"there". Each is described by
features that say nothing about the document it came from: spaCy's entity label, what the
actor stage linked it to, the class of its head noun (:mod:`faultlines.actors.lexicon`), its
determiner, number, capitalisation and syntactic role. A small model
(:mod:`faultlines.actors.mention_model`) scores them; the best non-overlapping ones are kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from faultlines.actors.countries import DEMONYMS, country_of
from faultlines.actors.lexicon import RELIGION_AND_ETHNICITY, TITLE_WORDS, noun_class
from faultlines.analysis import ActorMention

TYPES = ("Person", "Organisation", "Location", "Nationality")
_EXTENDERS = frozenset({"of", "in", "from", "for", "at", "known"})
_PRONOUNS = frozenset(
    {
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "themselves",
    }
)


@dataclass
class Candidate:
    start: int  # tokens, end exclusive
    end: int
    sources: set[str] = field(default_factory=set)


def _add(found: dict[tuple[int, int], Candidate], start: int, end: int, source: str) -> None:
    if start < end:
        found.setdefault((start, end), Candidate(start, end)).sources.add(source)


def candidates(doc: Any, mentions: Sequence[tuple[int, int, ActorMention]] = ()) -> list[Candidate]:
    found: dict[tuple[int, int], Candidate] = {}
    chunks = list(doc.noun_chunks)
    starts = {c.start: c for c in chunks}
    for c in chunks:
        _add(found, c.start, c.end, "chunk")
        if c[0].pos_ in ("DET", "PRON") and len(c) > 1:
            _add(found, c.start + 1, c.end, "chunk-det")
        if c.end + 1 < len(doc) and doc[c.end].lower_ in _EXTENDERS and c.end + 1 in starts:
            _add(found, c.start, starts[c.end + 1].end, "chunk-pp")
        for other in chunks:
            if other.start > c.end and other.root.dep_ == "conj" and other.root.head.i == c.root.i:
                _add(found, c.start, other.end, "chunk-conj")
        for i in range(c.start, c.end - 1):  # a name inside a chunk: "ISIL" in "ISIL targets"
            if doc[i].ent_iob_ == "B":
                ent = next(e for e in doc.ents if e.start == i)
                _add(found, ent.start, ent.end, "ent-inner")
    for ent in doc.ents:
        _add(found, ent.start, ent.end, "ent")
        if ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ == "GPE":
            _add(found, ent.start, ent.end + 2, "ent-comma-gpe")  # "Palmyra, Syria"
    for token in doc:
        if token.lower_ in _PRONOUNS or (token.lower_ in ("here", "there") and token.pos_ == "ADV"):
            _add(found, token.i, token.i + 1, "pronoun")
    for start, end, _ in mentions:
        _add(found, start, end, "mention")
    return sorted(found.values(), key=lambda c: (c.start, c.end))


def _mention_features(span_mentions: list[ActorMention], kinds: dict[str, str]) -> list[str]:
    out = []
    for m in span_mentions:
        out.append(f"m:{m.how}")
        out.append(f"m:{m.how}:{kinds.get(m.actor_id, 'new' if m.actor_id.startswith('new:') else 'generic')}")
    return out


def features(
    doc: Any, cand: Candidate, mentions: Sequence[tuple[int, int, ActorMention]], kinds: dict[str, str]
) -> list[str]:
    """What a candidate looks like, as feature names."""
    span = doc[cand.start : cand.end]
    head = span.root
    first = span[0]
    feats = [f"src:{s}" for s in cand.sources]
    feats += [f"len:{min(len(span), 6)}", f"tag:{head.tag_}", f"pos:{head.pos_}", f"dep:{head.dep_}"]
    feats += [
        f"first:{first.lower_}" if first.pos_ in ("DET", "PRON", "NUM") or first.lower_ in _PRONOUNS else "first:word"
    ]
    feats.append(f"shape:{'cap' if first.text[:1].isupper() else 'low'}")
    if all(t.text[:1].isupper() or not t.is_alpha for t in span):
        feats.append("allcap")
    if head.lower_ in _PRONOUNS or (len(span) == 1 and first.lower_ in ("here", "there")):
        feats.append(f"pronoun:{first.lower_}")
    cls = noun_class(head.lower_) if head.pos_ == "NOUN" else None
    feats.append(f"class:{cls}")
    feats.append(f"class:{cls}:{head.tag_}")
    if head.pos_ == "NOUN" and head.is_lower:  # common nouns only: names never become features
        feats.append(f"lemma:{head.lemma_}")
    feats += [f"ent:{t.ent_type_}" for t in {t.ent_type_: t for t in span if t.ent_type_}.values()]
    exact = [e for e in doc.ents if e.start == cand.start and e.end == cand.end]
    if exact:
        feats.append(f"exact:{exact[0].label_}")
        feats.append(f"exact:{exact[0].label_}:{head.dep_}")
    if any(t.lower_ in TITLE_WORDS for t in span):
        feats.append("title")
    text = span.text
    if text.lower() in DEMONYMS or text.lower() in RELIGION_AND_ETHNICITY:
        feats.append("nationality-word")
    if country_of(text):
        feats.append(f"country:{head.dep_}")
    if any(t.like_num for t in span):
        feats.append("number")
    if any(t.lower_ in ("and", ",") for t in span):
        feats.append("coordination")
    before = doc[cand.start - 1] if cand.start > 0 else None
    if before is not None and before.pos_ == "ADP":
        feats.append(f"prep:{before.lower_}")
    if head.dep_ in ("amod", "compound", "nmod", "poss") and head.head.i >= cand.end:
        governor = head.head  # "Iraqi" in "the Iraqi flag": what it modifies says what it is
        feats.append(f"gov:{noun_class(governor.lower_) if governor.pos_ == 'NOUN' else governor.pos_}")
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
        feats.append(f"subj-of:{head.head.lemma_.lower()}")
    inside = [m for s, e, m in mentions if s >= cand.start and e <= cand.end]
    feats += _mention_features(inside, kinds)
    exact_mention = [m for s, e, m in mentions if s == cand.start and e == cand.end]
    feats += ["mx:" + f for f in _mention_features(exact_mention, kinds)]
    return feats


def choose(
    cands: Sequence[Candidate], probs: Sequence[dict[str, float]], *, threshold: float = 1.0
) -> dict[tuple[int, int], str]:
    """The typed spans kept: a candidate whose best type beats `threshold` x P(none), most
    probable first, none overlapping another kept one."""
    scored = []
    for cand, p in zip(cands, probs, strict=True):
        best = max(TYPES, key=lambda t: p.get(t, 0.0))
        if p.get(best, 0.0) > threshold * p.get("None", 0.0):
            scored.append((p[best], cand.start, cand.end, best))
    kept: dict[tuple[int, int], str] = {}
    taken: set[int] = set()
    for _, start, end, label in sorted(scored, reverse=True):
        if not taken.intersection(range(start, end)):
            taken.update(range(start, end))
            kept[(start, end)] = label
    return kept


def token_mentions(doc: Any, mentions: Sequence[ActorMention]) -> list[tuple[int, int, ActorMention]]:
    """Actor mentions as token spans of `doc` (their offsets are character offsets into doc.text)."""
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.append((span.start, span.end, m))
    return out
