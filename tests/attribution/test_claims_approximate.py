"""Approximate figures: hedged and vague counts are flagged from the number reader to the store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from records_factory import make_result

from faultlines.contract import claim_json
from faultlines.numbers import parse_count
from faultlines.records import Claim, Quantity
from faultlines.store.database import Store
from faultlines.store.queries import get_document


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Delegates from about 90 countries attended.", 90),
        ("Some 20,000 residents fled the town.", 20_000),
        ("Nearly 100 homes were damaged.", 100),
        ("Around 40 people were detained.", 40),
        ("Dozens of shops were looted.", 12),
        ("Several hundred protesters gathered.", 200),
        ("Roughly half of the district lost power.", 0.5),
        ("Police arrested 40 or so people.", 40),
        ("Some two dozen officers responded.", 24),
        ("A 40-odd strong crowd waited outside.", 40),
        ("Circa 200 troops were deployed.", 200),
    ],
)
def test_claims_approximate_hedged_and_vague_counts(text: str, value: float) -> None:
    count = parse_count(text)
    assert count is not None and count.value == pytest.approx(value) and count.approximate


@pytest.mark.parametrize(
    "text",
    [
        "Police said 14 people were shot.",
        "At least 3 people died.",
        "More than 8,500 fighters were killed.",
        "Twenty-three homes burned.",
    ],
)
def test_claims_approximate_exact_and_bounded_counts_are_not(text: str) -> None:
    count = parse_count(text)
    assert count is not None and not count.approximate


def test_claims_approximate_relative_amount_after_a_hedge() -> None:
    count = parse_count("Officials paid roughly half that.")
    assert count is not None and count.relative and count.approximate


def claim(approximate: bool) -> Claim:
    quantity = Quantity(90.0, unit="countries", what="countries", approximate=approximate)
    return Claim("c1", 0, 8, "about 90", quantity)


def test_claims_approximate_is_serialised_and_defaults_to_false() -> None:
    assert claim_json(claim(True))["quantity"]["approximate"] is True
    assert claim_json(Claim("c2", 0, 2, "14", Quantity(14.0)))["quantity"]["approximate"] is False


def test_claims_approximate_is_stored(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.duckdb")
    result = make_result()
    result = dataclasses.replace(result, claims=(claim(True),))
    store.write([result])
    [stored] = get_document(store, result.meta.doc_id)["claims"]
    assert stored["approximate"] is True and stored["value"] == 90.0
