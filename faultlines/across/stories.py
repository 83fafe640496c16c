"""Documents grouped into stories: one developing situation, told by several reports.

Two documents are linked when (similarity in brackets):

- they are near-duplicates: MinHash estimate of the Jaccard similarity of their word 5-grams
  at least :data:`NEAR_DUPLICATE` (1.0);
- they report one canonical event (1.0);
- their *profiles* are alike: cosine of TF-IDF vectors over the body's content words plus the
  document's actors, event kinds and places (the cosine). Only documents sharing one of their
  top terms are compared, through a term index; a term among the top terms of more than
  :data:`_MAX_POSTINGS` documents says little about any pair of them and proposes none.

Documents that follow one *thread*, describing divisions inside the same actor (an intra-group
event of it, or at least two of its factions named), start in one cluster: the thread of the
actor with the most such documents (ties by actor id). Each is linked to the thread's first
document (:data:`THREAD`) to say why.

Word weights come from the stored corpus itself (IDF), which under-weights a story's own
vocabulary when the corpus is small and all about one story: the thread covers the case
Faultlines exists for, reports of one organisation's internal fractures.

Stories are the average-link clusters of that graph at :data:`THRESHOLD`, starting from the
threads (:mod:`faultlines.across.linkage`), so one loose link cannot chain two stories
together. Every step is near-linear in the number of documents (no all-pairs comparison), so
the whole store is regrouped after each ingest.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping

import numpy as np

from faultlines.across import minhash, text
from faultlines.across.corpus import DocumentView
from faultlines.across.linkage import average_link
from faultlines.across.records import Story
from faultlines.across.summary import summarise

NEAR_DUPLICATE = 0.5
THRESHOLD = 0.25
THREAD = 0.5
_CANDIDATE_TERMS = 25  # documents are compared when they share one of their top terms
_MAX_POSTINGS = 200  # ... unless that term is a top term of more documents than this
_FEATURE_REPEAT = {"actor": 3, "kind": 2, "place": 2}


def profile_terms(document: DocumentView) -> list[str]:
    """Content words of the body (boilerplate left out), plus actor, kind and place features."""
    terms = text.words(blank(document.text, document.boilerplate))
    terms += [f"actor:{a}" for a in sorted(document.actors)] * _FEATURE_REPEAT["actor"]
    terms += [f"kind:{k}" for k in document.kinds] * _FEATURE_REPEAT["kind"]
    names = {str(p.get("admin1") or p.get("name")) for p in document.places if p.get("precision") in (1, 2)}
    terms += [f"place:{n.lower()}" for n in sorted(names)] * _FEATURE_REPEAT["place"]
    return terms


def document_links(
    documents: Mapping[str, DocumentView], shared_events: Mapping[str, list[str]]
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], str], dict[str, text.Vector], list[list[str]]]:
    """(similarity, reason) of linked document pairs, each document's profile vector, and the threads."""
    terms = {doc_id: profile_terms(d) for doc_id, d in documents.items()}
    weights = text.idf(terms.values())
    vectors = {doc_id: text.tfidf(t, weights) for doc_id, t in terms.items()}
    similarity: dict[tuple[str, str], float] = {}
    reasons: dict[tuple[str, str], str] = {}
    for (a, b), value in sorted(_content_links(vectors, THRESHOLD / 4).items()):
        similarity[(a, b)], reasons[(a, b)] = value, f"similar content (cosine {value:.2f})"
    signatures = {d: minhash.signature(minhash.shingles(text.words(v.text))) for d, v in documents.items()}
    for a, b, value in minhash.near_duplicates(signatures, NEAR_DUPLICATE):
        similarity[(a, b)], reasons[(a, b)] = 1.0, f"near-duplicate text (Jaccard ~{value:.2f})"
    threads = _threads(documents)
    for actor, doc_ids in sorted(threads.items()):
        for b in doc_ids[1:]:
            if similarity.get((doc_ids[0], b), 0.0) < THREAD:
                similarity[(doc_ids[0], b)], reasons[(doc_ids[0], b)] = THREAD, f"divisions inside {actor}"
    for canonical_id, doc_ids in sorted(shared_events.items()):
        for i, a in enumerate(sorted(set(doc_ids))):
            for b in sorted(set(doc_ids))[i + 1 :]:
                similarity[(a, b)], reasons[(a, b)] = 1.0, f"report the same incident ({canonical_id})"
    return similarity, reasons, vectors, list(threads.values())


def build_stories(documents: Mapping[str, DocumentView], shared_events: Mapping[str, list[str]]) -> list[Story]:
    """Stories of the documents; ``shared_events`` maps a canonical event to its documents."""
    similarity, reasons, vectors, threads = document_links(documents, shared_events)
    groups = average_link(documents, similarity, THRESHOLD, groups=threads)
    story_of = {doc_id: i for i, group in enumerate(groups) for doc_id in group}
    links: list[list[dict[str, object]]] = [[] for _ in groups]
    for (a, b), value in sorted(similarity.items()):
        if story_of[a] == story_of[b] and value >= THRESHOLD:
            links[story_of[a]].append({"a": a, "b": b, "similarity": round(value, 3), "reason": reasons[(a, b)]})
    events_of = defaultdict(set)
    for canonical_id, doc_ids in shared_events.items():
        for doc_id in doc_ids:
            events_of[doc_id].add(canonical_id)
    stories = []
    for group, story_links in zip(groups, links, strict=True):
        members = [documents[d] for d in group]
        stories.append(_story(members, vectors, story_links, sorted(set().union(*(events_of[d] for d in group)))))
    return stories


