"""Geoparsing evaluation: readers for the LGL / TR-News and GeoVirus XML formats, and the scores
geocoders are compared by.

Both scores are of what the product outputs. Resolution (given the gold toponyms, as
``faultlines resolve-places`` takes them): accuracy within 161 km (100 miles), mean and median
error in km, exact GeoNames match where the corpus has ids. Recognition (end to end): the
``places`` the product's pipeline finds (:class:`~faultlines.pipeline.Pipeline`, with the place
stage ``faultlines.places.v1``), scored by precision, recall and F1 on exact spans. TR-News and
LGL annotate country adjectives ("Turkish"), and all three the places heading organisations'
names ("the U.S. Centers for Disease Control"); neither is a place of the product's, so with
``demonyms`` the recogniser's :func:`~faultlines.gazetteer.recognise.corpus_extras` are added
and counted apart (``corpus_extras``): heads for every corpus, adjectives only for those that
annotate them (GeoVirus does not).

Example::

    docs = read_corpus("TR-News.xml")
    report = score_resolution(docs, lambda d: resolve_spans(d.text, d.spans, gazetteer))
"""

from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faultlines.config import Settings
from faultlines.errors import UsageError
from faultlines.gazetteer.geo import distance_km
from faultlines.records import Place

ACCURACY_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class GeoDoc:
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    adjectives_annotated: bool = False  # TR-News and LGL count "Turkish" as a toponym

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(t.start, t.end) for t in self.toponyms]


@dataclass(slots=True)
class ResolutionScore:
    total: int = 0  # gold toponyms with coordinates
    resolved: int = 0
    within: int = 0  # resolved within ACCURACY_KM (unresolved count as misses)
    errors_km: list[float] = field(default_factory=list)
    with_id: int = 0
    id_match: int = 0

    def as_dict(self) -> dict[str, float | int | None]:
        errors = self.errors_km
        return {
            "toponyms": self.total,
            "resolved": self.resolved,
            "accuracy_161km": round(self.within / self.total, 4) if self.total else None,
            "mean_km": round(statistics.fmean(errors), 1) if errors else None,
            "median_km": round(statistics.median(errors), 1) if errors else None,
            "exact_id": round(self.id_match / self.with_id, 4) if self.with_id else None,
        }


@dataclass(slots=True)
class RecognitionScore:
    gold: int = 0
    predicted: int = 0
    correct: int = 0

    def as_dict(self) -> dict[str, float | int]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
        }


# -- readers -------------------------------------------------------------------------------------
def read_corpus(path: str | Path) -> list[GeoDoc]:
    """Read an LGL / TR-News (``<toponyms>``) or GeoVirus (``<locations>``) XML file."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise UsageError(f"cannot read {path}: {e}: give an LGL, TR-News or GeoVirus XML file") from e
    docs = []
    for n, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        doc_id = article.get("docid") or (article.findtext("source") or "").strip() or str(n)
        lgl = article.find("toponyms") is not None
        toponyms = _lgl_toponyms(article, text) if lgl else _geovirus_locations(article, text)
        docs.append(GeoDoc(f"{n}:{doc_id}", text, tuple(sorted(toponyms, key=lambda t: t.start)), lgl))
    return docs


def _lgl_toponyms(article: ET.Element, text: str) -> list[GoldToponym]:
    out = []
    for t in article.iter("toponym"):
        start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
        tag = t.find("gaztag")
        lat = lon = None
        gid = None
        if tag is not None:
            lat, lon = _float(tag.findtext("lat")), _float(tag.findtext("lon"))
            gid = int(tag.get("geonameid")) if (tag.get("geonameid") or "").isdigit() else None
        start, end = _align(text, start, end, t.findtext("phrase"))
        out.append(GoldToponym(start, end, text[start:end], lat, lon, gid))
    return out


def _geovirus_locations(article: ET.Element, text: str) -> list[GoldToponym]:
    out = []
    for loc in article.iter("location"):
        start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
        start, end = _align(text, start, end, loc.findtext("name"))
        out.append(GoldToponym(start, end, text[start:end], _float(loc.findtext("lat")), _float(loc.findtext("lon"))))
    return out


def _align(text: str, start: int, end: int, phrase: str | None, window: int = 40) -> tuple[int, int]:
    """Offsets as given when they cover the phrase, else the nearest occurrence of the phrase:
    GeoVirus counts from 1, and some TR-News articles are shifted by a few characters."""
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - window)
    hits = [lo + i for i in _find_all(text[lo : end + window], phrase)]
    if not hits:
        return start, end
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(phrase)


def _find_all(text: str, phrase: str) -> list[int]:
    out, i = [], text.find(phrase)
    while i >= 0:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None and value.strip() else None
    except ValueError:
        return None


# -- scorers -------------------------------------------------------------------------------------
def score_resolution(docs: Iterable[GeoDoc], resolve: Callable[[GeoDoc], Sequence[Place]]) -> ResolutionScore:
    """Resolve each document's gold spans and compare the points with the gold ones."""
    score = ResolutionScore()
    for doc in docs:
        places = resolve(doc)
        for gold, place in zip(doc.toponyms, places, strict=True):
            if gold.lat is None or gold.lon is None:
                continue
            score.total += 1
            if gold.geonameid is not None:
                score.with_id += 1
                score.id_match += int(place.geonameid == gold.geonameid)
            if place.lat is None or place.lon is None:
                continue
            score.resolved += 1
            error = distance_km(gold.lat, gold.lon, place.lat, place.lon)
            score.errors_km.append(error)
            score.within += int(error <= ACCURACY_KM)
    return score


