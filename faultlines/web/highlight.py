"""A document's text cut into segments, each with the marks (found things) covering it.

Marks may nest or overlap (an entity inside an event's evidence); the text is cut at every
mark boundary so each segment carries all the marks over it. Templates escape every segment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # entity, place, claim, evidence, trigger, date, fatalities, attribution, argument
    label: str  # what a hover says
    anchor: str | None = None  # the id the side lists link to


@dataclass(frozen=True)
class Segment:
    text: str
    marks: tuple[Mark, ...]
    anchors: tuple[str, ...]  # ids of the marks that start here

    @property
    def classes(self) -> str:
        return " ".join(sorted({f"k-{m.kind}" for m in self.marks}))

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(m.label for m in self.marks if m.label))


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary (marks outside the text are dropped)."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[Segment] = []
    for start, end in pairwise(cuts):
        covering = tuple(m for m in valid if m.start <= start and m.end >= end)
        anchors = tuple(m.anchor for m in valid if m.start == start and m.anchor)
        out.append(Segment(text[start:end], covering, anchors))
    return out


def span_mark(span: dict[str, Any] | None, kind: str, label: str, anchor: str | None = None) -> list[Mark]:
    """A mark from a contract span dict ({"start", "end", ...}); none when it has no offsets."""
    if not span or span.get("start") is None or span.get("end") is None:
        return []
    return [Mark(int(span["start"]), int(span["end"]), kind, label, anchor)]


def event_marks(record: dict[str, Any], *, anchor: str | None = None) -> list[Mark]:
    """Everything an event was read from: evidence, trigger, arguments, place, date, toll, sources."""
    label = f"{record.get('event_type')} / {record.get('sub_event_type')}"
    marks: list[Mark] = []
    for i, span in enumerate(record.get("evidence") or []):
        marks += span_mark(span, "evidence", f"evidence: {label}", anchor if i == 0 else None)
    marks += span_mark(record.get("trigger"), "trigger", f"trigger: {label}")
    for role, spans in (record.get("arguments") or {}).items():
        for span in spans:
            marks += span_mark(span, "argument", role)
    place = record.get("place") or {}
    marks += span_mark(place, "place", f"place: {place.get('name') or place.get('text')}")
    date = record.get("date") or {}
    marks += span_mark(
        {"start": date.get("span_start"), "end": date.get("span_end")}, "date", f"date: {date.get('start')}"
    )
    dead = record.get("fatalities") or {}
    marks += span_mark(dead, "fatalities", f"fatalities: {dead.get('best')}")
    for source in record.get("attribution") or []:
        marks += span_mark(source, "attribution", f"source: {' < '.join(source.get('chain') or [])}")
    return marks
