"""Which noun phrases of a sentence mention a person, an organisation, a location or a
nationality, names, descriptions and pronouns alike ("the regime", "a local physician", "we").

Candidates are spaCy's noun chunks (whole, and without any of the words before their head, as
re3d leaves quantities out of "at least 10 U.S. Marines"; extended over "of"/"in" phrases and
chains of coordinations), named entities (a place with the place after its comma: "Palmyra,
Syria"), pronouns and "here"/"there". Each is described by features that say nothing about the
document it came from: spaCy's entity label, what the actor stage linked it to, the class of its
head noun (:mod:`faultlines.actors.lexicon`), its determiner, number, capitalisation, syntactic
role, and the common words in and around it (names only by their tag). A small model
(:mod:`faultlines.actors.mention_model`) scores them; the best non-overlapping ones are kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from faultlines.actors.countries import DEMONYMS, country_of
from faultlines.actors.lexicon import RELIGION_AND_ETHNICITY, TITLE_WORDS, noun_class
from faultlines.analysis import ActorMention

TYPES = ("Person", "Organisation", "Location", "Nationality")
_EXTENDERS = frozenset({"of", "in", "from", "for", "at", "known"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CLOSED = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "NUM"})
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
    by_root = {c.root.i: c for c in chunks}
    ents = {e.start: e for e in doc.ents}
    for c in chunks:
        _add(found, c.start, c.end, "chunk")
        for i in range(c.start + 1, c.root.i + 1):  # re3d leaves out quantities and punctuation: "[10] U.S. Marines"
            _add(found, i, c.end, "chunk-det" if i == c.start + 1 and c[0].pos_ in ("DET", "PRON") else "chunk-trim")
        if c.end + 1 < len(doc) and doc[c.end].lower_ in _EXTENDERS and c.end + 1 in starts:
            _add(found, c.start, starts[c.end + 1].end, "chunk-pp")
        for other in _conjuncts(c.root, by_root):  # "teachers, doctors and dentists"
            _add(found, c.start, other.end, "chunk-conj")
        for i in range(c.start, c.end - 1):  # a name inside a chunk: "ISIL" in "ISIL targets"
            if i in ents:
                _add(found, ents[i].start, ents[i].end, "ent-inner")
    for ent in doc.ents:
        _add(found, ent.start, ent.end, "ent")
        after = ent.end + 1
        if after < len(doc) and doc[ent.end].text == "," and ent.label_ in _PLACE_LABELS:
            tail = ents.get(after) or starts.get(after)  # "Palmyra, Syria", "Urem al-Kubra, northern Syria"
            if tail is not None and any(t.ent_type_ in _PLACE_LABELS for t in tail):
                _add(found, ent.start, tail.end, "ent-comma-gpe")
    for token in doc:
        if token.lower_ in _PRONOUNS or (token.lower_ in ("here", "there") and token.pos_ == "ADV"):
            _add(found, token.i, token.i + 1, "pronoun")
    for start, end, _ in mentions:
        _add(found, start, end, "mention")
    return sorted(found.values(), key=lambda c: (c.start, c.end))


def _conjuncts(root: Any, by_root: Mapping[int, Any]) -> list[Any]:
    """The chunks coordinated with `root`'s, following chains ("a, b and c": c hangs on b).
    Only the root's own conjuncts are looked at, so the cost does not grow with the document."""
    heads, out = {root.i}, []
    for token in sorted(root.conjuncts, key=lambda t: t.i):
        other = by_root.get(token.i)
        if other is not None and other.start > root.i and token.dep_ == "conj" and token.head.i in heads:
            heads.add(token.i)
            out.append(other)
    return out


def _mention_features(span_mentions: list[ActorMention], kinds: dict[str, str]) -> list[str]:
    out = []
    for m in span_mentions:
        out.append(f"m:{m.how}")
        out.append(f"m:{m.how}:{kinds.get(m.actor_id, 'new' if m.actor_id.startswith('new:') else 'generic')}")
    return out


