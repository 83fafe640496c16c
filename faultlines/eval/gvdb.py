"""Scoring casualty counts and the incident's city on the Gun Violence Database (GVDB).

GVDB (Pavlick et al., 2016; the splits of Ebner et al., 2020) annotates US local news about
shootings: per article the city, and a record per victim saying whether they were killed,
injured or hospitalised. Gold figures, per article:

- killed: the victim records whose ``victim-was`` contains "killed" (the dataset's README);
- injured: the records that were hurt and survived: ``victim-was`` holds "injured" or
  "hospitalized" and not "killed";
- city: the annotated city, when there is one (articles without one are left out of the city
  score); of a selection that runs over several lines, the last line.

Faultlines' figures come from one run of the extraction stages. Killed and injured come from the
casualties the claims stage reads (:func:`faultlines.attribution.casualties.totals`: the
largest toll a report repeats, people "shot" beyond the dead counted as injured). The events'
own fatalities are scored beside them (``killed_exact_events_where_stated``: the sum over the
document's events where any states a figure, else the casualties' figure); on the dev split
they score lower, because a shooting report names its dead in ways an event trigger does not
cover ("the victim later died", "his body was found"). The city is the dateline's, else the
first populated place of the body (the places stage; a neighbourhood gives way to the city
around it), else a place in the headline, else spaCy's first place name. The title goes on its
own line before the body, as a report would print it.

The file is a TSV read with ``csv.QUOTE_NONE`` (its text fields hold bare quotes) and a large
field size limit; columns: Article id, Article url, Article title, Full text, Json, Worker.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faultlines.errors import UsageError
from faultlines.gazetteer.geo import distance_km

__all__ = [
    "GvdbArticle",
    "GvdbPrediction",
    "GvdbScore",
    "article_text",
    "city_of",
    "dateline_city",
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
    injured: int
    city: str | None
    killed_events: int | None = None  # the events' figure, when any event states one


@dataclass
class GvdbScore:
    """Exact-match counts over the articles scored."""

    articles: int = 0
    killed_exact: int = 0
    injured_exact: int = 0
    city_articles: int = 0
    city_correct: int = 0
    killed_exact_events_first: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    stage_failures: dict[str, int] = field(default_factory=dict)

    def rate(self, hits: int, total: int) -> float:
        return hits / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "killed_exact": round(self.rate(self.killed_exact, self.articles), 4),
            "injured_exact": round(self.rate(self.injured_exact, self.articles), 4),
            "city": round(self.rate(self.city_correct, self.city_articles), 4),
            "city_articles": self.city_articles,
            "killed_exact_events_where_stated": round(self.rate(self.killed_exact_events_first, self.articles), 4),
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


def predict(analysis: Any, *, title_end: int = 0) -> GvdbPrediction:
    """Faultlines' figures for one analysed article."""
    from faultlines.attribution.casualties import find_casualties, totals

    killed, injured = totals(find_casualties(analysis.doc)) if analysis.doc is not None else (0, 0)
    stated = [e.fatalities.best for e in analysis.events if e.fatalities.best is not None]
    killed_events = sum(stated) if stated else None
    return GvdbPrediction(killed, injured, city_of(analysis, title_end=title_end), killed_events)


# "CHARLESTON, S.C. (WCIV) —", "PITTSBURGH —", "AURORA, Colo. (CBS4) –": a city in capitals,
# an optional state and outlet, then a dash, at the start of the body
_DATELINE = re.compile(
    r"(?<![A-Za-z])(?P<city>[A-Z][A-Z.'’\-]*[A-Z.](?: [A-Z][A-Z.'’\-]*[A-Z.]){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?\.?)?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:--|[—–-])"
)
_DATELINE_REACH = 120


def city_of(analysis: Any, *, title_end: int = 0) -> str | None:
    """The incident's city: the dateline's, else the first populated place of the body (or the
    city around it), else a place in the headline, else the first place name spaCy found.
    ``title_end`` is where the headline stops when the text runs it into the body."""
    title_end = max(title_end, analysis.clean.title.end if analysis.clean.title is not None else 0)
    body = analysis.text[title_end : title_end + _DATELINE_REACH]
    if analysis.clean.dateline is not None:
        return dateline_city(analysis.clean.dateline.text)
    dateline = _DATELINE.search(body)
    if dateline is not None:
        return dateline.group("city")
    places = [p for p in analysis.places if p.feature_code not in ("ADM1", "PCLI") and p.lat is not None]
    towns = [p for p in places if (p.feature_code or "").startswith("PPL")]
    body_places = [p for p in towns if p.start >= title_end]
    headline = [p for p in places if p.start < title_end]
    if body_places or headline:
        return _containing_city(analysis.text, (body_places or headline)[0], towns).text
    names = [e for e in getattr(analysis.doc, "ents", ()) if e.label_ == "GPE"]
    return names[0].text if names else None


_NEIGHBOURHOOD = re.compile(r"\s+(?:neighbou?rhood|section|community)\b", re.I)
_CITY_KM = 25.0


