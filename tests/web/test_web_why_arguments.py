"""The event page says why each argument has its value: the rule or model that chose it, and the
words it read as a link that lights them in the report; a reviewer's edit names the reviewer
instead, and an event extracted before arguments recorded their rule says so."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from records_factory import make_result
from web_helpers import PASSWORD, csrf_of, log_in

from faultlines.records import Arguments, Choice, DocumentResult, Span
from faultlines.store.accounts import add_user
from faultlines.store.database import Store
from faultlines.web.app import WebConfig, create_app
from faultlines.web.why import UNRECORDED, edited_by

REPORT = (
    "Fighters of the Islamic State clashed with local members near Hajin on Tuesday, killing seven "
    "people, a monitor said. Foreign fighters loyal to the leadership fired on the locals with machine "
    "guns, the monitor added."
)
# argument: (rule, the words it read)
CHOSEN = {
    "date": ("the weekday before publication", "on Tuesday"),
    "place": ("the place the trigger's clause names", "near Hajin"),
    "actor1": ("agent of 'clashed' (subject)", "Fighters of the Islamic State"),
    "faction1": ("a side named by origin", "Foreign fighters"),
    "actor2": ("object of 'clashed with'", "local members"),
    "faction2": ("a side named by origin", "the locals"),
    "fatalities": ("the toll in the trigger's clause", "killing seven people"),
    "weapon": ("role model (trained on muc4 train.jsonl, sha1 5f2c)", "machine guns"),
}


def choice(text: str, argument: str, rule: str, words: str) -> Choice:
    start = text.index(words)
    return Choice(argument, rule, start, start + len(words), words)


def with_why(text: str, chosen: dict[str, tuple[str, str]], *extra: Choice) -> DocumentResult:
    """The factory's one event for ``text``, with a Choice per argument of ``chosen`` (and ``extra``)."""
    result = make_result(text)
    (event,) = result.events
    choices = tuple(choice(text, argument, rule, words) for argument, (rule, words) in chosen.items())
    weapon = [c for c in choices if c.argument == "weapon"]
    arguments = Arguments(weapon=tuple(Span(c.start, c.end, c.text) for c in weapon if c.start is not None))
    event = dataclasses.replace(event, why=(*choices, *extra), arguments=arguments)
    return dataclasses.replace(result, events=(event,))


def client_for(tmp_path: Path, result: DocumentResult) -> tuple[TestClient, str]:
    store = Store(tmp_path / "why.duckdb")
    store.write([result])
    add_user(store, "ana", PASSWORD)
    return TestClient(create_app(WebConfig(db_path=str(store.path)))), result.events[0].event_id


