"""The seed articles (../shared/seeds): the events of READING.md, with the right modality and
intra-group flag. Skips when the seeds are not there. Prints the events it found (-s to see them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.analysis import Analysis
from faultlines.config import Settings
from faultlines.events.report import describe
from faultlines.pipeline import Pipeline
from faultlines.records import Event, HeldBack

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed articles at {SEEDS}")]


@pytest.fixture(scope="module")
def seed_analyses() -> dict[str, Analysis]:
    paths = sorted(SEEDS.glob("*.txt"))
    pipeline = Pipeline.from_settings(Settings())
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    found = {}
    for path, analysis in zip(paths, pipeline.analyse(texts), strict=True):
        found[path.name[:3]] = analysis
        print(f"== {path.name}")
        for event in analysis.events:
            print("  " + describe(event))
    return found


@pytest.fixture(scope="module")
def seed_events(seed_analyses) -> dict[str, tuple[Event, ...]]:
    return {name: analysis.events for name, analysis in seed_analyses.items()}


@pytest.fixture(scope="module")
def seed_held_back(seed_analyses) -> dict[str, tuple[HeldBack, ...]]:
    return {name: analysis.held_back for name, analysis in seed_analyses.items()}


def _kinds(events: tuple[Event, ...], kind: str) -> list[Event]:
    return [e for e in events if e.kind == kind]


def test_seeds_infighting_is_intra_group(seed_events) -> None:
    for seed in ("000", "003"):
        fights = _kinds(seed_events[seed], "infighting")
        assert any(e.intra_group and e.modality == "asserted" for e in fights), seed


def test_seeds_executions_of_members_are_intra_group(seed_events) -> None:
    for seed in ("000", "003"):
        executions = _kinds(seed_events[seed], "execution_of_members")
        assert executions and all(e.intra_group for e in executions), seed
    assert any(e.fatalities.best == 100 for e in _kinds(seed_events["003"], "execution_of_members"))


def test_seeds_failed_coup_is_not_a_success(seed_events) -> None:
    coups = _kinds(seed_events["000"], "coup_attempt")
    assert coups and all(e.modality == "attempted_failed" and e.intra_group for e in coups)


def test_seeds_called_off_attack_is_not_an_attack(seed_events) -> None:
    attacks = [e for e in seed_events["003"] if e.modality == "called_off"]
    assert attacks
    planned_or_off = {e.event_id for e in attacks}
    assert all(e.modality != "asserted" for e in seed_events["003"] if e.event_id in planned_or_off)


def test_seeds_forecast_is_not_an_event(seed_events) -> None:
    for event in seed_events["000"]:
        said = " ".join(s.text for s in event.evidence)
        assert not ("will likely" in said and event.modality == "asserted"), describe(event)


def test_seeds_desertion_refusal_and_withdrawal(seed_events) -> None:
    assert any(e.intra_group for e in _kinds(seed_events["000"], "desertion"))
    # READING 001 #2, "foreign leaders order withdrawal, locals refuse": one dispute / refusal of orders
    rift = [e for e in seed_events["001"] if e.kind in ("internal_dispute", "refusal_of_orders") and e.intra_group]
    assert any(any(m.text.startswith("refused") for m in e.mentions) for e in rift)
    assert _kinds(seed_events["001"], "withdrawal")
    assert any(e.intra_group for e in _kinds(seed_events["001"], "desertion"))


def test_seeds_offer_was_rejected(seed_events) -> None:
    offers = _kinds(seed_events["000"], "negotiation")
    assert offers and all(e.modality == "attempted_failed" for e in offers)


def test_seeds_own_members_punished_by_the_group(seed_events) -> None:
    # 003: the fighters who wanted to leave ("they were ... executed") and the religious adviser
    # killed "for stating" ISIS was no caliphate: both by ISIS, on its own people
    executed = [e for e in seed_events["003"] if e.trigger.text == "executed"]
    assert executed and all(e.kind == "execution_of_members" and e.intra_group for e in executed)
    advisers = _kinds(seed_events["003"], "assassination_of_member")
    assert advisers and all(e.intra_group and e.fatalities.best == 1 for e in advisers)


def test_seeds_004_struggle_flight_and_coalition_bombing(seed_events, seed_held_back) -> None:
    events = seed_events["004"]
    # the power struggle between settlors and locals is an ongoing state (GUIDE.md: a claim, not an
    # incident record): held back for review with its kind, never exported as an incident
    struggle = [h for h in seed_held_back["004"] if h.kind == "internal_dispute"]
    assert struggle and struggle[0].reason == "state" and "settlors" in struggle[0].sentence.text
    assert not _kinds(events, "internal_dispute")
    # "Ongoing fleeing of military and political authorities": a state, held back with its kind
    assert any(h.kind == "desertion" and h.reason in ("state", "habit") for h in seed_held_back["004"])
    assert not [e for e in events if e.actor1 and "Coalition" in e.actor1.name and e.kind == "bombing"]


def test_seeds_001_headquarters_moved_to_sulug(seed_events) -> None:
    moved = _kinds(seed_events["001"], "relocation")
    assert moved and all(e.actor2 is None for e in moved)
