"""Facet counts for the events list: how many events of the view have each type, country,
region, actor, modality and review status, with reviewed values.

Each facet is counted with its own filter left out (the usual faceted search), so a page that
shows the battles still tells how many events of the other types the rest of the view holds;
its links then narrow or switch the view.

Example::

    for facet in facets(store, EventFilter(country="SY"), ViewFilter(text="Hajin")):
        print(facet["label"], [(v["value"], v["count"]) for v in facet["values"]])
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from faultlines.store.database import Store
from faultlines.store.queries import EventFilter
from faultlines.store.review import overlaid_events_sql
from faultlines.store.search import ViewFilter


@dataclass(frozen=True)
class Facet:
    """One facet: the query parameter its values set, the column(s) counted, the filter it drops."""

    name: str
    label: str
    value_sql: str  # an expression over ``e``; a list unnests to one value per element
    event_field: str | None = None  # the EventFilter field this facet's own filter sets
    view_field: str | None = None  # or the ViewFilter field
    count_missing: bool = True  # count the events without a value ("unknown")


FACETS = (
    Facet("type", "Type", "e.event_type", event_field="event_type"),
    Facet("country", "Country", "e.country_code", event_field="country"),
    Facet("admin1", "Region (admin1)", "e.admin1", view_field="admin1"),
    # Either side of an event: an event with two actors counts once under each.
    Facet("actor", "Actor", "unnest([e.actor1, e.actor2])", event_field="actor", count_missing=False),
    Facet("modality", "Modality", "e.modality", event_field="modality"),
    Facet("status", "Review status", "e.review_status", view_field="status"),
)


def _where(selection: EventFilter, view: ViewFilter) -> tuple[str, list[Any]]:
    where, values = selection.where()
    clauses, extra = view.clauses()
    if clauses:
        where = (where + " AND " if where else " WHERE ") + " AND ".join(clauses)
    return where, values + extra


def _without_own_filter(facet: Facet, selection: EventFilter, view: ViewFilter) -> tuple[EventFilter, ViewFilter]:
    if facet.event_field:
        selection = replace(selection, **{facet.event_field: None})
    if facet.view_field:
        view = replace(view, **{facet.view_field: None})
    return selection, view


def facet_counts(
    store: Store, selection: EventFilter | None = None, view: ViewFilter | None = None, *, limit: int = 15
) -> list[dict[str, Any]]:
    """Every facet of :data:`FACETS` as ``{"name", "label", "values": [{"value", "count"}], "more"}``,
    most frequent value first (None: events without one); ``more`` is how many values were cut."""
    found = []
    with store.reader() as con:
        for facet in FACETS:
            where, values = _where(*_without_own_filter(facet, selection or EventFilter(), view or ViewFilter()))
            missing = "" if facet.count_missing else " WHERE value IS NOT NULL"
            sql = (
                f"SELECT value, count(DISTINCT event_id) AS n FROM (SELECT e.event_id, {facet.value_sql} AS value "
                f"FROM ({overlaid_events_sql()}) e{where}){missing} GROUP BY value ORDER BY n DESC, value NULLS LAST"
            )
            rows = con.execute(sql, values).fetchall()
            found.append(
                {
                    "name": facet.name,
                    "label": facet.label,
                    "values": [{"value": value, "count": int(n)} for value, n in rows[:limit]],
                    "more": max(0, len(rows) - limit),
                }
            )
    return found
