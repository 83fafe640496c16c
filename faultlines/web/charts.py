"""Small server-drawn SVG charts (no script, no inline style: the page CSP forbids both).

These functions lay shapes out; templates draw them; colours come from CSS classes.
"""

from __future__ import annotations

import datetime
import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

# Room around the plot: tick labels and the axis titles (units) sit outside the bars.
PLOT_TOP = 10
PLOT_BOTTOM = 34  # period labels, then the x-axis title
PLOT_LEFT = 46  # count labels, then the y-axis title
PLOT_RIGHT = 8
INDEX_RIGHT = 40  # the fragmentation index's 0-1 scale on the right


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


@dataclass(frozen=True)
class Dot:
    """A value on a 0..1 scale with its interval (the fragmentation index)."""

    x: float
    y: float
    low: float
    high: float
    title: str


@dataclass(frozen=True)
class Axes:
    """Where the plot sits in the picture, its ticks and what its axes measure (with units)."""

    left: float
    right: float  # x of the plot's right edge
    top: float
    bottom: float  # y of the x axis
    y_ticks: tuple[tuple[float, str], ...]  # (y, label) on the left scale
    y_title: str
    x_title: str
    right_ticks: tuple[tuple[float, str], ...] = ()  # (y, label) on a right scale, if any
    right_title: str = ""


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    labels: tuple[tuple[float, str], ...]  # (x, text) under the axis
    legend: tuple[tuple[str, str], ...]  # (css class, name)
    peak: int
    dots: tuple[Dot, ...] = ()
    axes: Axes | None = None


def css_name(value: str | None) -> str:
    return "t-" + re.sub(r"[^a-z0-9]+", "-", (value or "none").lower()).strip("-")


def nice_step(peak: int, *, ticks: int = 4) -> int:
    """A round step (1, 2, 5, 10, 20, 50...) that covers ``peak`` in at most ``ticks`` steps."""
    raw = max(peak, 1) / ticks
    magnitude = 10 ** max(0, math.floor(math.log10(raw)))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def stacked_chart(
    periods: list[str],
    stacks: list[dict[str, int]],
    *,
    width: int = 720,
    height: int = 160,
    y_title: str = "events per month",
    x_title: str = "month",
    right: int = PLOT_RIGHT,
) -> Chart:
    """Stacked bars, one slot per period (``stacks[i]`` maps a series name to a count), over a
    count scale from 0 to a round top, with ticks and axis titles."""
    if not periods:
        return Chart(width, height, (), (), (), 0)
    peak = max(max((sum(s.values()) for s in stacks), default=0), 1)
    step = nice_step(peak)
    top = step * math.ceil(peak / step)
    base, plot_h = height - PLOT_BOTTOM, height - PLOT_BOTTOM - PLOT_TOP
    slot = (width - PLOT_LEFT - right) / len(periods)
    bars, labels = [], []
    for i, (period, stack) in enumerate(zip(periods, stacks, strict=True)):
        x, y = PLOT_LEFT + i * slot, float(base)
        for name, n in stack.items():
            if n:
                h = plot_h * n / top
                y -= h
                bars.append(Bar(x + 1, y, max(slot - 2, 1), h, css_name(name), f"{period} {name}: {n}"))
        if len(periods) <= 12 or i % math.ceil(len(periods) / 12) == 0:
            labels.append((x + slot / 2, period))
    names = list(dict.fromkeys(name for stack in stacks for name, n in stack.items() if n))
    y_ticks = tuple((base - plot_h * v / top, str(v)) for v in range(0, top + 1, step))
    axes = Axes(PLOT_LEFT, width - right, PLOT_TOP, base, y_ticks, y_title, x_title)
    return Chart(width, height, tuple(bars), tuple(labels), tuple((css_name(k), k) for k in names), peak, axes=axes)


