"""Candidate pairs for de-duplication: only mentions that share a block are compared.

A merge needs an anchor (a named victim or person in common, or a date on both sides; see
:mod:`faultlines.across.similarity`), so a mention is put in a block for each month its date
range touches (within its event family and modality group) and for the surname of each victim
or person it names. Mentions with neither can never merge and are compared with nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterator

from faultlines.across.criteria import family_of, modality_group
from faultlines.across.records import Mention

_MARGIN = dt.timedelta(days=2)
_MAX_MONTHS = 14  # a date range wider than this is never an anchor anyway


def block_keys(mention: Mention) -> set[tuple[str, ...]]:
    keys: set[tuple[str, ...]] = set()
    group = modality_group(mention)
    if mention.date_start:
        start = dt.date.fromisoformat(mention.date_start[:10]) - _MARGIN
        end = dt.date.fromisoformat((mention.date_end or mention.date_start)[:10]) + _MARGIN
        for month in itertools.islice(_months(start, end), _MAX_MONTHS):
            keys.add(("month", family_of(mention), group, month))
    for name in (*mention.victims, *mention.people):
        keys.add(("name", group, name.split()[-1]))
    return keys


def candidate_pairs(mentions: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Each pair of mentions sharing a block, once, in event-id order."""
    blocks: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for mention in sorted(mentions, key=lambda m: m.event_id):
        for key in block_keys(mention):
            blocks[key].append(mention)
    seen: set[tuple[str, str]] = set()
    for key in sorted(blocks):
        for a, b in itertools.combinations(blocks[key], 2):
            pair = (a.event_id, b.event_id)
            if pair not in seen:
                seen.add(pair)
                yield a, b


def _months(start: dt.date, end: dt.date) -> Iterator[str]:
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield f"{year:04d}-{month:02d}"
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
