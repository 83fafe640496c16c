"""What story clustering reads about each stored document."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from faultlines.store.database import Store


@dataclass
class DocumentView:
    doc_id: str
    title: str | None
    outlet: str | None
    published: str | None
    text: str
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    actors: dict[str, str] = field(default_factory=dict)  # actor_id -> name
    factions: dict[str, list[str]] = field(default_factory=dict)  # actor_id -> factions named
    intra_group: set[str] = field(default_factory=set)  # actors with an intra-group event here
    places: list[dict[str, object]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)  # events' (start, end)
    evidence: list[tuple[int, int]] = field(default_factory=list)


def load_documents(store: Store) -> dict[str, DocumentView]:
    """Every stored document with its actors, places, event kinds, dates and evidence spans."""
    with store.reader() as con:
        documents = {
            row[0]: DocumentView(row[0], row[1], row[2], row[3], row[4] or "", _spans(row[5]))
            for row in con.execute(
                "SELECT doc_id, title, outlet, CAST(published AS VARCHAR), text, boilerplate FROM documents "
                "ORDER BY doc_id"
            ).fetchall()
        }
        for doc_id, actor_id, name, factions in con.execute(
            "SELECT da.doc_id, da.actor_id, coalesce(a.name, da.actor_id), da.factions FROM document_actors da "
            "LEFT JOIN actors a USING (actor_id) ORDER BY da.doc_id, da.actor_id"
        ).fetchall():
            if doc_id in documents:
                documents[doc_id].actors[actor_id] = name
                documents[doc_id].factions[actor_id] = json.loads(factions) if factions else []
        for doc_id, name, country, admin1, lat, lon, precision in con.execute(
            "SELECT doc_id, coalesce(name, text), country_code, admin1, lat, lon, precision FROM places "
            "ORDER BY doc_id, start"
        ).fetchall():
            if doc_id in documents:
                documents[doc_id].places.append(
                    {"name": name, "country_code": country, "admin1": admin1, "lat": lat, "lon": lon,
                     "precision": precision}
                )  # fmt: skip
        _add_events(con, documents)
    return documents


def _add_events(con: object, documents: dict[str, DocumentView]) -> None:
    rows = con.execute(  # type: ignore[attr-defined]
        "SELECT doc_id, kind, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR), record, intra_group, actor1_id "
        "FROM events ORDER BY doc_id, event_id"
    ).fetchall()
    for doc_id, kind, start, end, record, intra_group, actor1_id in rows:
        document = documents.get(doc_id)
        if document is None:
            continue
        if intra_group and actor1_id:
            document.intra_group.add(actor1_id)
        if kind:
            document.kinds.append(kind)
        if start:
            document.dates.append((start, end or start))
        spans = json.loads(record).get("evidence") or [] if record else []
        document.evidence.extend((s["start"], s["end"]) for s in spans)


def _spans(value: str | None) -> list[tuple[int, int]]:
    return [(s["start"], s["end"]) for s in json.loads(value)] if value else []
