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

import numpy as np

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


def candidates(
    doc: Any, mentions: Sequence[tuple[int, int, ActorMention]] = (), *, index: DocIndex | None = None
) -> list[Candidate]:
    """The candidate spans of ``doc`` (``index``: its :meth:`DocIndex.of`, when already built)."""
    index = index or DocIndex.of(doc, mentions)
    t = index.tokens
    found: dict[tuple[int, int], Candidate] = {}
    chunks = list(doc.noun_chunks)
    starts = {c.start: c for c in chunks}
    by_root = {c.root.i: c for c in chunks}
    ents = {start: (start, end) for start, end in index.ents}
    for c in chunks:
        _add(found, c.start, c.end, "chunk")
        for i in range(c.start + 1, c.root.i + 1):  # re3d leaves out quantities and punctuation: "[10] U.S. Marines"
            trim = "chunk-det" if i == c.start + 1 and t.pos[c.start] in ("DET", "PRON") else "chunk-trim"
            _add(found, i, c.end, trim)
        if c.end + 1 < len(t) and t.lower[c.end] in _EXTENDERS and c.end + 1 in starts:
            _add(found, c.start, starts[c.end + 1].end, "chunk-pp")
        for other in _conjuncts(c.root, by_root):  # "teachers, doctors and dentists"
            _add(found, c.start, other.end, "chunk-conj")
        for i in range(c.start, c.end - 1):  # a name inside a chunk: "ISIL" in "ISIL targets"
            if i in ents:
                _add(found, *ents[i], "ent-inner")
    for (start, end), label in index.ents.items():
        _add(found, start, end, "ent")
        after = end + 1
        if after < len(t) and t.text[end] == "," and label in _PLACE_LABELS:
            tail = ents.get(after) or _bounds(starts.get(after))  # "Palmyra, Syria", "Urem al-Kubra, northern Syria"
            if tail is not None and any(kind in _PLACE_LABELS for kind in t.ent_type[tail[0] : tail[1]]):
                _add(found, start, tail[1], "ent-comma-gpe")
    for i, lower in enumerate(t.lower):
        if lower in _PRONOUNS or (lower in ("here", "there") and t.pos[i] == "ADV"):
            _add(found, i, i + 1, "pronoun")
    for start, end, _ in mentions:
        _add(found, start, end, "mention")
    return sorted(found.values(), key=lambda c: (c.start, c.end))


def _bounds(span: Any) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


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


_IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB codes
# The columns of TokenTable, in its order: seven strings, then ENT_IOB, HEAD, IDX and three flags.
_TABLE_ATTRS = (
    *("ORTH", "LOWER", "POS", "TAG", "DEP", "LEMMA", "ENT_TYPE"),
    *("ENT_IOB", "HEAD", "IDX", "IS_LOWER", "IS_ALPHA", "LIKE_NUM"),
)


@dataclass(frozen=True, slots=True)
class TokenTable:
    """The token attributes the features read, one list per attribute, built in one pass of
    ``Doc.to_array``: ``doc[i]`` builds a new Token at each call and each ``token.pos_`` looks its
    string up again, which made reading them per candidate most of this stage's time."""

    doc_text: str
    text: list[str]
    lower: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    lemma: list[str]
    ent_type: list[str]
    ent_iob: list[str]
    head: list[int]  # the head's index in the doc, not its offset
    idx: list[int]  # character offset
    is_lower: list[int]  # 0 or 1
    is_alpha: list[int]
    like_num: list[int]

    @classmethod
    def of(cls, doc: Any) -> TokenTable:
        rows = doc.to_array(list(_TABLE_ATTRS)).reshape(len(doc), len(_TABLE_ATTRS))
        columns = rows.T.tolist()
        store = doc.vocab.strings
        names = {key: store[key] for column in columns[:7] for key in set(column)}
        heads = (rows[:, 8].astype(np.int64) + np.arange(len(doc), dtype=np.int64)).tolist()
        return cls(
            doc.text,
            *([names[key] for key in column] for column in columns[:7]),
            [_IOB[code] for code in columns[7]],
            heads,
            columns[9],
            *columns[10:],  # 0 or 1
        )

    def __len__(self) -> int:
        return len(self.text)

    def span_text(self, start: int, end: int) -> str:
        """What ``doc[start:end].text`` gives."""
        return self.doc_text[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]


@dataclass(frozen=True)
class DocIndex:
    """What :func:`features` looks up in a document, built once per document: spaCy rebuilds
    ``doc.ents`` on every access, and scanning every mention per candidate grew with the square
    of the document's length."""

    ents: dict[tuple[int, int], str]  # (start, end) token span -> label, in the doc's order
    mentions_from: dict[int, list[tuple[int, ActorMention]]]  # start token -> (end token, mention)
    tokens: TokenTable

    @classmethod
    def of(cls, doc: Any, mentions: Sequence[tuple[int, int, ActorMention]]) -> DocIndex:
        starting: dict[int, list[tuple[int, ActorMention]]] = {}
        for start, end, mention in mentions:
            starting.setdefault(start, []).append((end, mention))
        return cls({(e.start, e.end): e.label_ for e in doc.ents}, starting, TokenTable.of(doc))

    def inside(self, start: int, end: int) -> list[ActorMention]:
        """The mentions within tokens [start, end), in the order they were given per start."""
        return [m for s in range(start, end) for e, m in self.mentions_from.get(s, ()) if e <= end]

    def exact(self, start: int, end: int) -> list[ActorMention]:
        return [m for e, m in self.mentions_from.get(start, ()) if e == end]