def _containing_city(text: str, place: Any, towns: list[Any]) -> Any:
    """A place the report calls a neighbourhood ("the Rogers Park neighborhood", "the Mott Haven
    section") is not a city: the town near it that the report names most, when it names one."""
    same = [p for p in towns if p.name == place.name]
    if not any(_NEIGHBOURHOOD.match(text, p.end) for p in same):
        return place
    near = [q for q in towns if q.name != place.name and distance_km(place.lat, place.lon, q.lat, q.lon) <= _CITY_KM]
    if not near:
        return place
    counts = Counter(q.name for q in near)
    return max(near, key=lambda q: (counts[q.name], -q.start))


def dateline_city(dateline: str) -> str:
    """ "AURORA, Colo. (CBS4) –" -> "AURORA"; "Associated Press MEMPHIS, Tenn." -> "MEMPHIS";
    "Port St. Lucie, Fla. —" -> "Port St. Lucie"."""
    match = _DATELINE.search(dateline)
    if match is not None:
        return match.group("city")
    return re.split(r"\s*(?:[,(]|--|[—–]|\s-)", dateline.strip(), maxsplit=1)[0]


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
        result.injured_exact += prediction.injured == article.injured
        events_first = prediction.killed_events if prediction.killed_events is not None else prediction.killed
        result.killed_exact_events_first += events_first == article.killed
        city_ok = None
        if article.city is not None:
            result.city_articles += 1
            city_ok = normalise_city(prediction.city) == normalise_city(article.city)
            result.city_correct += city_ok
        if prediction.killed != article.killed or prediction.injured != article.injured or city_ok is False:
            result.misses.append(
                {"id": article.article_id, "killed": [article.killed, prediction.killed],
                 "injured": [article.injured, prediction.injured], "city": [article.city, prediction.city]}
            )  # fmt: skip
    return result


def analyse(
    texts: list[str],
    *,
    settings: Any,
    progress: Callable[[int], None] | None = None,
    failures: dict[str, int] | None = None,
) -> Iterator[Any]:
    """Each text through clean, nlp and the extraction stages that are installed; the Analysis
    objects come out in order, their spaCy Doc kept (the counts and the city read it). A stage
    that breaks on one article is counted in ``failures`` and the article goes on without it."""
    from faultlines.analysis import Analysis
    from faultlines.errors import CodedError
    from faultlines.records import SourceDocument
    from faultlines.stages.clean import clean

    resources = _resources(settings)
    stages = _installed_stages(resources)
    sources = [
        SourceDocument(f"gvdb-{i}", "gvdb", text, hashlib.sha1(text.encode()).hexdigest())
        for i, text in enumerate(texts)
    ]
    cleaned = [clean(source) for source in sources]
    parsed = resources.nlp.pipe((c.body for c in cleaned), batch_size=settings.batch_size)
    for done, (document, doc) in enumerate(zip(cleaned, parsed, strict=True), start=1):
        analysis = Analysis(clean=document, doc=doc)
        for info in stages:
            try:
                analysis = info.function(analysis, resources)
            except (CodedError, ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError):
                if failures is not None:  # scored without that stage, as the pipeline would store it
                    failures[info.name] = failures.get(info.name, 0) + 1
        if progress is not None:
            progress(done)
        yield analysis


def _resources(settings: Any) -> Any:
    """The pipeline's resources; without a gazetteer or actor file, plain spaCy."""
    from faultlines.errors import ResourceError
    from faultlines.resources import Resources, load_resources
    from faultlines.stages.nlp import load_spacy

    try:
        return load_resources(settings)
    except (ImportError, ResourceError):
        return Resources(settings=settings, nlp=load_spacy(settings.spacy_model), gazetteer=None, actors=None)  # type: ignore[arg-type]


def _installed_stages(resources: Any) -> list[Any]:
    from faultlines.errors import FaultlinesError
    from faultlines.pipeline import EXTRACTION_STAGES
    from faultlines.registry import get_stage

    stages = []
    for name in EXTRACTION_STAGES:
        if name == "faultlines.places.v1" and resources.gazetteer is None:
            continue
        try:
            stages.append(get_stage(name))
        except (FaultlinesError, ImportError):
            continue  # a stage not written yet: score what is there
    return stages


def evaluate(
    path: Path, *, settings: Any, limit: int | None = None, progress: Callable[[int], None] | None = None
) -> GvdbScore:
    """Score Faultlines on the GVDB file (or folder) at ``path``."""
    articles = read_gvdb(path)
    articles = articles[:limit] if limit else articles
    failures: dict[str, int] = {}
    texts = [article_text(a) for a in articles]
    analyses = analyse(texts, settings=settings, progress=progress, failures=failures)
    predictions = [predict(a, title_end=_title_end(art)) for art, a in zip(articles, analyses, strict=True)]
    result = score(articles, predictions)
    result.stage_failures = failures
    return result
