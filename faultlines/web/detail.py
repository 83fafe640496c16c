"""What the document and event pages show, assembled from the store (and ``across``)."""

from __future__ import annotations

from typing import Any

from faultlines.store import read
from faultlines.store.database import Store
from faultlines.store.queries import EventFilter, get_document
from faultlines.store.review import audit_trail
from faultlines.web import across, data, why
from faultlines.web.highlight import Mark, event_marks, part_of, segments, windows

# A page shows a long report this many characters at a time (about 15 printed pages).
PART_CHARS = 50_000


def document_marks(document: dict[str, Any], events: list[dict[str, Any]]) -> list[Mark]:
    """Entities, places, claims and every event's evidence, each with an anchor the side lists use."""
    marks: list[Mark] = []
    for i, e in enumerate(document["entities"]):
        marks.append(Mark(e["start"], e["end"], "entity", f"{e['label']}: {e['actor_id'] or e['text']}", f"ent-{i}"))
    for i, p in enumerate(document["places"]):
        marks.append(Mark(p["start"], p["end"], "place", f"place: {p['name'] or p['text']}", f"pl-{i}"))
    for i, c in enumerate(document["claims"]):
        if c["start"] is not None:
            marks.append(Mark(c["start"], c["end"], "claim", f"claim: {c['what'] or c['text']}", f"cl-{i}"))
    for i, row in enumerate(events):
        record = row["record"]
        label = f"event: {row['event_type']} / {row['sub_event_type']}"
        for j, span in enumerate(record.get("evidence") or []):
            marks.append(Mark(span["start"], span["end"], "evidence", label, f"ev-{i}" if j == 0 else None))
        trigger = record.get("trigger")
        if trigger:
            marks.append(Mark(trigger["start"], trigger["end"], "trigger", label))
    return marks


def document_view(store: Store, doc_id: str, *, part: int = 1, highlight: bool = True) -> dict[str, Any] | None:
    """A document with what was found in it; the text of one part (``part``, 1-based) cut into
    highlighted segments, so a page costs the same whatever the report's length. None when
    there is no such document or part. ``highlight`` False: no segments (the API)."""
    document = get_document(store, doc_id, exact=True)
    if document is None:
        return None
    parts = windows(document["text"], PART_CHARS)
    if not 1 <= part <= len(parts):
        return None
    events = read.events(store, EventFilter(doc_id=document["doc_id"]))
    document["events"] = events
    document["actors"] = data.document_actors(store, document["doc_id"])
    if not highlight:  # the API: the whole text with offsets, no segments
        return document
    start, end = parts[part - 1]
    document["segments"] = segments(document["text"], document_marks(document, events), start=start, end=end)
    document["part"] = {"number": part, "count": len(parts), "start": start, "end": end}
    for item in (*document["entities"], *document["places"], *document["claims"]):
        item["part"] = part_of(parts, item["start"])
    for row in events:
        evidence = row["record"].get("evidence") or [{}]
        row["part"] = part_of(parts, evidence[0].get("start"))
    return document


def report_view(store: Store, event: dict[str, Any], *, arguments: bool = False) -> dict[str, Any] | None:
    """One report of an event: the part of its document holding that event's evidence, highlighted.
    ``arguments``: mark each argument's evidence too, with an anchor the event's facts link to
    (``arguments_marked`` names them)."""
    document = get_document(store, event["doc_id"], exact=True)
    if document is None:
        return None
    parts = windows(document["text"], PART_CHARS)
    evidence = event["record"].get("evidence") or [{}]
    number = part_of(parts, evidence[0].get("start"))
    start, end = parts[number - 1]
    marks = event_marks(event["record"], anchor=f"evd-{event['event_id'][:12]}")
    argument_marks = why.why_marks(event["record"], document["text"], start, end) if arguments else {}
    return {
        "doc_id": document["doc_id"],
        "title": document["title"],
        "outlet": document["outlet"],
        "published": document["published"],
        "source": document["source"],
        "event_id": event["event_id"],
        "segments": segments(document["text"], [*marks, *argument_marks.values()], start=start, end=end),
        "part": {"number": number, "count": len(parts)},
        "arguments_marked": list(argument_marks),
        "arguments_legend": why.legend(argument_marks),
    }


def event_view(store: Store, event_id: str, *, reports: bool = True) -> dict[str, Any] | None:
    """An event with every report of it (evidence highlighted; ``reports`` False: none, for the
    API), its audit trail and contradictions."""
    event = read.event(store, event_id)
    if event is None:
        return None
    incident = across.incident_of(store, event["event_id"])
    if incident is not None:
        member_ids = [m["event_id"] for m in incident.get("members", []) if m["event_id"] != event["event_id"]]
    else:
        member_ids = [row["event_id"] for row in data.same_event_elsewhere(store, event)]
    others = [e for e in (read.event(store, i) for i in member_ids) if e is not None]
    shown = []
    if reports:  # only the event's own report marks its arguments: the facts link there
        found = [report_view(store, e, arguments=e is event) for e in [event, *others]]
        shown = [r for r in found if r is not None]
    audit = audit_trail(store, event["event_id"])
    marked = [a for r in shown[:1] if r["event_id"] == event["event_id"] for a in r["arguments_marked"]]
    return {
        "event": event,
        "others": others,
        "reports": shown,
        "incident": incident,
        "contradictions": across.contradictions_of(store, event["event_id"]) if incident else [],
        "audit": audit,
        # each argument's rule and evidence, or its reviewer (the page only: the API has the record's "why")
        "reasons": why.reasons(event["record"], audit, marked) if reports else {},
    }
