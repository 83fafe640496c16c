"""The seed articles (read from ../shared/seeds at run time, never copied here): no invented
publication date, no day-precision date without an anchor, and the claims of 002 and 003 with
their chains of sources. Run with -s to print the table."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.analysis import Analysis
from faultlines.records import SourceDocument
from faultlines.stages.claims import find_claims
from faultlines.stages.clean import clean
from faultlines.stages.dates import date_events

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

pytestmark = pytest.mark.slow


def analysed(nlp, name: str) -> Analysis:
    path = next(SEEDS.glob(f"{name}_*.txt"), None)
    if path is None:
        pytest.skip(f"seed {name} not found under {SEEDS}")
    text = path.read_text(encoding="utf-8")
    document = clean(SourceDocument(name, str(path), text, name))
    analysis = Analysis(clean=document, doc=nlp(document.body))
    try:
        from faultlines.stages.events import find_events  # the events helper's stage, when present
    except ImportError:
        find_events = None
    if find_events is not None:
        analysis = find_events(analysis, None)
    return find_claims(date_events(analysis, None), None)


def show(analysis: Analysis) -> None:
    print(f"\n{analysis.clean.source.doc_id}: published={analysis.published}")
    for e in analysis.events:
        date = e.date and (e.date.text, e.date.start, e.date.precision)
        print(f"  event {e.kind} {e.trigger.text!r} date={date}")
    for c in analysis.claims:
        chains = [" -> ".join(a.chain) for a in c.attribution]
        print(f"  claim {c.text!r} {c.quantity.unit} {c.quantity.what!r} {chains}")


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_claims_seeds_no_invented_dates(nlp, name: str) -> None:
    analysis = analysed(nlp, name)
    show(analysis)
    assert analysis.published is None
    captions = analysis.clean.captions
    for event in analysis.events:
        in_caption = any(c.start <= event.trigger.start < c.end for c in captions)
        if event.date is not None and event.date.precision == 1 and not in_caption:
            assert event.date.text and any(ch.isdigit() for ch in event.date.text), event.date


def claim(analysis: Analysis, text: str):
    found = [c for c in analysis.claims if c.text == text]
    assert found, f"no claim {text!r} in {[c.text for c in analysis.claims]}"
    return found[0]


def test_claims_seeds_002_sources(nlp) -> None:
    analysis = analysed(nlp, "002")
    pay = claim(analysis, "$800 a month")
    assert pay.quantity.unit == "USD/month" and pay.attribution[0].chain[-2:] == ("Wall Street Journal", "defectors")
    assert claim(analysis, "half that").quantity.value == 400
    toll = claim(analysis, "more than 8,500")
    assert toll.quantity.low == 8500 and "killed" in toll.quantity.what
    assert "government" in toll.attribution[0].source and toll.attribution[0].hedged
    assert claim(analysis, "roughly 90").quantity.unit == "countries"
    assert claim(analysis, "An estimated 20,000").quantity.unit == "people"


def test_claims_seeds_003_percentage_source(nlp) -> None:
    analysis = analysed(nlp, "003")
    share = claim(analysis, "13 percent")
    assert share.quantity.unit == "percent" and share.attribution[0].chain[0] == "NBC News"
