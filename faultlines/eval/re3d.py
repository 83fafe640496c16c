"""Scoring entity recognition on re3d (Dstl, 2017): Person, Organisation, Location, Nationality.

re3d annotates defence and foreign-policy texts. Its entity spans are not only names: pronouns
("we", "he"), descriptions ("the regime", "a local physician", "the city") and countries acting
as agents ("France") are annotated too. What is scored is the ``typed_mentions`` that
``faultlines extract`` prints: each sentence (its words joined by spaces) goes through the
product's pipeline, whose typed-mentions stage (:mod:`faultlines.stages.mentions`) types
candidate noun phrases, names and pronouns with the bundled mention model.

The files are CoNLL BIO, one token per line (word, TAB, tag), CRLF line ends, a blank line
between sentences. Scoring is exact span match per type (precision, recall, F1), as seqeval
does; the four types' F1 are also averaged (macro).

The bundled model (``faultlines/actors/mention_model.json``) is fitted on re3d's train split
only, from the candidates and features the product's stage computes on the product's own parse;
its features are general (spaCy labels, actor-stage links, noun classes, determiners, the common
words in and around a phrase), no names. Never fit on the file being scored. Reproduce it with::

    faultlines actors fit-mentions ../shared/bench/re3d/train.conll
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faultlines.actors.mention_model import INSIDE, MODEL_PATH, NONE, MentionModel, fit
from faultlines.actors.mention_types import (
    TYPES,
    Candidate,
    DocIndex,
    actor_kinds,
    candidates,
    choose,
    features,
    token_mentions,
)
from faultlines.config import Settings
from faultlines.errors import UsageError

__all__ = ["MODEL_PATH", "Sentence", "evaluate", "fit_model", "read_conll", "score", "spans_of"]

THRESHOLDS = (1.0, 0.8, 0.6, 0.5, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15)


@dataclass(frozen=True, slots=True)
class Sentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def gold(self) -> dict[tuple[int, int], str]:
        return {(s, e): t for t, s, e in spans_of(self.tags) if t in TYPES}


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a CoNLL file: the first column is the word, the last the BIO tag."""
    try:
        lines = path.read_text(encoding="utf-8").replace("\r", "").split("\n")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"cannot read {path}: {e}") from e
    sentences, words, tags = [], [], []
    for line in [*lines, ""]:
        if not line.strip():
            if words:
                sentences.append(Sentence(tuple(words), tuple(tags)))
                words, tags = [], []
            continue
        columns = line.split("\t")
        if len(columns) < 2:
            raise UsageError(f"{path}: line {line!r} has no tag column (expected word TAB tag)")
        words.append(columns[0])
        tags.append(columns[-1].strip())
    return sentences


def spans_of(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) of the BIO spans; an I- after O or another type starts a span."""
    out, current = [], None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and current is not None and current[0] == tag[2:]
        if not inside:
            if current is not None:
                out.append((current[0], current[1], i))
                current = None
            if tag[:2] in ("B-", "I-"):
                current = (tag[2:], i)
    return out


def score(pairs: Iterable[tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]]) -> dict[str, Any]:
    """Per-type precision, recall and F1 over (gold, predicted) span maps, and their macro F1."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, predicted in pairs:
        for span, label in predicted.items():
            (tp if gold.get(span) == label else fp)[label] += 1
        for span, label in gold.items():
            if predicted.get(span) != label:
                fn[label] += 1
    report: dict[str, Any] = {}
    for label in TYPES:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        report[label] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "gold": tp[label] + fn[label],
            "predicted": tp[label] + fp[label],
        }
    report["macro_f1"] = round(sum(report[t]["f1"] for t in TYPES) / len(TYPES), 3)
    return report


# ---------------------------------------------------------------------- reading with Faultlines
@dataclass
class Read:
    """One sentence as the product reads it: its parse, the mention candidates, their features,
    and the gold spans in the parse's own tokens (a gold span whose edges fall inside a token of
    the parse has no candidate and is left out)."""

    doc: Any
    cands: list[Candidate]
    feats: list[list[str]]
    gold: dict[tuple[int, int], str]


def sentence_texts(sentences: Sequence[Sentence]) -> list[tuple[str, str]]:
    """Each sentence as a document: its words joined by single spaces."""
    return [(f"re3d-{i}", " ".join(s.words)) for i, s in enumerate(sentences)]