class Page(HTMLParser):
    """An event page as its parts: each argument's line (its text and its evidence link) and the
    words of the report marked as each argument's evidence."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.lines: dict[str, str] = {}  # argument -> the line's text
        self.links: dict[str, str] = {}  # argument -> the href of its evidence link
        self.marked: dict[str, str] = {}  # argument -> the report's words marked as its evidence
        self.anchors: list[str] = []
        self._line: str | None = None
        self._in_text = False  # inside a report's text (not the legend)
        self._marks: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div" and (a.get("id") or "").startswith("why-of-"):
            self._line = (a["id"] or "").removeprefix("why-of-")
            self.lines[self._line] = ""
        elif tag == "a" and "why-evidence" in (a.get("class") or "") and self._line:
            self.links[self._line] = a.get("href") or ""
        elif tag == "div" and a.get("class") == "doc-text":
            self._in_text = True
        elif tag == "mark" and self._in_text:
            classes = (a.get("class") or "").split()
            self._marks = [c.removeprefix("k-why-") for c in classes if c.startswith("k-why-")]
        elif tag == "span" and a.get("class") == "anchor" and a.get("id"):
            self.anchors.append(a["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":  # neither a line nor a report's text holds a div
            self._line, self._in_text = None, False
        elif tag == "mark":
            self._marks = []

    def handle_data(self, data: str) -> None:
        if self._line:
            self.lines[self._line] += data
        for argument in self._marks:
            self.marked[argument] = self.marked.get(argument, "") + data


def test_web_why_arguments_each_line_names_its_rule_and_links_the_words_it_read(tmp_path: Path) -> None:
    client, event_id = client_for(tmp_path, with_why(REPORT, CHOSEN))
    page = Page(client.get(f"/events/{event_id}").text)
    for argument, (rule, words) in CHOSEN.items():
        assert rule in page.lines[argument], argument
        assert f"“{words}”" in page.lines[argument], argument
        assert page.links[argument] == f"#why-{argument}"
        assert f"why-{argument}" in page.anchors
        assert page.marked[argument] == words, argument  # the lit words are exactly the evidence
    assert "Weapon" in client.get(f"/events/{event_id}").text  # the participant has its row
    assert not {"assoc_actor_1", "assoc_actor_2", "perpetrator", "victim", "target"} & set(page.lines)


def test_web_why_arguments_legend_names_each_argument_marked(tmp_path: Path) -> None:
    client, event_id = client_for(tmp_path, with_why(REPORT, {k: CHOSEN[k] for k in ("place", "actor1")}))
    html = client.get(f"/events/{event_id}").text
    legend = html[html.index('id="why-legend"') : html.index("</p>", html.index('id="why-legend"'))]
    assert '<mark class="hl k-why-place">place</mark>' in legend
    assert '<mark class="hl k-why-actor1">actor 1</mark>' in legend
    assert "k-why-actor2" not in legend
    # an argument with a value and no choice, beside ones with choices, says so rather than guess
    assert "not recorded for this argument" in Page(html).lines["actor2"]


def test_web_why_arguments_old_event_says_its_rules_were_not_recorded(tmp_path: Path) -> None:
    client, event_id = client_for(tmp_path, make_result(REPORT))
    html = client.get(f"/events/{event_id}").text
    page = Page(html)
    # every argument the factory's event has a value for, and nothing else
    assert set(page.lines) == {"date", "place", "actor1", "faction1", "actor2", "faction2", "fatalities"}
    assert all(UNRECORDED in line for line in page.lines.values())
    assert page.links == {} and page.marked == {} and 'id="why-legend"' not in html


def test_web_why_arguments_choice_without_words_and_choice_off_the_text(tmp_path: Path) -> None:
    main_place = Choice("place", "the document's main place", None, None, None)
    moved = Choice("actor2", "object of 'clashed with'", 0, 13, "local members")  # offsets miss the words
    client, event_id = client_for(tmp_path, with_why(REPORT, {}, main_place, moved))
    page = Page(client.get(f"/events/{event_id}").text)
    assert "the document's main place" in page.lines["place"] and "from no words" in page.lines["place"]
    assert "“local members”" in page.lines["actor2"] and "not marked in the text below" in page.lines["actor2"]
    assert page.links == {} and page.marked == {}


def test_web_why_arguments_reviewer_edit_replaces_the_rule_until_reopened(tmp_path: Path) -> None:
    client, event_id = client_for(tmp_path, with_why(REPORT, CHOSEN))
    token = log_in(client)
    form = {"csrf": token, "action": "edit", "actor1": "Syrian Democratic Forces", "fatalities": "9"}
    form |= {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"}
    assert client.post(f"/events/{event_id}/review", data=form, follow_redirects=False).status_code == 303
    page = Page(client.get(f"/events/{event_id}").text)
    for argument in ("actor1", "fatalities"):
        assert "edited by ana" in page.lines[argument], argument
        assert CHOSEN[argument][0] not in page.lines[argument] and argument not in page.links
    assert CHOSEN["actor2"][0] in page.lines["actor2"] and "edited" not in page.lines["actor2"]
    assert CHOSEN["faction1"][0] in page.lines["faction1"]  # the faction was not edited
    assert "edited by ana" in page.lines["type"]  # the type's rule gives way too
    token = csrf_of(client.get(f"/events/{event_id}").text)
    client.post(f"/events/{event_id}/review", data={"csrf": token, "action": "reopen"}, follow_redirects=False)
    page = Page(client.get(f"/events/{event_id}").text)
    assert CHOSEN["actor1"][0] in page.lines["actor1"] and "edited" not in page.lines["actor1"]
    assert "type" not in page.lines


def test_web_why_arguments_untrusted_words_and_rules_are_escaped(tmp_path: Path) -> None:
    text = "Gunmen <script>window.__why = 1</script> clashed with guards near Hajin on Sunday."
    words = "Gunmen <script>window.__why = 1</script>"
    rule = 'agent <img src=x onerror="window.__why = 2">'
    client, event_id = client_for(tmp_path, with_why(text, {"actor1": (rule, words)}))
    html = client.get(f"/events/{event_id}").text
    assert "<script>window.__why" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__why = 1&lt;/script&gt;" in html
    assert "agent &lt;img src=x onerror=" in html
    page = Page(html)
    assert page.marked["actor1"] == words and rule in page.lines["actor1"]  # shown as text, whole


def test_web_why_arguments_api_returns_the_records_why(tmp_path: Path) -> None:
    client, event_id = client_for(tmp_path, with_why(REPORT, CHOSEN))
    body = client.get(f"/api/events/{event_id}").json()
    why = body["event"]["record"]["why"]
    assert set(why) == set(CHOSEN)
    start = REPORT.index("Fighters of the Islamic State")
    assert why["actor1"] == {
        "rule": "agent of 'clashed' (subject)",
        "start": start,
        "end": start + len("Fighters of the Islamic State"),
        "text": "Fighters of the Islamic State",
    }
    assert "reasons" not in body  # the page's lines stay on the page


@pytest.mark.parametrize(
    ("actions", "expected"),
    [
        ([("edit", "ana", {"status": "edited", "actor1": "X", "actor1_id": None})], {"actor1": "ana"}),
        (
            [("edit", "ana", {"location": "Raqqa"}), ("edit", "ben", {"actor2_faction": "locals", "event_type": "x"})],
            {"place": "ana", "faction2": "ben", "type": "ben"},
        ),
        ([("edit", "ana", {"fatalities": 9}), ("reopen", "ben", {}), ("accept", "ben", {})], {}),
        ([("edit", "ana", {"date_start": "2018-12-04"}), ("edit", "ben", {"time_precision": 2})], {"date": "ben"}),
    ],
)
def test_web_why_arguments_edited_by_reads_the_audit_trail(actions, expected) -> None:
    audit = [{"action": a, "reviewer": who, "after": after} for a, who, after in reversed(actions)]  # newest first
    assert edited_by(audit) == expected


@pytest.fixture
def web_db(tmp_path: Path) -> str:
    """The browser's store (the shared fixtures serve it): the report with every choice of CHOSEN."""
    store = Store(tmp_path / "why-browser.duckdb")
    store.write([with_why(REPORT, CHOSEN)])
    return str(store.path)


