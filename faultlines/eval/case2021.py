"""CASE 2021 Task 2 (fine-grained event classification): reader and scorer.

Each snippet carries one label, its main event, among ACLED's 25 sub-event types (subtask 1)
and five non-ACLED types (subtasks 2-3: ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO,
ATTRIB). We score subtask 1, as the shared task did: snippets whose gold label is one of the 25
ACLED types, weighted F1 (each label's F1 weighted by its gold support). Faultlines' label for a
snippet is the sub-event type of its main event (see :func:`main_event`); a snippet where it finds
no event is labelled "OTHER".

Example::

    snippets = read_snippets("dev.tsv")
    report = score([s.label for s in snippets], predictions)
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from faultlines.errors import UsageError
from faultlines.ontology import CASE2021_LABELS
from faultlines.records import Event

if TYPE_CHECKING:
    from faultlines.pipeline import Pipeline

SUB_TO_LABEL = {sub: label for label, sub in CASE2021_LABELS.items()}
NO_EVENT = "OTHER"


@dataclass(frozen=True, slots=True)
class Snippet:
    snippet_id: str
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Report:
    weighted_f1: float
    macro_f1: float
    accuracy: float
    n: int
    labels: tuple[LabelScore, ...]


def read_snippets(path: str | Path, *, acled_only: bool = True) -> list[Snippet]:
    """Snippets of a CASE 2021 Task 2 TSV (``id``, ``EventSnippet``, ``SubType``)."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"no CASE 2021 file at {path}: give the path of a TSV such as dev.tsv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows and not {"EventSnippet", "SubType"} <= set(rows[0]):
        raise UsageError(f"{path} has no EventSnippet/SubType columns: is it a CASE 2021 Task 2 file?")
    snippets = [Snippet(r.get("id") or str(i), r["EventSnippet"], r["SubType"].strip()) for i, r in enumerate(rows)]
    return [s for s in snippets if s.label in CASE2021_LABELS] if acled_only else snippets


# ACLED codes an incident by its most specific description: a weapon, a change of territory, a
# kidnapping or the way a protest went outrank a generic "attack" or "clash".
_GENERIC = frozenset({"Armed clash", "Attack", "Peaceful protest", "Other", "Change to group/activity"})
_HAPPENED = frozenset({"asserted", "alleged"})


def main_event(events: Sequence[Event]) -> Event | None:
    """The event a snippet is about: one that happened, the most specific, the most confident,
    the earliest."""
    if not events:
        return None
    return max(
        events,
        key=lambda e: (
            e.modality in _HAPPENED,
            e.sub_event_type not in _GENERIC,
            e.confidence,
            -e.trigger.start,
        ),
    )


def predict_label(events: Sequence[Event]) -> str:
    event = main_event(events)
    return SUB_TO_LABEL.get(event.sub_event_type, NO_EVENT) if event is not None else NO_EVENT


def score(gold: Sequence[str], predicted: Sequence[str]) -> Report:
    """Weighted and macro F1 over the gold labels, and accuracy."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    support = Counter(gold)
    labels = []
    for label in sorted(support):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        n_pred = sum(1 for p in predicted if p == label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / support[label]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        labels.append(LabelScore(label, precision, recall, f1, support[label]))
    total = sum(support.values()) or 1
    return Report(
        weighted_f1=sum(s.f1 * s.support for s in labels) / total,
        macro_f1=sum(s.f1 for s in labels) / (len(labels) or 1),
        accuracy=sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / total,
        n=len(gold),
        labels=tuple(labels),
    )


def resolve_path(path: str | Path) -> Path:
    """A TSV file, or a folder holding ``dev.tsv``."""
    path = Path(path)
    return path / "dev.tsv" if path.is_dir() else path


def evaluate(
    path: str | Path, *, limit: int | None = None, pipeline: Pipeline | None = None
) -> tuple[Report, list[str]]:
    """Run each ACLED-typed snippet of ``path`` through the product's pipeline and score its
    main event's type.

    Returns the report and the predicted labels (in the file's order).
    """
    from faultlines.config import Settings
    from faultlines.pipeline import Pipeline

    snippets = read_snippets(resolve_path(path))[:limit]
    active = pipeline or Pipeline.from_settings(Settings())
    analyses = active.analyse((s.snippet_id, s.text) for s in snippets)
    predicted = [predict_label(a.events) for a in analyses]
    return score([s.label for s in snippets], predicted), predicted
