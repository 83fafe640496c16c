"""Scoring cross-document de-duplication on GVDB (Gun Violence Database) articles.

Gold: two articles report one shooting when their annotations give the same date, the same city
(normalised; one name may end with the other, as a few annotated spans carry a stray prefix)
and at least one victim name in common (:func:`faultlines.across.names.same_person`). Scores
are pairwise precision and recall over article pairs: a predicted pair is two articles with
events in one canonical event.

Two modes:

- ``oracle``: each article becomes one hand-built event from its *annotated* date, city,
  state, victim names and number killed, so the merge logic itself is measured apart from
  extraction;
- ``pipeline``: the articles go through the extraction stages and into a temporary store, and
  :func:`faultlines.across.update.update_across` decides from what was extracted. GVDB gives no
  publication dates, so relative dates ("on Tuesday") cannot be resolved: this mode measures
  what the pipeline can do on undated local news.

Undated articles merge on a full name in common (a victim's, or a person's named in the
events' evidence who is not their quoted source) with agreeing places and compatible kinds (a
police shooting is an "attack" in one article and an exchange of fire in another). The gold
is the annotation's: articles whose annotation lacks the city or the victims, or gives a
date a day off, are never gold pairs, so some pipeline pairs counted false report the same
shooting (read ``false_pairs`` with ``--pairs``).
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faultlines.across.dedupe import cluster_mentions
from faultlines.across.names import person_name, same_person
from faultlines.across.records import Mention
from faultlines.eval.gvdb import find_dev_file

__all__ = ["GvdbIncident", "PairScore", "gold_pairs", "oracle_pairs", "pipeline_pairs", "read_incidents", "score_pairs"]

Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class GvdbIncident:
    """One article's annotated incident."""

    article_id: str
    title: str
    text: str
    date: str | None
    city: str | None
    state: str | None
    victims: tuple[str, ...]
    killed: int


@dataclass
class PairScore:
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    false_pairs: list[Pair] = field(default_factory=list)
    missed_pairs: list[Pair] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_pairs": self.gold,
            "predicted_pairs": self.predicted,
            "correct_pairs": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "false_pairs": [list(p) for p in self.false_pairs],
            "missed_pairs": [list(p) for p in self.missed_pairs],
        }


def read_incidents(path: Path, *, limit: int | None = None) -> list[GvdbIncident]:
    """The articles of a GVDB TSV split with their annotated incident."""
    csv.field_size_limit(sys.maxsize)
    incidents = []
    with find_dev_file(path).open(encoding="utf-8", newline="") as handle:
        for row in itertools.islice(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), limit):
            incidents.append(_incident(row["Article id"], row.get("Article title") or "", row["Full text"],
                                       json.loads(row["Json"])))  # fmt: skip
    return incidents


def _incident(article_id: str, title: str, text: str, annotation: dict[str, Any]) -> GvdbIncident:
    when = annotation.get("date-and-time") or {}
    victims = annotation.get("victim-section") or []
    names = tuple(
        dict.fromkeys(n for v in victims if (n := person_name(((v.get("name") or {}).get("value") or "").title())))
    )
    killed = sum("killed" in (v.get("victim-was") or []) for v in victims)
    # A few annotated city spans start inside the title's last word ("2016Chicago"): drop that.
    city = re.sub(r"^[0-9]+", "", ((when.get("city") or {}).get("value") or "")).strip() or None
    return GvdbIncident(article_id, title, text, iso_date(when.get("date")), city, when.get("state"), names, killed)


