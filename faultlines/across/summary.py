"""An extractive summary of a story: a few of its own sentences, each cited to its document.

Sentences (outside boilerplate, 8 to 60 words) are scored by the cosine of their TF-IDF vector
with the story's centroid, plus a bonus when an extracted event's evidence lies in them and a
smaller one for a document's lead sentence. They are then chosen by maximal marginal relevance
(Carbonell & Goldstein 1998) so that the summary does not repeat itself, at most two per
document, and printed in the order of the documents' publication.
"""

from __future__ import annotations

from collections.abc import Mapping

from faultlines.across import text
from faultlines.across.corpus import DocumentView
from faultlines.across.records import SummarySentence

EVIDENCE_BONUS = 0.15
LEAD_BONUS = 0.1
DIVERSITY = 0.3  # weight of the redundancy penalty in MMR
_MIN_WORDS, _MAX_WORDS = 8, 60
_PER_DOCUMENT = 2


def summary_length(documents: int) -> int:
    return min(5, documents + 1)


def summarise(members: list[DocumentView], vectors: Mapping[str, text.Vector]) -> list[SummarySentence]:
    """The summary sentences of a story's documents, in publication order."""
    weights = text.idf(text.words(d.text) for d in members)
    centre = text.centroid(vectors[d.doc_id] for d in members)
    pool = [c for d in members for c in _candidates(d, weights, centre)]
    chosen: list[tuple[float, DocumentView, int, int, text.Vector]] = []
    per_doc: dict[str, int] = {}
    while pool and len(chosen) < summary_length(len(members)):
        best = max(pool, key=lambda c: (_mmr(c, chosen), -c[2], c[1].doc_id))
        pool.remove(best)
        if per_doc.get(best[1].doc_id, 0) < _PER_DOCUMENT:
            chosen.append(best)
            per_doc[best[1].doc_id] = per_doc.get(best[1].doc_id, 0) + 1
    chosen.sort(key=lambda c: (c[1].published or "9999", c[1].doc_id, c[2]))
    return [SummarySentence(d.doc_id, start, end, d.text[start:end], d.outlet) for _, d, start, end, _ in chosen]


def _candidates(
    document: DocumentView, weights: Mapping[str, float], centre: text.Vector
) -> list[tuple[float, DocumentView, int, int, text.Vector]]:
    found = []
    for index, (start, end) in enumerate(text.sentences(document.text, skip=document.boilerplate)):
        sentence_words = text.words(document.text[start:end])
        count = len(document.text[start:end].split())
        if not _MIN_WORDS <= count <= _MAX_WORDS or not sentence_words:
            continue
        vector = text.tfidf(sentence_words, weights)
        score = text.cosine(vector, centre)
        score += EVIDENCE_BONUS * any(s < end and start < e for s, e in document.evidence)
        score += LEAD_BONUS * (index == 0)
        found.append((score, document, start, end, vector))
    return found


def _mmr(candidate: tuple[float, DocumentView, int, int, text.Vector], chosen: list) -> float:  # type: ignore[type-arg]
    redundancy = max((text.cosine(candidate[4], c[4]) for c in chosen), default=0.0)
    return candidate[0] - DIVERSITY * redundancy