def score_recognition(
    docs: Iterable[GeoDoc], recognise: Callable[[GeoDoc], Iterable[tuple[int, int]]]
) -> RecognitionScore:
    """Exact-span toponym precision and recall."""
    score = RecognitionScore()
    for doc in docs:
        gold = set(doc.spans)
        predicted = set(recognise(doc))
        score.gold += len(gold)
        score.predicted += len(predicted)
        score.correct += len(gold & predicted)
    return score


def evaluate_file(path: Path, settings: Settings, *, recognition: bool = True, demonyms: bool = True) -> dict:
    """Both scores for one corpus file, as a JSON-ready dict (with the resolution speed)."""
    from faultlines.gazetteer.index import Gazetteer
    from faultlines.gazetteer.resolve import resolve_spans

    docs = read_corpus(path)
    gazetteer = Gazetteer.load(settings)
    started = time.perf_counter()
    resolution = score_resolution(docs, lambda d: resolve_spans(d.text, d.spans, gazetteer))
    seconds = time.perf_counter() - started
    report: dict = {
        "documents": len(docs),
        "resolution": resolution.as_dict(),
        "toponyms_per_second": round(sum(len(d.toponyms) for d in docs) / max(seconds, 1e-9)),
    }
    if recognition:
        report["recognition"] = product_recognition(docs, settings, gazetteer, demonyms=demonyms)
    return report


def product_recognition(docs: list[GeoDoc], settings: Settings, gazetteer: Any, *, demonyms: bool) -> dict:
    """The product's places, found by the product's pipeline; plus, with ``demonyms``, the places
    heading organisations' names and, for corpora that annotate them, country adjectives
    (counted apart as ``corpus_extras``)."""
    from faultlines.gazetteer.recognise import corpus_extras
    from faultlines.pipeline import Pipeline

    pipeline = Pipeline.from_settings(settings)
    spans: dict[str, set[tuple[int, int]]] = {}
    extras = 0
    for d, analysis in zip(docs, pipeline.analyse((d.doc_id, d.text) for d in docs), strict=True):
        found = {(p.start, p.end) for p in analysis.places}
        if demonyms and analysis.doc is not None:
            added = set(corpus_extras(analysis.doc, gazetteer, adjectives=d.adjectives_annotated)) - found
            extras += len(added)
            found |= added
        spans[d.doc_id] = found
    return {**score_recognition(docs, lambda d: spans[d.doc_id]).as_dict(), "corpus_extras": extras}