def iso_date(value: str | None) -> str | None:
    """'2015-2-8' -> '2015-02-08'; None for anything that is not a Y-M-D date."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", value or "")
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else None


def normalise_city(city: str | None) -> str:
    return re.sub(r"[^a-z]+", "", (city or "").lower())


def same_city(a: str | None, b: str | None) -> bool:
    x, y = normalise_city(a), normalise_city(b)
    if not x or not y:
        return False
    return x == y or (min(len(x), len(y)) >= 4 and (x.endswith(y) or y.endswith(x)))


def gold_pairs(incidents: list[GvdbIncident]) -> set[Pair]:
    """Article pairs with the same date, the same city and a victim name in common."""
    pairs = set()
    for a, b in itertools.combinations(incidents, 2):
        shared_victim = any(same_person(x, y) for x in a.victims for y in b.victims)
        if a.date and a.date == b.date and same_city(a.city, b.city) and shared_victim:
            pairs.add(_pair(a.article_id, b.article_id))
    return pairs


def oracle_mention(incident: GvdbIncident) -> Mention:
    """The article's annotated incident as one event mention (no coordinates: places by name)."""
    event_id = hashlib.sha1(f"gvdb:{incident.article_id}".encode()).hexdigest()
    return Mention(
        event_id=event_id, doc_id=incident.article_id, event_type="Violence against civilians",
        sub_event_type="Attack", kind="attack", modality="asserted",
        location=incident.city, country_code="US", admin1=incident.state, geo_precision=1 if incident.city else None,
        date_start=incident.date, date_end=incident.date, time_precision=1 if incident.date else None,
        fatalities=incident.killed, victims=incident.victims,
    )  # fmt: skip


def oracle_pairs(incidents: list[GvdbIncident]) -> set[Pair]:
    """Article pairs merged by the de-duplicator from the annotated fields."""
    return _pairs_of_clusters(
        [[m.doc_id for m in c.mentions] for c in cluster_mentions([oracle_mention(i) for i in incidents])]
    )


def pipeline_pairs(
    incidents: list[GvdbIncident], *, settings: Any, db: Path | None = None
) -> tuple[set[Pair], dict[str, Any]]:
    """Article pairs merged from what the extraction stages find; also a few counts.

    With ``db``, the extractions are kept in that store, and an existing store there is reused
    (so the merge can be re-scored without extracting again)."""
    if db is not None:
        return _pipeline_pairs_in(incidents, settings, db)
    with tempfile.TemporaryDirectory() as folder:
        return _pipeline_pairs_in(incidents, settings, Path(folder) / "gvdb.duckdb")


def _pipeline_pairs_in(incidents: list[GvdbIncident], settings: Any, db: Path) -> tuple[set[Pair], dict[str, Any]]:
    from faultlines.across.update import update_across
    from faultlines.pipeline import Pipeline
    from faultlines.store.database import Store

    fresh = not db.exists()
    store = Store(db)
    if fresh:
        store.write(list(Pipeline.from_settings(settings).pipe([_source(i) for i in incidents])))
    summary = update_across(store, force=True)
    with store.reader() as con:
        rows = con.execute(
            "SELECT canonical_id, list(DISTINCT doc_id) FROM canonical_members GROUP BY canonical_id"
        ).fetchall()
        dated = con.execute("SELECT count(*) FILTER (WHERE date_start IS NOT NULL), count(*) FROM events").fetchone()
    counts = {"events": summary.events, "canonical_events": summary.canonical_events, "merged": summary.merged,
              "events_dated": dated[0] if dated else 0}  # fmt: skip
    return _pairs_of_clusters([sorted(docs) for _, docs in rows]), counts


def _source(incident: GvdbIncident) -> Any:
    from faultlines.records import SourceDocument

    digest = hashlib.sha1(incident.text.encode()).hexdigest()
    return SourceDocument(
        incident.article_id, f"gvdb:{incident.article_id}", incident.text, digest, title=incident.title or None
    )


def score_pairs(gold: set[Pair], predicted: set[Pair]) -> PairScore:
    return PairScore(
        len(gold), len(predicted), len(gold & predicted), sorted(predicted - gold), sorted(gold - predicted)
    )


def _pairs_of_clusters(clusters: list[list[str]]) -> set[Pair]:
    return {_pair(a, b) for docs in clusters for a, b in itertools.combinations(sorted(set(docs)), 2)}


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)
