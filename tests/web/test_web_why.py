"""The workbench says why: an event page shows why the event is a record, why it has its type and
which mentions were read as it; a document page lists the mentions held back from the events."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from fastapi.testclient import TestClient
from records_factory import make_result

from faultlines.records import HeldBack, Reportability, Span
from faultlines.store.database import Store
from faultlines.web.app import WebConfig, create_app

TEXT = (
    "Islamic State fighters clashed with local members in Hajin on Tuesday. The clash killed seven. "
    "The group usually executes <b>deserters</b>."
)


def _client(tmp_path: Path) -> tuple[TestClient, str, str]:
    result = make_result(TEXT)
    (event,) = result.events
    first, second = TEXT.index("clashed"), TEXT.index("clash killed")
    event = dataclasses.replace(
        event,
        reportability=Reportability(True, "specific occurrence"),
        type_rule="'clashed' (clash): a clash is a battle",
        mentions=(Span(first, first + 7, "clashed"), Span(second, second + 5, "clash")),
    )
    habit = TEXT.index("The group usually")
    trigger = TEXT.index("executes")
    held = HeldBack(
        Span(trigger, trigger + 8, "executes"), Span(habit, len(TEXT), TEXT[habit:]), "Attack", "habit", "usually"
    )
    store = Store(tmp_path / "why.duckdb")
    store.write([dataclasses.replace(result, events=(event,), held_back=(held,))])
    client = TestClient(create_app(WebConfig(db_path=str(store.path))))
    return client, result.meta.doc_id, event.event_id


def test_web_why_event_page_shows_reportability_type_rule_and_mentions(tmp_path: Path) -> None:
    client, _, event_id = _client(tmp_path)
    page = client.get(f"/events/{event_id}").text
    assert "specific occurrence" in page
    assert "a clash is a battle" in page
    assert "2 mentions in this report" in page and "«clash»" in page


def test_web_why_document_page_lists_held_back_mentions_escaped(tmp_path: Path) -> None:
    client, doc_id, _ = _client(tmp_path)
    page = client.get(f"/documents/{doc_id}").text
    assert "Held back for review (1)" in page
    assert "habit" in page and "“usually”" in page
    assert "<b>deserters</b>" not in page and "&lt;b&gt;deserters&lt;/b&gt;" in page
