"""Cues from how a report strings its places together, read before and between the rounds of
:func:`~faultlines.gazetteer.resolve.resolve_spans`: lists ("Oregon, Washington and Idaho"),
appositions ("Bronx, New York", "NEWARK, N.J."), and names that can mean neighbouring towns
("Edmonton ... Enfield"). Each marks the mentions; the scoring weighs the marks.

Example::

    mark_lists(text, mentions, choices)   # mentions[i].listed == "division" in a list of states
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.gazetteer.geo import distance_km
from faultlines.gazetteer.index import Entry
from faultlines.lang.en.gazetteer import APPOSITION, LIST_SEPARATOR

if TYPE_CHECKING:
    from faultlines.gazetteer.resolve import Mention

COLOCATED_KM = 10.0  # towns this close are neighbours ("Edmonton", "Enfield")


def mark_colocated(mentions: list[Mention]) -> None:
    """Mark the towns among each name's candidates that lie near a candidate town of another
    name: reports name places near each other, so two names that can both mean neighbouring
    towns most likely do (before any name is resolved, unlike the context's distances)."""
    cell = COLOCATED_KM / 111.0
    grid: dict[tuple[int, int], list[tuple[Entry, str]]] = {}
    for mention in mentions:
        for e, _ in mention.candidates:
            if not (e.is_area or e.is_country):
                grid.setdefault((int(e.lat // cell), int(e.lon // cell)), []).append((e, mention.key))
    for mention in mentions:
        near = set()
        for e, _ in mention.candidates:
            if e.is_area or e.is_country:
                continue
            y, x = int(e.lat // cell), int(e.lon // cell)
            others = (o for dy in (-1, 0, 1) for dx in (-1, 0, 1) for o in grid.get((y + dy, x + dx), ()))
            if any(k != mention.key and distance_km(e.lat, e.lon, o.lat, o.lon) <= COLOCATED_KM for o, k in others):
                near.add(e.row)
        mention.colocated = frozenset(near)


def mark_lists(text: str, mentions: list[Mention], choices: list[Entry | None]) -> None:
    """Mark the items of lists of three or more places ("Oregon, Washington and Idaho") whose
    other items are all countries, or all first-level divisions, with that kind."""
    groups: list[list[int]] = []
    for i, mention in enumerate(mentions):
        mention.listed = None
        joined = i > 0 and LIST_SEPARATOR.match(text[mentions[i - 1].end : mention.start]) is not None
        if joined:
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in (g for g in groups if len(g) >= 3):
        for i in group:
            kinds = {kind(choices[j]) for j in group if j != i and choices[j] is not None}
            if len(kinds) == 1 and kinds <= {"country", "division"}:
                mentions[i].listed = kinds.pop()


def mark_held_towns(text: str, mentions: list[Mention], choices: list[Entry | None]) -> None:
    """Mark the wider place of an apposition with the town before it ("Bronx, New York")."""
    for i, mention in enumerate(mentions):
        before = choices[i - 1] if i else None
        town = before is not None and not (before.is_area or before.is_country)
        apposed = i > 0 and APPOSITION.match(text[mentions[i - 1].end : mention.start]) is not None
        mention.holds = before if town and apposed and not mention.listed else None


def kind(entry: Entry | None) -> str:
    """What a list compares its items by: "country", "division" or "other"."""
    if entry is None:
        return "none"
    return "country" if entry.is_country else "division" if entry.is_admin1 else "other"


def settled_by_apposition(
    mentions: list[Mention], results: list[tuple[Entry | None, float]], regions: list[Entry | None]
) -> list[tuple[Entry | None, float]]:
    """A name the report once places by an apposition ("NEWARK, N.J.") means that place wherever
    the report repeats it, unless words of its own say otherwise ("Kandahar province"). A town's
    name none of whose namesakes lies in the region named after it ("HOLLIDAY, Mo.", a village
    the table lacks) is a place of that division: the division. Both after the last round, so
    that "Atlanta, Georgia" first makes Georgia the state."""
    out = list(results)
    settled: dict[str, tuple[Entry, float]] = {}
    for i, (mention, region) in enumerate(zip(mentions, regions, strict=True)):
        entry, score = results[i]
        if region is None or entry is None:
            continue
        if entry.lies_in(region):
            settled.setdefault(mention.key, (entry, score))
        elif (
            region.is_admin1
            and mentions[i + 1].modifier is None  # "Chester, Delaware County": not the state
            and _only_towns(mention)
            and not any(e.lies_in(region) for e, _ in mention.candidates)
        ):
            out[i] = settled[mention.key] = (region, score)
    for i, mention in enumerate(mentions):
        division = mention.modifier is not None and (mention.modifier.kind == "division" or mention.modifier.rural)
        own_words = division or mention.governed or mention.listed or mention.county
        if regions[i] is None and mention.key in settled and mention.candidates and not own_words:
            entry, score = settled[mention.key]
            if entry.is_area or any(e == entry for e, _ in mention.candidates):
                out[i] = (entry, score)
    return out


def _only_towns(mention: Mention) -> bool:
    return bool(mention.candidates) and not any(e.is_area or e.is_country for e, _ in mention.candidates)


def apposition(text: str, mentions: list[Mention], choices: list[Entry | None], i: int) -> Entry | None:
    """The country or division named right after a mention: "Tripoli, Lebanon", "Paris (Texas)"."""
    if i + 1 >= len(mentions):
        return None
    nxt, region = mentions[i + 1], choices[i + 1]
    if region is None or not (region.is_country or region.is_admin1):
        return None
    if mentions[i].listed or any(e.is_country and how != "loose" for e, how in mentions[i].candidates):
        return None  # "Mexico, China, Japan", "Virginia, Washington, West Virginia": a list
    return region if APPOSITION.match(text[mentions[i].end : nxt.start]) else None