@dataclass(frozen=True)
class DocIndex:
    """What :func:`features` looks up in a document, built once per document: spaCy rebuilds
    ``doc.ents`` on every access, and scanning every mention per candidate grew with the square
    of the document's length."""

    ents: dict[tuple[int, int], str]  # (start, end) token span -> label
    mentions_from: dict[int, list[tuple[int, ActorMention]]]  # start token -> (end token, mention)
    tokens: list[Any]  # doc[i] builds a new Token at each call: read these

    @classmethod
    def of(cls, doc: Any, mentions: Sequence[tuple[int, int, ActorMention]]) -> DocIndex:
        starting: dict[int, list[tuple[int, ActorMention]]] = {}
        for start, end, mention in mentions:
            starting.setdefault(start, []).append((end, mention))
        return cls({(e.start, e.end): e.label_ for e in doc.ents}, starting, list(doc))

    def inside(self, start: int, end: int) -> list[ActorMention]:
        """The mentions within tokens [start, end), in the order they were given per start."""
        return [m for s in range(start, end) for e, m in self.mentions_from.get(s, ()) if e <= end]

    def exact(self, start: int, end: int) -> list[ActorMention]:
        return [m for e, m in self.mentions_from.get(start, ()) if e == end]


def features(doc: Any, cand: Candidate, index: DocIndex, kinds: dict[str, str]) -> list[str]:
    """What a candidate looks like, as feature names (``index``: :meth:`DocIndex.of` the doc)."""
    span = doc[cand.start : cand.end]
    head = span.root
    tokens = index.tokens[cand.start : cand.end]
    first = tokens[0]
    feats = [f"src:{s}" for s in cand.sources]
    feats += [f"len:{min(len(tokens), 6)}", f"tag:{head.tag_}", f"pos:{head.pos_}", f"dep:{head.dep_}"]
    feats += [
        f"first:{first.lower_}" if first.pos_ in ("DET", "PRON", "NUM") or first.lower_ in _PRONOUNS else "first:word"
    ]
    feats.append(f"shape:{'cap' if first.text[:1].isupper() else 'low'}")
    if all(t.text[:1].isupper() or not t.is_alpha for t in tokens):
        feats.append("allcap")
    if head.lower_ in _PRONOUNS or (len(tokens) == 1 and first.lower_ in ("here", "there")):
        feats.append(f"pronoun:{first.lower_}")
    cls = noun_class(head.lower_) if head.pos_ == "NOUN" else None
    feats.append(f"class:{cls}")
    feats.append(f"class:{cls}:{head.tag_}")
    if head.pos_ == "NOUN" and head.is_lower:  # common nouns only: names never become features
        feats.append(f"lemma:{head.lemma_}")
    feats += [f"ent:{t.ent_type_}" for t in {t.ent_type_: t for t in tokens if t.ent_type_}.values()]
    exact = index.ents.get((cand.start, cand.end))
    if exact:
        feats.append(f"exact:{exact}")
        feats.append(f"exact:{exact}:{head.dep_}")
    if any(t.lower_ in TITLE_WORDS for t in tokens):
        feats.append("title")
    text = span.text
    if text.lower() in DEMONYMS or text.lower() in RELIGION_AND_ETHNICITY:
        feats.append("nationality-word")
    if country_of(text):
        feats.append(f"country:{head.dep_}")
    if any(t.like_num for t in tokens):
        feats.append("number")
    if any(t.lower_ in ("and", ",") for t in tokens):
        feats.append("coordination")
    before = index.tokens[cand.start - 1] if cand.start > 0 else None
    if before is not None and before.pos_ == "ADP":
        feats.append(f"prep:{before.lower_}")
        if head.dep_ == "pobj" and head.head.i == before.i:  # "government of Iraq" vs "isolation of Raqqah"
            governor = before.head
            feats.append(
                f"pp:{before.lower_}:{noun_class(governor.lower_) if governor.pos_ == 'NOUN' else governor.pos_}"
            )
    if head.dep_ in ("amod", "compound", "nmod", "poss") and head.head.i >= cand.end:
        governor = head.head  # "Iraqi" in "the Iraqi flag": what it modifies says what it is
        feats.append(f"gov:{noun_class(governor.lower_) if governor.pos_ == 'NOUN' else governor.pos_}")
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
        feats.append(f"subj-of:{head.head.lemma_.lower()}")
    feats += _context_features(index.tokens, cand, head)
    feats += _mention_features(index.inside(cand.start, cand.end), kinds)
    feats += ["mx:" + f for f in _mention_features(index.exact(cand.start, cand.end), kinds)]
    return feats