def _story(
    members: list[DocumentView],
    vectors: Mapping[str, text.Vector],
    links: list[dict[str, object]],
    canonical_ids: list[str],
) -> Story:
    anchor = min(members, key=lambda d: (d.published is None, d.published or "", d.doc_id))
    central = _central(members, vectors)
    dates = [day for d in members for pair in d.dates for day in pair] or [d.published for d in members if d.published]
    return Story(
        story_id="st-" + hashlib.sha1(f"story:{anchor.doc_id}".encode()).hexdigest()[:20],
        title=central.title or _label(members),
        doc_ids=tuple(d.doc_id for d in members),
        period_start=min(dates) if dates else None,
        period_end=max(dates) if dates else None,
        actors=tuple(_top_actors(members)),
        places=tuple(_top_places(members)),
        summary=tuple(summarise(members, vectors)),
        canonical_ids=tuple(canonical_ids),
        links=tuple(links),
    )


def _central(members: list[DocumentView], vectors: Mapping[str, text.Vector]) -> DocumentView:
    """The member most similar to the others: the sum of its cosines with them is its cosine
    with the sum of all vectors less its own (one pass, not all pairs)."""
    total: dict[str, float] = defaultdict(float)
    for d in members:
        for term, value in vectors[d.doc_id].items():
            total[term] += value

    def mean_similarity(d: DocumentView) -> float:
        vector = vectors[d.doc_id]
        return text.cosine(vector, total) - text.cosine(vector, vector)

    return min(members, key=lambda d: (-round(mean_similarity(d), 9), d.doc_id))


def _top_actors(members: list[DocumentView], n: int = 5) -> list[dict[str, object]]:
    counts = Counter(a for d in members for a in d.actors)
    names = {a: name for d in members for a, name in d.actors.items()}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return [{"actor_id": a, "name": names[a], "documents": c} for a, c in ranked]


def _top_places(members: list[DocumentView], n: int = 5) -> list[dict[str, object]]:
    counts: Counter[str] = Counter()
    first: dict[str, dict[str, object]] = {}
    for d in members:
        for place in d.places:
            name = str(place["name"])
            counts[name] += 1
            first.setdefault(name, place)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return [{**first[name], "mentions": c} for name, c in ranked]


def _label(members: list[DocumentView]) -> str:
    actors = _top_actors(members, 1)
    kinds = Counter(k for d in members for k in d.kinds).most_common(2)
    places = _top_places(members, 1)
    what = " and ".join(k.replace("_", " ") for k, _ in kinds) or "reports"
    who = f"{actors[0]['name']}: " if actors else ""
    where = f" in {places[0]['name']}" if places else ""
    return f"{who}{what}{where}"


def divided_actors(document: DocumentView) -> set[str]:
    """Actors whose internal divisions the document describes."""
    named = {a for a, factions in document.factions.items() if len(set(factions)) >= 2}
    return named | document.intra_group


def _threads(documents: Mapping[str, DocumentView]) -> dict[str, list[str]]:
    """Actor -> the documents (at least two, sorted) of its thread; each document in one thread."""
    by_actor: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(documents):
        for actor in divided_actors(documents[doc_id]):
            by_actor[actor].append(doc_id)
    rank = {actor: (-len(doc_ids), actor) for actor, doc_ids in by_actor.items()}
    threads: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(documents):
        actors = divided_actors(documents[doc_id])
        if actors:
            threads[min(actors, key=rank.__getitem__)].append(doc_id)
    return {actor: doc_ids for actor, doc_ids in sorted(threads.items()) if len(doc_ids) > 1}


def _content_links(vectors: Mapping[str, text.Vector], floor: float) -> dict[tuple[str, str], float]:
    """The cosine of each pair sharing one of their top terms, where it reaches ``floor``.

    Each document's partners come from a term index and their cosines are computed together
    (the document's vector spread over the vocabulary, the partners' terms gathered from it),
    so no all-pairs table is ever built."""
    ids = sorted(vectors)
    vocabulary: dict[str, int] = {}
    terms = [np.fromiter((vocabulary.setdefault(t, len(vocabulary)) for t in vectors[d]), np.int64) for d in ids]
    weights = [np.fromiter(vectors[d].values(), np.float64) for d in ids]
    postings: dict[str, list[int]] = defaultdict(list)
    tops = []
    for i, doc_id in enumerate(ids):
        top = [t for t, _ in sorted(vectors[doc_id].items(), key=lambda kv: (-kv[1], kv[0]))[:_CANDIDATE_TERMS]]
        tops.append(top)
        for term in top:
            postings[term].append(i)
    dense = np.zeros(len(vocabulary))
    links: dict[tuple[str, str], float] = {}
    for i, top in enumerate(tops):
        partners = sorted(
            {j for t in top if len(postings[t]) <= _MAX_POSTINGS for j in postings[t] if j > i and len(terms[j])}
        )
        if not partners:
            continue
        dense[terms[i]] = weights[i]
        products = dense[np.concatenate([terms[j] for j in partners])] * np.concatenate([weights[j] for j in partners])
        starts = np.cumsum([0] + [len(terms[j]) for j in partners[:-1]])
        dense[terms[i]] = 0.0
        for j, value in zip(partners, np.add.reduceat(products, starts), strict=True):
            if value >= floor:
                links[(ids[i], ids[j])] = float(value)
    return links


def blank(body: str, spans: list[tuple[int, int]]) -> str:
    """``body`` with the characters of ``spans`` replaced by spaces (offsets kept)."""
    chars = list(body)
    for start, end in spans:
        chars[start:end] = " " * (min(end, len(chars)) - start)
    return "".join(chars)
