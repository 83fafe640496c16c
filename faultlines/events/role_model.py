"""The role model: which of a report's phrases name the perpetrator (a person or an organisation),
the victim, the target or the weapon of its attacks, where the rules of the events stage stall.

A multinomial logistic regression (:mod:`faultlines.actors.mention_model`'s, in numpy) over the
features of :mod:`faultlines.events.role_features`, one row per candidate phrase of a document.
A candidate takes its most probable role when that probability reaches the role's threshold;
the thresholds are chosen by cross-validation on the training split, never on a scored one. The
bundled model (``role_model.json``) is fitted on MUC-4's train split with
``faultlines events fit-roles``; its provenance (the file's sha1, the thresholds) is inside it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from faultlines.actors.mention_model import MentionModel, fit, load_model_file
from faultlines.events.role_features import NONE, ROLE_CLASSES, Candidate

MODEL_PATH = Path(__file__).resolve().parent / "role_model.json"
ROLES = tuple(c for c in ROLE_CLASSES if c != NONE)
_SMALLEST_WEIGHT = 0.01
_THRESHOLD_GRID = tuple(round(float(x), 2) for x in np.arange(0.05, 0.8, 0.05))


@dataclass(frozen=True, slots=True)
class Filler:
    """A candidate the model gives a role, with the role's probability."""

    candidate: Candidate
    role: str
    probability: float


@dataclass
class RoleModel:
    classifier: MentionModel
    thresholds: dict[str, float]

    def fillers(self, found: Sequence[Candidate]) -> list[Filler]:
        """The candidates whose most probable role reaches its threshold, most probable first, one
        per role and head word: "car bomb" and "bomb", "jesuit priests" and "priests" name one
        thing (MUC-4 counts the second as a wrong filler)."""
        passed = []
        for candidate, scores in zip(found, self.classifier.scores_many([c.features for c in found]), strict=True):
            role = max(ROLES, key=lambda r: scores[r])
            if scores[role] >= self.thresholds.get(role, 1.0):
                passed.append(Filler(candidate, role, round(scores[role], 4)))
        kept, seen = [], set()
        for filler in sorted(passed, key=lambda f: (-f.probability, f.candidate.key)):
            thing = (filler.role, filler.candidate.key.split()[-1].rstrip("s"))
            if thing not in seen:
                seen.add(thing)
                kept.append(filler)
        return kept

    @property
    def provenance(self) -> dict[str, Any]:
        return self.classifier.provenance

    def save(self, path: Path) -> None:
        self.classifier.provenance["thresholds"] = self.thresholds
        self.classifier.save(path)

    @classmethod
    def load(cls, path: Path) -> RoleModel:
        classifier = MentionModel.load(path)
        return cls(classifier, dict(classifier.provenance.get("thresholds", {})))


def fit_roles(
    documents: Sequence[Sequence[tuple[Candidate, str]]],
    *,
    folds: int = 4,
    provenance: dict[str, Any] | None = None,
    **options: Any,
) -> RoleModel:
    """A model fitted on every document's (candidate, gold role) pairs, with each role's threshold
    the one that maximises that role's F1 over ``folds``-fold cross-validation.

    ``options`` go to the logistic regression's :func:`~faultlines.actors.mention_model.fit`.
    """
    thresholds = choose_thresholds(documents, folds=folds, **options) if folds > 1 else dict.fromkeys(ROLES, 0.5)
    rows = [c.features for doc in documents for c, _ in doc]
    labels = [label for doc in documents for _, label in doc]
    classifier = fit(rows, labels, classes=ROLE_CLASSES, provenance=dict(provenance or {}), **options)
    # weights this small change no decision on MUC-4 dev (2 of ~500) and would triple the file
    classifier.weights = {f: w for f, w in classifier.weights.items() if max(map(abs, w)) >= _SMALLEST_WEIGHT}
    return RoleModel(classifier, thresholds)


def choose_thresholds(
    documents: Sequence[Sequence[tuple[Candidate, str]]], *, folds: int, **options: Any
) -> dict[str, float]:
    """Per role, the probability above which a candidate takes it, from held-out folds."""
    scored: list[tuple[dict[str, float], str]] = []
    for k in range(folds):
        train = [pair for n, doc in enumerate(documents) if n % folds != k for pair in doc]
        held = [pair for n, doc in enumerate(documents) if n % folds == k for pair in doc]
        if not train or not held:
            continue
        model = fit([c.features for c, _ in train], [y for _, y in train], classes=ROLE_CLASSES, **options)
        scored.extend(zip(model.scores_many([c.features for c, _ in held]), (y for _, y in held), strict=True))
    gold = {role: sum(1 for _, y in scored if y == role) for role in ROLES}
    thresholds = {}
    for role in ROLES:
        best = (-1.0, 0.5)
        for threshold in _THRESHOLD_GRID:
            predicted = matched = 0
            for scores, y in scored:
                if max(ROLES, key=lambda r: scores[r]) == role and scores[role] >= threshold:
                    predicted += 1
                    matched += y == role
            f1 = 2 * matched / (predicted + gold[role]) if predicted + gold[role] else 0.0
            best = max(best, (f1, threshold))
        thresholds[role] = best[1]
    return thresholds


def file_sha1(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def load_bundled() -> RoleModel:
    """The model that ships with the package (loaded once per process)."""
    return load_model_file(RoleModel.load, MODEL_PATH)
