"""Scoring entity recognition on re3d (Dstl, 2017): Person, Organisation, Location, Nationality.

re3d annotates defence and foreign-policy texts. Its entity spans are not only names: pronouns
("we", "he"), descriptions ("the regime", "a local physician", "the city") and countries acting
as agents ("France") are annotated too. Faultlines reads each sentence with its own pipeline
(spaCy with the gazetteer and actor-name ruler, then the actors stage) and types candidate noun
phrases with the mention model of :mod:`faultlines.actors.mention_types`.

The files are CoNLL BIO, one token per line (word, TAB, tag), CRLF line ends, a blank line
between sentences. Scoring is exact span match per type (precision, recall, F1), as seqeval
does; the four types' F1 are also averaged (macro).

The bundled model (``faultlines/actors/mention_model.json``) was fitted with ``--train`` on
re3d's train split only; its features are general (spaCy labels, actor-stage links, noun
classes, determiners, the common words in and around a phrase), no names. Never fit on the file
being scored. Reproduce it with::

    faultlines eval re3d ../shared/bench/re3d/dev.conll --train ../shared/bench/re3d/train.conll \
        --save-model faultlines/actors/mention_model.json
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faultlines.actors.mention_model import INSIDE, NONE, MentionModel, fit
from faultlines.actors.mention_types import TYPES, Candidate, candidates, choose, features, token_mentions
from faultlines.config import Settings
from faultlines.errors import UsageError

__all__ = ["MODEL_PATH", "Sentence", "evaluate", "fit_model", "read_conll", "score", "spans_of"]

MODEL_PATH = Path(__file__).resolve().parents[1] / "actors" / "mention_model.json"
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
    """One sentence as Faultlines reads it: its parse, candidates and their features."""

    doc: Any
    cands: list[Candidate]
    feats: list[list[str]]


def read_sentences(sentences: Sequence[Sentence], settings: Settings) -> list[Read]:
    from spacy.tokens import Doc

    from faultlines.resources import load_resources
    from faultlines.stages.actors import gazetteer_countries, run_actors

    resources = load_resources(settings)
    places = gazetteer_countries(resources.gazetteer)
    kinds = {e.actor_id: e.kind + (str(e.inter) if e.inter else "") for e in resources.actors}
    docs = (Doc(resources.nlp.vocab, words=list(s.words)) for s in sentences)
    out = []
    for doc in resources.nlp.pipe(docs, batch_size=settings.batch_size):
        _, mentions, _ = run_actors(doc, doc.text, resources.actors, place_country=places)
        spans = token_mentions(doc, mentions)
        cands = candidates(doc, spans)
        out.append(Read(doc, cands, [features(doc, c, spans, kinds) for c in cands]))
    return out


def _predict(model: MentionModel, read: Read, threshold: float | dict[str, float]) -> dict[tuple[int, int], str]:
    return choose(read.cands, [model.scores(f) for f in read.feats], threshold=threshold)


def _rows(reads: Sequence[Read], sentences: Sequence[Sentence]) -> tuple[list[list[str]], list[str]]:
    """Features and labels: a gold type, INSIDE for a part of a gold span ("Iraq" in "the
    government of Iraq", so "None" is not taught that a GPE after "of" is nothing), else NONE."""
    rows, labels = [], []
    for read, sentence in zip(reads, sentences, strict=True):
        gold = sentence.gold
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
        rows, labels = _rows([reads[i] for i in kept], [sentences[i] for i in kept])
        model = fit(rows, labels, classes=classes)
        held_out += [(i, [model.scores(f) for f in reads[i].feats]) for i in held]
    thresholds = _thresholds(sentences, reads, held_out)
    rows, labels = _rows(reads, sentences)
    digest = hashlib.sha1(train.read_bytes()).hexdigest()
    provenance = {
        "fitted_on": f"{train.name} (sha1 {digest}), {len(sentences)} sentences",
        "dataset": "re3d, Dstl 2017 (https://github.com/dstl/re3d), derived CoNLL train split",
        "features": "spaCy labels, actor-stage links, noun classes, determiners, syntax, common words around: no names",
        "thresholds": thresholds,
    }
    return fit(rows, labels, classes=classes, provenance=provenance)


def _thresholds(
    sentences: Sequence[Sentence], reads: Sequence[Read], held_out: Sequence[tuple[int, list[dict[str, float]]]]
) -> dict[str, float]:
    """The best common threshold on held-out folds, then each type's own best with the others
    kept (types rarely compete for a span, and their precision/recall trade-offs differ)."""

    def cross_validated(limits: dict[str, float]) -> dict[str, Any]:
        return score([(sentences[i].gold, choose(reads[i].cands, p, threshold=limits)) for i, p in held_out])

    common = max(THRESHOLDS, key=lambda t: (cross_validated(dict.fromkeys(TYPES, t))["macro_f1"], t))
    chosen = dict.fromkeys(TYPES, common)
    for label in TYPES:
        chosen[label] = max(THRESHOLDS, key=lambda t: (cross_validated({**chosen, label: t})[label]["f1"], t))
    return chosen


def evaluate(
    path: Path, *, settings: Settings, train: Path | None = None, save_model: Path | None = None, errors: bool = False
) -> dict[str, Any]:
    """Score the file at `path`; fit the model on `train` first when given."""
    if train is not None:
        model = fit_model(train, settings)
        if save_model is not None:
            model.save(save_model)
    elif MODEL_PATH.exists():
        model = MentionModel.load(MODEL_PATH)
    else:
        raise UsageError(f"no mention model at {MODEL_PATH}: give --train PATH/train.conll")
    threshold = model.provenance.get("thresholds") or float(model.provenance.get("threshold", 1.0))
    sentences = read_conll(path)
    reads = read_sentences(sentences, settings)
    pairs = [(s.gold, _predict(model, r, threshold)) for s, r in zip(sentences, reads, strict=True)]
    report = {"file": str(path), "sentences": len(sentences), "model": model.provenance, **score(pairs)}
    if errors:
        report["errors"] = _errors(reads, pairs)
    return report


def _errors(
    reads: Sequence[Read], pairs: Sequence[tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]]
) -> list[str]:
    out = []
    for read, (gold, predicted) in zip(reads, pairs, strict=True):
        for (s, e), label in sorted(set(gold.items()) ^ set(predicted.items())):
            side = "missed" if gold.get((s, e)) == label else "wrong"
            out.append(f"{side} {label}: {read.doc[s:e].text}")
    return out