def month_chart(rows: list[dict[str, Any]], *, width: int = 720, height: int = 160) -> Chart:
    """Stacked monthly bars from [{"month", "kind", "n"}] rows, every month shown (gaps included)."""
    by_month: dict[datetime.date, dict[str, int]] = defaultdict(dict)
    for row in rows:
        month = row["month"]
        month = month.date() if isinstance(month, datetime.datetime) else month
        by_month[month][row["kind"]] = by_month[month].get(row["kind"], 0) + int(row["n"])
    months = _month_range(min(by_month), max(by_month)) if by_month else []
    kinds = sorted({row["kind"] for row in rows})
    stacks = [{k: by_month.get(m, {}).get(k, 0) for k in kinds} for m in months]
    return stacked_chart([f"{m:%Y-%m}" for m in months], stacks, width=width, height=height)


def fragmentation_chart(series: list[dict[str, Any]], *, width: int = 720, height: int = 180) -> Chart:
    """Events per period (intra-group, exits, other) with the fragmentation index and its interval
    on a 0-1 scale at the right."""
    points = [p for p in series if p["period"] != "undated"]
    stacks = [
        {"intra-group": p["intra"], "exits": p["exits"], "other": p["total"] - p["intra"] - p["exits"]} for p in points
    ]
    chart = stacked_chart(
        [p["period"] for p in points],
        stacks,
        width=width,
        height=height,
        y_title="canonical events per month",
        right=INDEX_RIGHT,
    )
    if not points or chart.axes is None:
        return chart
    plot_h, slot = height - PLOT_BOTTOM - PLOT_TOP, (width - PLOT_LEFT - INDEX_RIGHT) / len(points)

    def y(value: float) -> float:
        return PLOT_TOP + plot_h * (1 - value)

    dots = tuple(
        Dot(
            PLOT_LEFT + i * slot + slot / 2,
            y(p["index"]),
            y(p["low"]),
            y(p["high"]),
            f"{p['period']}: index {p['index']:.2f} ({p['low']:.2f}-{p['high']:.2f}), {p['total']} events, "
            f"{p['effective_factions']:.1f} effective factions, confidence {p['confidence']}",
        )
        for i, p in enumerate(points)
    )
    index_ticks = tuple((y(v), f"{v:g}") for v in (0, 0.5, 1))
    axes = replace(chart.axes, right_ticks=index_ticks, right_title="fragmentation index (0-1)")
    return replace(chart, dots=dots, axes=axes)


def _month_range(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    months, current = [], first.replace(day=1)
    while current <= last and len(months) < 600:
        months.append(current)
        current = (current + datetime.timedelta(days=32)).replace(day=1)
    return months


@dataclass(frozen=True)
class Node:
    key: str
    x: float
    y: float
    r: float
    name: str
    css: str
    href: str | None


@dataclass(frozen=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: int
    css: str
    title: str


def circle_graph(
    center: str, nodes: list[dict[str, Any]], edges: list[dict[str, Any]], *, size: int = 380
) -> tuple[list[Node], list[Edge]]:
    """The ``center`` node in the middle, the others on a circle, and the edges between them.

    ``nodes``: [{"id", "name", "kind", "actor_id"}]; ``edges``: [{"source", "target", "events", "relation"}].
    """
    mid, ring = size / 2, size / 2 - 70
    others = [n for n in nodes if n["id"] != center]
    place: dict[str, tuple[float, float]] = {center: (mid, mid)}
    for i, n in enumerate(others):
        angle = 2 * math.pi * i / max(len(others), 1) - math.pi / 2
        place[n["id"]] = (mid + ring * math.cos(angle), mid + ring * math.sin(angle))
    laid = [
        Node(
            n["id"],
            *place[n["id"]],
            14 if n["id"] == center else 8,
            n.get("name") or n["id"],
            "hub" if n["id"] == center else f"node {n.get('kind') or 'actor'}",
            f"/actors/{quote(n['actor_id'], safe='')}" if n.get("actor_id") and n["id"] != center else None,
        )
        for n in nodes
        if n["id"] in place
    ]
    lines = [
        Edge(
            *place[e["source"]],
            *place[e["target"]],
            min(int(e.get("events") or 1), 5),
            f"edge {e.get('relation') or 'events'}",
            f"{e.get('events') or ''} events".strip(),
        )
        for e in edges
        if e["source"] in place and e["target"] in place
    ]
    return laid, lines
