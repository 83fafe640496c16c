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


def segments(text: str, marks: Iterable[Mark], *, start: int = 0, end: int | None = None) -> list[Segment]:
    """Cut ``text[start:end]`` at every mark boundary (marks outside the text are dropped, marks
    across the window's edges are cut at them).

    One sweep over the marks sorted by start: the work grows with the text, the marks and the
    marks over each segment, not with their product (a long report has thousands of marks).
    """
    end = len(text) if end is None else end
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text) and m.start < end and m.end > start]
    cuts = sorted({start, end, *(max(m.start, start) for m in valid), *(min(m.end, end) for m in valid)})
    order = sorted(range(len(valid)), key=lambda k: valid[k].start)
    active: set[int] = set()  # indexes into ``valid``: their order is the order the marks came in
    out: list[Segment] = []
    pending = 0
    for left, right in pairwise(cuts):
        starting = []
        while pending < len(order) and max(valid[order[pending]].start, start) <= left:
            starting.append(order[pending])
            pending += 1
        active.update(starting)
        active.difference_update([k for k in active if valid[k].end <= left])
        covering = tuple(valid[k] for k in sorted(active))
        anchors = tuple(valid[k].anchor for k in sorted(starting) if valid[k].start == left and valid[k].anchor)
        out.append(Segment(text[left:right], covering, anchors))
    return out


def windows(text: str, size: int) -> list[tuple[int, int]]:
    """``text`` in parts of about ``size`` characters, each ending at a line break or a space
    when there is one near the cut (a long report is shown a part at a time)."""
    parts: list[tuple[int, int]] = []
    begin = 0
    while len(text) - begin > size:
        target = begin + size
        cut = text.rfind("\n", target - size // 10, target) + 1 or text.rfind(" ", target - size // 10, target) + 1
        cut = cut if cut > begin else target
        parts.append((begin, cut))
        begin = cut
    parts.append((begin, len(text)))
    return parts


def part_of(parts: list[tuple[int, int]], offset: int | None) -> int:
    """The 1-based part holding ``offset`` (1 when it is unknown)."""
    if offset is None:
        return 1
    return next((i for i, (_, end) in enumerate(parts, 1) if offset < end), len(parts))


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