LIT = "rgb(207, 224, 247)"  # app.css: the background of the words whose quote was followed


@pytest.mark.browser
def test_web_why_arguments_browser_a_quote_lights_its_words(browser, live_server: str) -> None:
    event_id = with_why(REPORT, CHOSEN).events[0].event_id
    context = browser.new_context(base_url=live_server, viewport={"width": 375, "height": 812})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.goto(f"/events/{event_id}")
    assert tab.inner_text("#why-of-actor2 .why-rule") == "object of 'clashed with'"
    text = tab.locator(".doc-text").first
    actor2, place = text.locator("mark.k-why-actor2"), text.locator("mark.k-why-place")
    background = "m => getComputedStyle(m).backgroundColor"
    assert LIT not in actor2.evaluate_all(f"ms => ms.map({background})")
    tab.click("#why-of-actor2 a.why-evidence")
    tab.wait_for_url("**#why-actor2")
    assert "".join(actor2.all_inner_texts()) == "local members"
    assert set(actor2.evaluate_all(f"ms => ms.map({background})")) == {LIT}  # every piece of its words
    assert LIT not in place.evaluate_all(f"ms => ms.map({background})")  # and only its words
    tab.click("#why-of-place a.why-evidence")
    assert set(place.evaluate_all(f"ms => ms.map({background})")) == {LIT}
    assert LIT not in actor2.evaluate_all(f"ms => ms.map({background})")
    width = tab.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
    assert width <= 375  # the lines under the facts wrap on a phone
    assert errors == [], errors
    context.close()
