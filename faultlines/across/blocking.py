"""Candidate pairs for de-duplication: only mentions that share a block are compared.

A merge needs an anchor and an identity (see :mod:`faultlines.across.similarity`); each block
key stands for one way of having both, so a pair that can merge shares at least one key:

- ``victim`` / ``person``: the surname of a named victim (or of a person named in the
  evidence) in common: an anchor and an identity at once.
- ``when``: a date anchor (within the modality group, and the event family or a family of
  kinds) and an actor in common. A date scores at least 0.5 only when the two ranges overlap
  and neither is wider than :data:`_WIDEST` days, or when they are at most two days apart: a
  mention is keyed by the weeks its range touches (when narrow) and the weeks around its ends.
- ``near``: the precise match that stands in for an identity when one report names no one:
  the same day, sub-event type and place (within 5 km; four grids offset by half a cell, so two
  points that close share a cell of at least one).

Inside a block, mentions whose places rule a merge out are not paired: two countries, or
precise places (district or better) in cells of :data:`_AREA` degrees that no offset grid
shares, so a busy week of one actor does not make a quadratic block. Mentions with none of
these keys can never merge and are compared with nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator

from faultlines.across.criteria import KIND_FAMILIES, family_of, modality_group
from faultlines.across.records import Mention

_MARGIN = dt.timedelta(days=2)  # the widest gap that still scores as a date anchor
_WIDEST = 15  # days: wider ranges score below the date anchor's 0.5 when they overlap
_CELL = 0.5  # degrees; points within 5 km share a cell of one of the offset grids (below 79° N/S)
_AREA = 4.0  # degrees; points within 100 km (the widest place tolerance) share a cell below 63° N/S
_MAX_LAT = 63.0  # further north or south, a precise position is treated as unknown (paired with all)


def block_keys(mention: Mention) -> set[tuple[str, ...]]:
    keys: set[tuple[str, ...]] = set()
    group = modality_group(mention)
    for name in mention.victims:
        keys.add(("victim", group, name.split()[-1]))
    for name in mention.people:
        keys.add(("person", group, name.split()[-1]))
    if not mention.date_start:
        return keys
    for week in _weeks(mention):
        keys.update(("when", kind, group, week, actor) for kind in _type_keys(mention) for actor in mention.actor_ids)
    family = family_of(mention)
    if mention.geo_precision == 1 and mention.date_start[:10] == (mention.date_end or mention.date_start)[:10]:
        day = mention.date_start[:10]
        if mention.geonameid is not None:
            keys.add(("near-id", family, group, mention.sub_event_type or "", day, str(mention.geonameid)))
        if mention.lat is not None and mention.lon is not None:
            for cell in _cells(mention.lat, mention.lon):
                keys.add(("near", family, group, mention.sub_event_type or "", day, cell))
    return keys


def _type_keys(mention: Mention) -> set[str]:
    """Keys that two mentions of compatible types share: the event family (what a mention of
    unknown kind is compared on), and each family of kinds its kind belongs to (kinds of one
    family may come from different event types)."""
    keys = {f"family:{family_of(mention)}"}
    if mention.kind:
        families = [i for i, family in enumerate(KIND_FAMILIES) if mention.kind in family]
        keys.update({f"kinds:{i}" for i in families} or {f"kind:{mention.kind}"})
    return keys


def candidate_pairs(mentions: Iterable[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Each pair of mentions sharing a block, once, in event-id order."""
    blocks: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for mention in sorted(mentions, key=lambda m: m.event_id):
        for key in block_keys(mention):
            blocks[key].append(mention)
    seen: set[tuple[str, str]] = set()
    for key in sorted(blocks):
        for a, b in block_pairs(blocks[key]):
            pair = (a.event_id, b.event_id)
            if pair not in seen:
                seen.add(pair)
                yield a, b


def block_pairs(block: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """The pairs of one block (sorted by event id) whose places may agree, in event-id order.

    Places in two countries, or precise places further apart than the place criterion allows
    (see :func:`faultlines.across.criteria.place_score`), rule a pair out; a mention whose
    country or precise position is unknown is paired with every other."""
    seen: set[tuple[str, str]] = set()
    by_area: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in block:
        for area in _areas(mention):
            by_area[area].append(mention)
    wildcards = sorted(a for a in by_area if "" in a)
    for area, members in sorted(by_area.items()):
        others = [m for w in wildcards if w != area and _compatible(w, area) for m in by_area[w]]
        for a, b in itertools.chain(itertools.combinations(members, 2), itertools.product(members, others)):
            pair = (a, b) if a.event_id < b.event_id else (b, a)
            if (pair[0].event_id, pair[1].event_id) not in seen:
                seen.add((pair[0].event_id, pair[1].event_id))
                yield pair


def _areas(mention: Mention) -> list[tuple[str, str]]:
    """(country, cell) keys: the cells of the offset grids that hold a precise position; "" for
    what is unknown (the country, or a position unknown or coarse), which pairs with anything."""
    country = mention.country_code or ""
    if mention.lat is None or mention.lon is None or (mention.geo_precision or 9) > 2 or abs(mention.lat) > _MAX_LAT:
        return [(country, "")]
    return [(country, cell) for cell in sorted(_cells(mention.lat, mention.lon, _AREA))]


def _compatible(x: tuple[str, str], y: tuple[str, str]) -> bool:
    return all(not u or not v or u == v for u, v in zip(x, y, strict=True))


def _weeks(mention: Mention) -> set[str]:
    """The weeks of the range (when narrow enough to anchor) and of the days around its ends."""
    assert mention.date_start is not None
    start = dt.date.fromisoformat(mention.date_start[:10])
    end = dt.date.fromisoformat((mention.date_end or mention.date_start)[:10])
    spans = [(start - _MARGIN, start + _MARGIN), (end - _MARGIN, end + _MARGIN)]
    if (end - start).days <= _WIDEST:
        spans.append((start - _MARGIN, end + _MARGIN))
    return {_week(day) for low, high in spans for day in _days(low, high)}


def _days(low: dt.date, high: dt.date) -> Iterator[dt.date]:
    for offset in range(0, (high - low).days + 1, 7):
        yield low + dt.timedelta(days=offset)
    yield high


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _cells(lat: float, lon: float, size: float = _CELL) -> set[str]:
    """The cells holding a point in four grids offset by half a cell: two points less than half
    a cell apart on each axis share at least one."""
    half = size / 2
    return {
        f"{i}:{int((lat + di) // size)}:{int((lon + dj) // size)}"
        for i, (di, dj) in enumerate(((0, 0), (half, 0), (0, half), (half, half)))
    }


def may_pair(a: Mention, b: Mention, areas: dict[str, list[tuple[str, str]]] | None = None) -> bool:
    """Whether two mentions of one block would be paired (their countries and areas may agree);
    ``areas`` caches each mention's areas by event id."""
    if areas is None:
        areas = {}
    for m in (a, b):
        if m.event_id not in areas:
            areas[m.event_id] = _areas(m)
    return any(_compatible(x, y) for x in areas[a.event_id] for y in areas[b.event_id])
