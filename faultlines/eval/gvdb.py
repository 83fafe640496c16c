"""Scoring death counts and the incident's city on the Gun Violence Database (GVDB).

GVDB (Pavlick et al., 2016; the splits of Ebner et al., 2020) annotates US local news about
shootings: per article the city, and a record per victim saying whether they were killed,
injured or hospitalised. Gold figures, per article:

- killed: the victim records whose ``victim-was`` contains "killed" (the dataset's README);
- injured: the records that were hurt and survived (kept in the gold, not scored: the product's
  records carry no injury count, ACLED's neither);
- city: the annotated city, when there is one (articles without one are left out of the city
  score); of a selection that runs over several lines, the last line.

Faultlines' figures are read from what ``faultlines extract`` prints for the article (the
contract record of :class:`~faultlines.pipeline.Pipeline`), nothing else: killed is the sum of
the fatalities of the events the report says happened or were attempted (what an ACLED export
of the article sums to), the city is the place of its main event (the one with most dead, then
the most confident, then the first). The title goes on its own line before the body, as a report
would print it.

The file is a TSV read with ``csv.QUOTE_NONE`` (its text fields hold bare quotes) and a large
field size limit; columns: Article id, Article url, Article title, Full text, Json, Worker.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faultlines.errors import UsageError

if TYPE_CHECKING:
    from faultlines.config import Settings

__all__ = [
    "GvdbArticle",
    "GvdbPrediction",
    "GvdbScore",
    "article_text",
    "city_of",
    "gold_of",
    "predict",
    "read_gvdb",
    "score",
]


@dataclass(frozen=True, slots=True)
class GvdbArticle:
    article_id: str
    title: str
    text: str
    killed: int
    injured: int
    city: str | None


@dataclass(frozen=True, slots=True)
class GvdbPrediction:
    killed: int
    city: str | None


@dataclass
class GvdbScore:
    """Exact-match counts over the articles scored."""

    articles: int = 0
    killed_exact: int = 0
    city_articles: int = 0
    city_correct: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    stage_failures: dict[str, int] = field(default_factory=dict)

    def rate(self, hits: int, total: int) -> float:
        return hits / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "killed_exact": round(self.rate(self.killed_exact, self.articles), 4),
            "city": round(self.rate(self.city_correct, self.city_articles), 4),
            "city_articles": self.city_articles,
            "stage_failures": dict(self.stage_failures),
        }


def find_dev_file(path: Path) -> Path:
    """``path`` itself, or the ``dev.tsv`` (else the only ``*.tsv``) in a folder."""
    if path.is_file():
        return path
    if path.is_dir():
        if (path / "dev.tsv").is_file():
            return path / "dev.tsv"
        tsvs = sorted(path.glob("*.tsv"))
        if len(tsvs) == 1:
            return tsvs[0]
    raise UsageError(f"no GVDB file at {path}: give dev.tsv or the folder that holds it")


def read_gvdb(path: Path) -> list[GvdbArticle]:
    """The articles of a GVDB TSV split, with their gold figures."""
    csv.field_size_limit(sys.maxsize)
    articles = []
    with find_dev_file(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            try:
                annotation = json.loads(row["Json"])
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise UsageError(f"article {row.get('Article id')} has no readable Json column: {e}") from e
            killed, injured, city = gold_of(annotation)
            articles.append(
                GvdbArticle(row["Article id"], row.get("Article title") or "", row["Full text"], killed, injured, city)
            )
    return articles


def gold_of(annotation: dict[str, Any]) -> tuple[int, int, str | None]:
    """(killed, injured, city) from one article's annotation."""
    victims = annotation.get("victim-section") or []
    outcomes = [set(v.get("victim-was") or []) for v in victims]
    killed = sum("killed" in o for o in outcomes)
    injured = sum(bool(o & {"injured", "hospitalized"}) and "killed" not in o for o in outcomes)
    city = ((annotation.get("date-and-time") or {}).get("city") or {}).get("value") or ""
    # Some annotators' selections run on from the page header above the dateline
    # ("publication date: 1/27/2016Woman shot ...\nDETROIT"): the city is the last line.
    city = city.strip().splitlines()[-1] if city.strip() else ""
    return killed, injured, city.strip() or None


def normalise_city(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (name or "").lower().replace("saint ", "st ").replace("st. ", "st ")).strip()


REPORTED = frozenset({"asserted", "alleged", "attempted_failed"})


def predict(record: dict[str, Any]) -> GvdbPrediction:
    """Faultlines' figures for one article, from its contract record."""
    events = [e for e in record.get("events", ()) if e.get("modality") in REPORTED]
    stated = [e["fatalities"]["best"] for e in events if (e.get("fatalities") or {}).get("best") is not None]
    return GvdbPrediction(killed=sum(stated), city=city_of(events))


def city_of(events: list[dict[str, Any]]) -> str | None:
    """The town of the main event: the one with most dead, then the most confident, then the first."""
    # a place located only inside a known one has no feature code: no town of the gazetteer
    placed = [e for e in events if e.get("place") and (e["place"].get("feature_code") or "").startswith("PPL")]
    if not placed:
        return None

    def weight(event: dict[str, Any]) -> tuple[int, float]:
        return ((event.get("fatalities") or {}).get("best") or 0, event.get("confidence") or 0.0)

    main = max(placed, key=weight)  # max keeps the first of equals
    return main["place"].get("name") or main["place"].get("text")


def _title_end(article: GvdbArticle) -> int:
    """GVDB's "Full text" starts with the title, with no separator."""
    return len(article.title) if article.title and article.text.startswith(article.title) else 0


def article_text(article: GvdbArticle) -> str:
    """The title on its own line: run together, its last word and the body's first merge into
    one token ("HomeOklahoma City police")."""
    end = _title_end(article)
    return f"{article.text[:end]}\n\n{article.text[end:].lstrip()}" if end else article.text


def score(articles: list[GvdbArticle], predictions: list[GvdbPrediction]) -> GvdbScore:
    result = GvdbScore()
    for article, prediction in zip(articles, predictions, strict=True):
        result.articles += 1
        result.killed_exact += prediction.killed == article.killed
        city_ok = None
        if article.city is not None:
            result.city_articles += 1
            city_ok = normalise_city(prediction.city) == normalise_city(article.city)
            result.city_correct += city_ok
        if prediction.killed != article.killed or city_ok is False:
            result.misses.append(
                {"id": article.article_id, "killed": [article.killed, prediction.killed],
                 "city": [article.city, prediction.city]}
            )  # fmt: skip
    return result


def evaluate(
    path: Path, *, settings: Settings, limit: int | None = None, progress: Callable[[int], None] | None = None
) -> GvdbScore:
    """Score what ``faultlines extract`` prints for each article of the GVDB file at ``path``."""
    from faultlines.contract import to_contract
    from faultlines.pipeline import Pipeline, source_of

    articles = read_gvdb(path)
    articles = articles[:limit] if limit else articles
    pipeline = Pipeline.from_settings(settings)
    sources = (source_of(article_text(a), f"gvdb-{a.article_id}") for a in articles)
    predictions, failures = [], Counter()
    for done, result in enumerate(pipeline.pipe(sources), start=1):
        failures.update(f.stage for f in result.failures)
        predictions.append(predict(to_contract(result)))
        if progress is not None:
            progress(done)
    scored = score(articles, predictions)
    scored.stage_failures = dict(failures)
    return scored