def features(doc: Any, cand: Candidate, index: DocIndex, kinds: dict[str, str]) -> list[str]:
    """What a candidate looks like, as feature names (``index``: :meth:`DocIndex.of` the doc)."""
    t, start, end = index.tokens, cand.start, cand.end
    h = doc[start:end].root.i
    lowers = t.lower[start:end]
    first, head_dep, head_of = lowers[0], t.dep[h], t.head[h]
    feats = [f"src:{s}" for s in cand.sources]
    feats += [f"len:{min(end - start, 6)}", f"tag:{t.tag[h]}", f"pos:{t.pos[h]}", f"dep:{head_dep}"]
    feats += [f"first:{first}" if t.pos[start] in ("DET", "PRON", "NUM") or first in _PRONOUNS else "first:word"]
    feats.append(f"shape:{'cap' if t.text[start][:1].isupper() else 'low'}")
    if all(t.text[i][:1].isupper() or not t.is_alpha[i] for i in range(start, end)):
        feats.append("allcap")
    if t.lower[h] in _PRONOUNS or (end - start == 1 and first in ("here", "there")):
        feats.append(f"pronoun:{first}")
    cls = noun_class(t.lower[h]) if t.pos[h] == "NOUN" else None
    feats.append(f"class:{cls}")
    feats.append(f"class:{cls}:{t.tag[h]}")
    if t.pos[h] == "NOUN" and t.is_lower[h]:  # common nouns only: names never become features
        feats.append(f"lemma:{t.lemma[h]}")
    feats += [f"ent:{kind}" for kind in dict.fromkeys(t.ent_type[start:end]) if kind]
    exact = index.ents.get((start, end))
    if exact:
        feats.append(f"exact:{exact}")
        feats.append(f"exact:{exact}:{head_dep}")
    if not TITLE_WORDS.isdisjoint(lowers):
        feats.append("title")
    text = t.span_text(start, end)
    lowered = text.lower()
    if lowered in DEMONYMS or lowered in RELIGION_AND_ETHNICITY:
        feats.append("nationality-word")
    if country_of(text):
        feats.append(f"country:{head_dep}")
    if any(t.like_num[start:end]):
        feats.append("number")
    if "and" in lowers or "," in lowers:
        feats.append("coordination")
    before = start - 1
    if before >= 0 and t.pos[before] == "ADP":
        feats.append(f"prep:{t.lower[before]}")
        if head_dep == "pobj" and head_of == before:  # "government of Iraq" vs "isolation of Raqqah"
            feats.append(f"pp:{t.lower[before]}:{_governor(t, t.head[before])}")
    if head_dep in ("amod", "compound", "nmod", "poss") and head_of >= end:
        feats.append(f"gov:{_governor(t, head_of)}")  # "Iraqi" in "the Iraqi flag": what it modifies says what it is
    if head_dep in ("nsubj", "nsubjpass") and t.pos[head_of] == "VERB":
        feats.append(f"subj-of:{t.lemma[head_of].lower()}")
    feats += _context_features(t, start, end, h)
    feats += _mention_features(index.inside(start, end), kinds)
    feats += ["mx:" + f for f in _mention_features(index.exact(start, end), kinds)]
    return feats


def _governor(t: TokenTable, i: int) -> str | None:
    """The word a phrase hangs on, as a feature: a noun by its class, anything else by its tag."""
    return noun_class(t.lower[i]) if t.pos[i] == "NOUN" else t.pos[i]


def _word(t: TokenTable, i: int) -> str:
    """A neighbouring token as a feature: common words as themselves, names only by their tag."""
    return t.lower[i] if t.is_lower[i] or not t.is_alpha[i] or t.pos[i] in _CLOSED else t.pos[i]


def _context_features(t: TokenTable, start: int, end: int, root: int) -> list[str]:
    """The tokens around the span [start, end) and at its edges: where re3d draws boundaries
    (``root``: the span's head)."""
    before = start - 1 if start > 0 else None
    after = end if end < len(t) else None
    feats = [f"last:{t.pos[end - 1]}", f"firstpos:{t.pos[start]}"]
    feats += [f"has:{t.lemma[i]}" for i in range(start, end) if t.is_lower[i] and t.is_alpha[i]]
    governor = t.head[root]
    if governor != root and t.is_lower[governor]:  # what the phrase does or belongs to
        feats.append(f"headw:{t.dep[root]}:{t.lemma[governor]}")
    feats.append(f"prevw:{_word(t, before)}" if before is not None else "prevw:<s>")
    feats.append(f"nextw:{_word(t, after)}" if after is not None else "nextw:</s>")
    if before is not None and start <= t.head[before] < end:
        feats.append(f"dropped:{t.pos[before]}:{t.dep[before]}")  # a modifier of the span left outside it
    if after is not None and start <= t.head[after] < end and t.dep[after] != "punct":
        feats.append(f"cut:{t.dep[after]}")  # a dependent of the span left outside it
    if t.ent_iob[start] == "I" or (after is not None and t.ent_iob[after] == "I"):
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
    index = DocIndex.of(doc, spans)
    cands = candidates(doc, spans, index=index)
    probs = model.scores_many([features(doc, c, index, kinds) for c in cands])
    threshold = model.provenance.get("thresholds") or float(model.provenance.get("threshold", 1.0))
    kept = choose(cands, probs, threshold=threshold)
    best = {(c.start, c.end): p for c, p in zip(cands, probs, strict=True)}
    return [(s, e, label, best[(s, e)][label]) for (s, e), label in sorted(kept.items())]