def _word(token: Any) -> str:
    """A neighbouring token as a feature: common words as themselves, names only by their tag."""
    return token.lower_ if token.is_lower or not token.is_alpha or token.pos_ in _CLOSED else token.pos_


def _context_features(tokens: Sequence[Any], cand: Any, root: Any) -> list[str]:
    """The tokens around the span and at its edges: where re3d draws boundaries (``tokens``: the
    document's, ``root``: the span's head)."""
    first, last = tokens[cand.start], tokens[cand.end - 1]
    before = tokens[cand.start - 1] if cand.start > 0 else None
    after = tokens[cand.end] if cand.end < len(tokens) else None
    feats = [f"last:{last.pos_}", f"firstpos:{first.pos_}"]
    feats += [f"has:{t.lemma_}" for t in tokens[cand.start : cand.end] if t.is_lower and t.is_alpha]
    if root.head.i != root.i and root.head.is_lower:  # what the phrase does or belongs to
        feats.append(f"headw:{root.dep_}:{root.head.lemma_}")
    feats.append(f"prevw:{_word(before)}" if before is not None else "prevw:<s>")
    feats.append(f"nextw:{_word(after)}" if after is not None else "nextw:</s>")
    if before is not None and before.head.i >= cand.start and before.head.i < cand.end:
        feats.append(f"dropped:{before.pos_}:{before.dep_}")  # a modifier of the span left outside it
    if after is not None and after.head.i >= cand.start and after.head.i < cand.end and after.dep_ != "punct":
        feats.append(f"cut:{after.dep_}")  # a dependent of the span left outside it
    ent_first, ent_last = first.ent_iob_ == "I", after is not None and after.ent_iob_ == "I"
    if ent_first or ent_last:
        feats.append("splits-ent")
    return feats


def choose(
    cands: Sequence[Candidate], probs: Sequence[dict[str, float]], *, threshold: float | Mapping[str, float] = 1.0
) -> dict[tuple[int, int], str]:
    """The typed spans kept: a candidate whose best type beats `threshold` (one for all types, or
    one per type) x P(no entity), most probable first, none overlapping another kept one. Classes
    other than `TYPES` ("None", "Inside") all mean no entity."""
    limits = threshold if isinstance(threshold, Mapping) else dict.fromkeys(TYPES, threshold)
    scored = []
    for cand, p in zip(cands, probs, strict=True):
        best = max(TYPES, key=lambda t: p.get(t, 0.0))
        if p.get(best, 0.0) > limits[best] * sum(v for k, v in p.items() if k not in TYPES):
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


def actor_kinds(kb: Any) -> dict[str, str]:
    """actor_id -> the kind feature the model was fitted with ("armed2", "org", ...)."""
    return {e.actor_id: e.kind + (str(e.inter) if e.inter else "") for e in kb}


def typed_spans(
    doc: Any, mentions: Sequence[ActorMention], kinds: dict[str, str], model: Any
) -> list[tuple[int, int, str, float]]:
    """(start token, end token, type, probability) of the mentions the model keeps in ``doc``."""
    spans = token_mentions(doc, mentions)
    cands = candidates(doc, spans)
    index = DocIndex.of(doc, spans)
    probs = model.scores_many([features(doc, c, index, kinds) for c in cands])
    threshold = model.provenance.get("thresholds") or float(model.provenance.get("threshold", 1.0))
    kept = choose(cands, probs, threshold=threshold)
    best = {(c.start, c.end): p for c, p in zip(cands, probs, strict=True)}
    return [(s, e, label, best[(s, e)][label]) for (s, e), label in sorted(kept.items())]
