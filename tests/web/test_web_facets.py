"""Facets, free text and the fatalities range on the events list, with reviewed values."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_helpers import varied

from faultlines.records import Fatalities
from faultlines.store.database import Store
from faultlines.store.facets import facet_counts
from faultlines.store.queries import EventFilter
from faultlines.store.review import review_event
from faultlines.store.search import ViewFilter, like_pattern
from faultlines.web.app import WebConfig, create_app

CLASH = (
    "Foreign fighters of the Islamic State clashed with local members in Hajin on Tuesday, "
    "killing at least seven, a monitor said."
)
MOSUL = "Gunmen clashed with villagers near Hajin and later in Mosul, killing two, residents said."
PLANNED = "Commanders said fighters clashed over a 10% share of oil revenue in Hajin and plan an assault."


@pytest.fixture
def store(tmp_path) -> Store:
    """Three events: a clash in Deir ez-Zor (7 killed), an alleged attack in Nineveh, Iraq (2
    killed), a planned assault in Deir ez-Zor (toll unknown)."""
    store = Store(tmp_path / "facets.duckdb")
    store.write(
        [
            varied(CLASH),
            varied(
                MOSUL,
                event_type="Violence against civilians",
                sub_event_type="Attack",
                modality="alleged",
                country_code="IQ",
                admin1="Nineveh",
                fatalities=Fatalities(best=2, low=2, text="two"),
            ),
            varied(
                PLANNED,
                event_type="Strategic developments",
                sub_event_type="Other",
                modality="planned",
                fatalities=Fatalities(),
            ),
        ]
    )
    return store


def event_id_of(store: Store, text: str) -> str:
    sql = "SELECT e.event_id FROM events e JOIN documents d USING (doc_id) WHERE d.text = ?"
    with store.reader() as con:
        return str(con.execute(sql, [text]).fetchone()[0])  # type: ignore[index]


def counts_of(found: list[dict], name: str) -> dict:
    facet = next(f for f in found if f["name"] == name)
    return {v["value"]: v["count"] for v in facet["values"]}


def test_facets_count_each_value_of_the_view(store: Store) -> None:
    found = facet_counts(store)
    assert counts_of(found, "type") == {"Battles": 1, "Violence against civilians": 1, "Strategic developments": 1}
    assert counts_of(found, "country") == {"SY": 2, "IQ": 1}
    assert counts_of(found, "admin1") == {"Deir ez-Zor": 2, "Nineveh": 1}
    assert counts_of(found, "actor") == {"Islamic State": 3}  # both sides of each event, counted once
    assert counts_of(found, "modality") == {"asserted": 1, "alleged": 1, "planned": 1}
    assert counts_of(found, "status") == {"unreviewed": 3}


def test_facets_leave_out_their_own_filter_but_apply_the_others(store: Store) -> None:
    found = facet_counts(store, EventFilter(country="SY"))
    assert counts_of(found, "country") == {"SY": 2, "IQ": 1}  # the alternatives stay visible
    assert counts_of(found, "admin1") == {"Deir ez-Zor": 2}
    assert counts_of(found, "modality") == {"asserted": 1, "planned": 1}


def test_facets_and_filters_use_reviewed_values(store: Store) -> None:
    clash = event_id_of(store, CLASH)
    review_event(
        store,
        clash,
        action="edit",
        reviewer="ana",
        reason="the monitor's later count of the dead",
        changes={"fatalities": 30, "country_code": "IQ", "admin1": "Nineveh"},
    )
    review_event(store, event_id_of(store, MOSUL), action="reject", reviewer="ana", reason="a rumour")
    found = facet_counts(store)
    assert counts_of(found, "country") == {"IQ": 2, "SY": 1}
    assert counts_of(found, "status") == {"edited": 1, "rejected": 1, "unreviewed": 1}
    from faultlines.store import read

    assert [e["event_id"] for e in read.events(store, review=ViewFilter(fatalities_min=20))] == [clash]
    assert [e["event_id"] for e in read.events(store, review=ViewFilter(text="later COUNT"))] == [clash]  # the note
    assert read.count_events(store, review=ViewFilter(admin1="nineveh")) == 2


def test_search_matches_every_word_of_the_evidence_and_escapes_wildcards(store: Store) -> None:
    from faultlines.store import read

    def texts(view: ViewFilter) -> set[str]:
        return {e["event_id"] for e in read.events(store, review=view)}

    assert texts(ViewFilter(text="villagers mosul")) == {event_id_of(store, MOSUL)}
    assert texts(ViewFilter(text="villagers seven")) == set()  # words in two different events
    assert texts(ViewFilter(text="10%")) == {event_id_of(store, PLANNED)}
    assert texts(ViewFilter(text="1_%")) == set()  # "_" and "%" are the user's characters, not LIKE's
    assert like_pattern("a_b%") == "%a\\_b\\%%"


def test_fatalities_range_bounds_are_inclusive_and_skip_unknown_tolls(store: Store) -> None:
    from faultlines.store import read

    assert read.count_events(store, review=ViewFilter(fatalities_min=2, fatalities_max=7)) == 2
    assert read.count_events(store, review=ViewFilter(fatalities_min=3)) == 1
    assert read.count_events(store, review=ViewFilter(fatalities_max=2)) == 1
    assert read.count_events(store, review=ViewFilter(fatalities_min=0)) == 2  # the unknown toll is not 0


@pytest.fixture
def facet_client(store: Store):
    with TestClient(create_app(WebConfig(db_path=str(store.path)))) as client:
        yield client


def rows(html: str) -> int:
    return html.count('class="event-row"')


def test_web_facets_link_to_the_view_they_count(facet_client: TestClient) -> None:
    html = facet_client.get("/events").text
    found = re.findall(r'<a href="(/events\?[^"]*)">([^<]+)</a> <span class="n">(\d+)</span>', html)
    assert len(found) == 3 + 2 + 2 + 1 + 3 + 1
    for href, value, count in found:
        assert rows(facet_client.get(href.replace("&amp;", "&")).text) == int(count), (value, href)


def test_web_events_filter_by_country_toll_and_text(facet_client: TestClient) -> None:
    assert rows(facet_client.get("/events", params={"country": "iq"}).text) == 1
    assert rows(facet_client.get("/events", params={"killed_min": 0, "killed_max": 5}).text) == 1
    assert rows(facet_client.get("/events", params={"text": "assault"}).text) == 1
    page = facet_client.get("/events", params={"text": "assault", "killed_min": 0}).text
    assert rows(page) == 0 and "killed_min=0" in page  # a bound of 0 stays in the links
    bad = facet_client.get("/events", params={"killed_min": 9, "killed_max": 2})
    assert bad.status_code == 422 and "swap them" in bad.text
    exported = facet_client.get("/export/jsonl", params={"text": "villagers", "modality": "alleged"}).text
    assert len(exported.strip().splitlines()) == 1  # the export holds the view's text filter too
    api = facet_client.get("/api/events", params={"text": "villagers"}).json()
    assert api["total"] == 1