def word_offsets(words: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each word in the words joined by single spaces."""
    out, offset = [], 0
    for word in words:
        out.append((offset, offset + len(word)))
        offset += len(word) + 1
    return out


def read_sentences(sentences: Sequence[Sentence], settings: Settings) -> list[Read]:
    """The sentences through the product's pipeline, with the typed-mentions stage's candidates and
    features (so a model fitted on them sees what the product's stage sees)."""
    from faultlines.pipeline import Pipeline

    pipeline = Pipeline.from_settings(settings)
    kinds = actor_kinds(pipeline.resources.actors)
    out = []
    for sentence, analysis in zip(sentences, pipeline.analyse(sentence_texts(sentences)), strict=True):
        doc = analysis.doc
        if doc is None:  # not parsed (too few words to read as English): no candidates
            out.append(Read(None, [], [], {}))
            continue
        spans = token_mentions(doc, analysis.mentions)
        cands = candidates(doc, spans)
        offsets = word_offsets(sentence.words)
        gold = {}
        for (s, e), label in sentence.gold.items():
            span = doc.char_span(offsets[s][0], offsets[e - 1][1])
            if span is not None:
                gold[(span.start, span.end)] = label
        index = DocIndex.of(doc, spans)
        out.append(Read(doc, cands, [features(doc, c, index, kinds) for c in cands], gold))
    return out


def _rows(reads: Sequence[Read]) -> tuple[list[list[str]], list[str]]:
    """Features and labels: a gold type, INSIDE for a part of a gold span ("Iraq" in "the
    government of Iraq", so "None" is not taught that a GPE after "of" is nothing), else NONE."""
    rows, labels = [], []
    for read in reads:
        gold = read.gold
        for cand, feats in zip(read.cands, read.feats, strict=True):
            label = gold.get((cand.start, cand.end))
            if label is None:
                label = INSIDE if any(s <= cand.start and cand.end <= e for s, e in gold) else NONE
            rows.append(feats)
            labels.append(label)
    return rows, labels


def fit_model(train: Path, settings: Settings, *, folds: int = 4) -> MentionModel:
    """Fit on a re3d train file; the decision thresholds are chosen by cross-validation on it."""
    sentences = read_conll(train)
    reads = read_sentences(sentences, settings)
    classes = (NONE, *TYPES, INSIDE)
    held_out: list[tuple[int, list[dict[str, float]]]] = []
    for k in range(folds):
        held = [i for i in range(len(sentences)) if i % folds == k]
        kept = [i for i in range(len(sentences)) if i % folds != k]
        rows, labels = _rows([reads[i] for i in kept])
        model = fit(rows, labels, classes=classes)
        held_out += [(i, [model.scores(f) for f in reads[i].feats]) for i in held]
    thresholds = _thresholds(reads, held_out)
    rows, labels = _rows(reads)
    digest = hashlib.sha1(train.read_bytes()).hexdigest()
    provenance = {
        "fitted_on": f"{train.name} (sha1 {digest}), {len(sentences)} sentences",
        "dataset": "re3d, Dstl 2017 (https://github.com/dstl/re3d), derived CoNLL train split",
        "features": "spaCy labels, actor-stage links, noun classes, determiners, syntax, common words around: no names",
        "read_by": "the product's pipeline (faultlines.pipeline.Pipeline.analyse), words joined by spaces",
        "thresholds": thresholds,
    }
    return fit(rows, labels, classes=classes, provenance=provenance)


def _thresholds(reads: Sequence[Read], held_out: Sequence[tuple[int, list[dict[str, float]]]]) -> dict[str, float]:
    """The best common threshold on held-out folds, then each type's own best with the others
    kept (types rarely compete for a span, and their precision/recall trade-offs differ)."""

    def cross_validated(limits: dict[str, float]) -> dict[str, Any]:
        return score([(reads[i].gold, choose(reads[i].cands, p, threshold=limits)) for i, p in held_out])

    common = max(THRESHOLDS, key=lambda t: (cross_validated(dict.fromkeys(TYPES, t))["macro_f1"], t))
    chosen = dict.fromkeys(TYPES, common)
    for label in TYPES:
        chosen[label] = max(THRESHOLDS, key=lambda t: (cross_validated({**chosen, label: t})[label]["f1"], t))
    return chosen


def product_spans(sentences: Sequence[Sentence], settings: Settings) -> list[dict[tuple[int, int], str]]:
    """Each sentence's typed mentions as ``faultlines extract`` prints them, as re3d word spans.

    The sentence's words are joined by single spaces and go through the product's pipeline; a
    mention whose edges do not fall on the gold words' edges cannot match and is dropped (its gold
    span, if any, counts as missed)."""
    from faultlines.pipeline import Pipeline

    out = []
    analyses = Pipeline.from_settings(settings).analyse(sentence_texts(sentences))
    for sentence, analysis in zip(sentences, analyses, strict=True):
        offsets = word_offsets(sentence.words)
        starts = {start: i for i, (start, _) in enumerate(offsets)}
        ends = {end: i + 1 for i, (_, end) in enumerate(offsets)}
        out.append(
            {
                (starts[m.start], ends[m.end]): m.type
                for m in analysis.typed_mentions
                if m.start in starts and m.end in ends
            }
        )
    return out


def evaluate(path: Path, *, settings: Settings, errors: bool = False) -> dict[str, Any]:
    """Score the entities and places the product finds in each sentence of the file at ``path``."""
    sentences = read_conll(path)
    predicted = product_spans(sentences, settings)
    pairs = [(s.gold, p) for s, p in zip(sentences, predicted, strict=True)]
    report = {"file": str(path), "sentences": len(sentences), "read_by": "faultlines extract (typed_mentions)"}
    report.update(score(pairs))
    if errors:
        report["errors"] = _errors(sentences, pairs)
    return report


def _errors(
    sentences: Sequence[Sentence], pairs: Sequence[tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]]
) -> list[str]:
    out = []
    for sentence, (gold, predicted) in zip(sentences, pairs, strict=True):
        for (s, e), label in sorted(set(gold.items()) ^ set(predicted.items())):
            side = "missed" if gold.get((s, e)) == label else "wrong"
            out.append(f"{side} {label}: {' '.join(sentence.words[s:e])}")
    return out
