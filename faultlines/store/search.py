"""The workbench's extra event filters: free text over evidence and notes, a fatalities range,
an exact first-level region.

:class:`ViewFilter` extends :class:`~faultlines.store.review.ReviewFilter`, the filter the read
service applies after reviewed values are overlaid, so pages, counts, facets and exports all
select through the one read service with reviewed values (a reviewer's edited toll, the note
they wrote) and nothing here repeats its SQL.

Free text is matched with ILIKE, every word somewhere in the event's evidence sentences, its
review note, actors, factions, place or date text. DuckDB's ``fts`` extension is not bundled
with the pinned wheel (``LOAD fts`` asks to download it), and the workbench stays offline; a
few thousand events scan in milliseconds.

Example::

    read.events(store, EventFilter(country="SY"), ViewFilter(text="Hajin deserters", fatalities_min=2))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from faultlines.store.review import ReviewFilter

MAX_WORDS = 8  # a search box, not a query language: more words are ignored
ESCAPE = "\\"

# Everything a word of the search may be found in; the evidence sentences are the reports' own words.
HAYSTACK = (
    "concat_ws(' ', (SELECT string_agg(v.text, ' ') FROM event_evidence v WHERE v.event_id = e.event_id), "
    "e.review_reason, e.actor1, e.actor2, e.actor1_faction, e.actor2_faction, e.location, e.admin1, e.date_text)"
)


def like_pattern(word: str) -> str:
    """``%word%`` with LIKE's own wildcards escaped, so "10%" matches "10%" and not "10 killed"."""
    escaped = word.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def search_words(text: str | None) -> list[str]:
    return (text or "").split()[:MAX_WORDS]


@dataclass(frozen=True)
class ViewFilter(ReviewFilter):
    """A :class:`ReviewFilter` plus free text, a fatalities range and an exact admin1."""

    text: str | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    admin1: str | None = None

    def clauses(self) -> tuple[list[str], list[Any]]:
        clauses, values = super().clauses()
        for word in search_words(self.text):
            clauses.append(f"{HAYSTACK} ILIKE ? ESCAPE '{ESCAPE}'")
            values.append(like_pattern(word))
        if self.fatalities_min is not None:
            clauses.append("e.fatalities >= ?")
            values.append(self.fatalities_min)
        if self.fatalities_max is not None:
            clauses.append("e.fatalities <= ?")
            values.append(self.fatalities_max)
        if self.admin1:
            clauses.append("lower(e.admin1) = lower(?)")
            values.append(self.admin1)
        return clauses, values
