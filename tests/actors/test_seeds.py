"""The seed articles (read from ../shared/seeds when present; never copied into the repo)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SEEDS.exists(), reason="no ../shared/seeds here")]
ISIS_NAMES = re.compile(r"\b(ISIS|ISIL|IS|Islamic State|Daesh)\b")


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seeds_every_isis_name_is_linked(read, prefix: str) -> None:
    text = _seed(prefix)
    _, mentions, _ = read(text)
    covered = {i for m in mentions if m.actor_id == "isis" for i in range(m.start, m.end)}
    missed = [m.group() for m in ISIS_NAMES.finditer(text) if m.start() not in covered]
    assert missed == []


@pytest.mark.parametrize(
    ("prefix", "factions"),
    [
        ("000", {"foreign fighters", "Syrian and Iraqi fighters", "leadership", "commanders"}),
        ("001", {"foreign fighters", "local fighters", "leadership", "Syrian fighters"}),
        ("002", {"foreign fighters", "local fighters", "Syrian fighters"}),
        ("003", {"Turkmen", "Chechen/Caucasus fighters", "leadership"}),
        ("004", {"foreign fighters", "local fighters"}),
    ],
)
def test_seeds_factions_of_the_reading_are_found(read, prefix: str, factions: set[str]) -> None:
    _, _, actors = read(_seed(prefix))
    isis = next(a for a in actors if a.actor_id == "isis")
    assert factions <= set(isis.factions)


@pytest.mark.parametrize(
    ("prefix", "actor_ids"),
    [
        ("000", {"isis", "sdf"}),
        ("001", {"isis", "ypg", "peshmerga", "fsa", "us_dod", "coalition", "syrian_opposition"}),
        ("002", {"isis", "coalition"}),
        ("003", {"isis", "nusra", "ahrar_al_sham"}),
        ("004", {"isis", "coalition"}),
    ],
)
def test_seeds_named_groups_are_linked(read, prefix: str, actor_ids: set[str]) -> None:
    _, _, actors = read(_seed(prefix))
    assert actor_ids <= {a.actor_id for a in actors}


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_seeds_baghdadi_is_the_isis_leader(read, prefix: str) -> None:
    _, mentions, _ = read(_seed(prefix))
    baghdadi = [m for m in mentions if m.how == "person" and "Baghdadi" in m.text]
    assert baghdadi and all((m.actor_id, m.role) == ("isis", "leader") for m in baghdadi)
