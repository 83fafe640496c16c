"""The CASE 2021 and MUC-4 readers and scorers, on small files the tests write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faultlines.errors import UsageError
from faultlines.eval import case2021, muc4


def test_case2021_score_is_weighted_by_support() -> None:
    gold = ["ARMED_CLASH", "ARMED_CLASH", "ARMED_CLASH", "GRENADE"]
    predicted = ["ARMED_CLASH", "ARMED_CLASH", "GRENADE", "GRENADE"]
    report = case2021.score(gold, predicted)
    clash = 2 * 1.0 * (2 / 3) / (1.0 + 2 / 3)
    grenade = 2 * 0.5 * 1.0 / 1.5
    assert report.weighted_f1 == pytest.approx((3 * clash + grenade) / 4)
    assert report.macro_f1 == pytest.approx((clash + grenade) / 2)
    assert report.accuracy == pytest.approx(0.75)


def test_case2021_reader_keeps_acled_labels(tmp_path: Path) -> None:
    path = tmp_path / "dev.tsv"
    path.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tRebels shelled the port.\tART_MISS_ATTACK\n"
        "2\tA flood hit the valley.\tNATURAL_DISASTER\n",
        encoding="utf-8",
    )
    assert [s.label for s in case2021.read_snippets(tmp_path / "dev.tsv")] == ["ART_MISS_ATTACK"]
    assert len(case2021.read_snippets(path, acled_only=False)) == 2
    assert case2021.resolve_path(tmp_path) == path


def test_case2021_reader_says_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no CASE 2021 file"):
        case2021.read_snippets(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(UsageError, match="EventSnippet"):
        case2021.read_snippets(bad)


def test_case2021_no_event_is_other() -> None:
    assert case2021.predict_label([]) == "OTHER"


def test_muc4_normalise_drops_articles_and_punctuation() -> None:
    assert muc4.normalise('The "Santo Tomas" farm') == "santo tomas farm"


def test_muc4_ceaf_ree_aligns_one_to_one() -> None:
    gold = [{"PerpInd": [["guerrillas", "guerrilla column"]], "Target": [["farm"], ["truck"]]}]
    # two predictions for one gold entity: only one can match
    predicted = [{"PerpInd": [["guerrillas"], ["guerrilla column"]], "Target": [["truck"]]}]
    report = muc4.score(gold, predicted)
    perp = report.roles[muc4.ROLES.index("PerpInd")]
    assert (perp.matched, perp.predicted, perp.gold) == (1, 2, 1)
    assert (report.micro.matched, report.micro.predicted, report.micro.gold) == (2, 3, 3)
    assert report.micro.f1 == pytest.approx(2 / 3)


def test_muc4_reader(tmp_path: Path) -> None:
    record = {
        "docid": "T-1",
        "doctext": "gunmen burned a bus.",
        "extracts": {
            "PerpInd": [[["gunmen", 0]]],
            "PerpOrg": [],
            "Target": [[["bus", 16]]],
            "Victim": [],
            "Weapon": [],
        },
    }
    path = tmp_path / "dev.grit.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = muc4.read_docs(tmp_path / "dev.grit.jsonl")
    assert doc.gold["PerpInd"] == [["gunmen"]] and doc.gold["Target"] == [["bus"]]
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(UsageError, match="line 1"):
        muc4.read_docs(tmp_path / "bad.jsonl")
