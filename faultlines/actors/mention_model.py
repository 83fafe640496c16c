"""A small multinomial logistic regression over binary features, in numpy.

Fitted by full-batch Adam with L2; saved as JSON (feature -> weights per class) with
the provenance of its training data, so what the model knows can be read and audited.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from faultlines.errors import ResourceError

Model = TypeVar("Model")

# The bundled model: fitted on re3d's train split only (its provenance is inside the file).
MODEL_PATH = Path(__file__).resolve().parent / "mention_model.json"
NONE = "None"
INSIDE = "Inside"  # part of a longer entity: not one itself, but unlike text outside any


@dataclass
class MentionModel:
    classes: tuple[str, ...]
    weights: dict[str, list[float]]
    bias: list[float]
    provenance: dict[str, Any] = field(default_factory=dict)
    _cached: tuple[np.ndarray, dict[str, int]] | None = field(default=None, repr=False, compare=False)

    def scores(self, feats: Sequence[str]) -> dict[str, float]:
        """Class probabilities for one candidate."""
        z = np.array(self.bias, dtype=np.float64)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                z += w
        z -= z.max()
        p = np.exp(z)
        p /= p.sum()
        return dict(zip(self.classes, p.tolist(), strict=True))

    def scores_many(self, rows: Sequence[Sequence[str]]) -> list[dict[str, float]]:
        """Class probabilities for many candidates at once (what :meth:`scores` gives each, in
        one pass of numpy over the document instead of one per candidate)."""
        if not rows:
            return []
        matrix, index = self._matrix()
        get = index.get
        flat = np.array([get(f, -1) for feats in rows for f in feats], dtype=np.int64)  # -1: not in the model
        owner = np.repeat(np.arange(len(rows)), [len(feats) for feats in rows])
        known = flat >= 0
        z = np.tile(np.asarray(self.bias, dtype=np.float64), (len(rows), 1))
        np.add.at(z, owner[known], matrix[flat[known]])  # in each row's feature order, as scores() adds them
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        return [dict(zip(self.classes, row, strict=True)) for row in p.tolist()]

    def _matrix(self) -> tuple[np.ndarray, dict[str, int]]:
        """The weights as one array (a row per feature), built on first use."""
        if self._cached is None:
            names = list(self.weights)
            matrix = np.asarray([self.weights[f] for f in names], dtype=np.float64).reshape(len(names), -1)
            self._cached = (matrix, {f: i for i, f in enumerate(names)})
        return self._cached

    def save(self, path: Path) -> None:
        """JSON with one line per feature, so a diff of two fits reads feature by feature."""
        head = {"provenance": self.provenance, "classes": list(self.classes), "bias": [round(x, 4) for x in self.bias]}
        lines = [
            f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps([round(x, 4) for x in w])}"
            for f, w in sorted(self.weights.items())
        ]
        text = (
            json.dumps(head, indent=1, ensure_ascii=False)[:-2] + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n"
        )
        path.write_text(text, encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> MentionModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(tuple(data["classes"]), data["weights"], data["bias"], data.get("provenance", {}))


def fit(
    rows: Sequence[Sequence[str]],
    labels: Sequence[str],
    *,
    classes: Sequence[str],
    l2: float = 1e-4,
    epochs: int = 200,  # with l2, chosen by 4-fold cross-validation on re3d train: fewer steps overfit less
    rate: float = 0.05,
    min_count: int = 2,
    provenance: dict[str, Any] | None = None,
) -> MentionModel:
    """Fit on feature lists and labels; features seen fewer than `min_count` times are dropped."""
    counts: dict[str, int] = {}
    for feats in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    row_ids, col_ids = [], []
    for r, feats in enumerate(rows):
        for f in set(feats):
            if f in vocab:
                row_ids.append(r)
                col_ids.append(vocab[f])
    rr, cc = np.array(row_ids, dtype=np.int64), np.array(col_ids, dtype=np.int64)
    class_index = {c: i for i, c in enumerate(classes)}
    y = np.array([class_index[label] for label in labels])
    n, k = len(rows), len(classes)
    w, b = np.zeros((len(vocab), k)), np.zeros(k)
    target = np.zeros((n, k))
    target[np.arange(n), y] = 1.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros(k), np.zeros(k)
    for step in range(1, epochs + 1):  # Adam: sparse features converge in a few hundred steps
        z = _gather(rr, w[cc], n) + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        d = (p - target) / n
        grad = _gather(cc, d[rr], len(vocab)) + l2 * w
        for value, g, m, v in ((w, grad, m_w, v_w), (b, d.sum(axis=0), m_b, v_b)):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            value -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    weights = {f: w[i].tolist() for f, i in vocab.items() if np.abs(w[i]).max() > 1e-3}
    return MentionModel(tuple(classes), weights, b.tolist(), provenance or {})


def _gather(index: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Row sums of `values` grouped by `index` (np.add.at, but a bincount per class: ~20x faster)."""
    return np.stack([np.bincount(index, weights=values[:, j], minlength=size) for j in range(values.shape[1])], axis=1)


def load_model_file(load: Callable[[Path], Model], path: Path) -> Model:
    """A model file read by ``load``; a missing or damaged file is error E502, naming the file."""
    try:
        return load(path)
    except (OSError, ValueError, KeyError) as e:
        raise ResourceError("E502", {"path": path, "detail": str(e)}) from e


@lru_cache(maxsize=1)
def load_bundled() -> MentionModel:
    """The model that ships with the package (loaded once per process)."""
    return load_model_file(MentionModel.load, MODEL_PATH)
