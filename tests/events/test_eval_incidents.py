"""The incidents scorer (bench/incidents/GUIDE.md) on reports and events the tests write by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from faultlines.errors import UsageError
from faultlines.eval.incidents import (
    GoldIncident,
    GoldReport,
    error_rows,
    field_checks,
    field_rows,
    read_gold,
    score,
)

SENTENCES = (
    "Rebels attacked a convoy near Kafr Nabl on Monday, killing three soldiers.",
    "The attack was the third this month.",
    "In 2015 the rebels had stormed the same road.",
    "Police arrested two men in Idlib.",
)
TEXT = " ".join(SENTENCES)


def sentence(n: int) -> tuple[int, int]:
    start = TEXT.index(SENTENCES[n])
    return start, start + len(SENTENCES[n])


def incident(index: int, mentions: list[tuple[int, int]], **values: Any) -> GoldIncident:
    fields: dict[str, Any] = {
        "sub_event_type": "Attack", "modality": "asserted", "background": False,
        "actor1": "Rebels", "actor1_faction": None, "actor2": "Military Forces of Syria", "actor2_faction": None,
        "place": "Kafr Nabl", "date_text": "on Monday", "fatalities": 3,
    }  # fmt: skip
    fields.update(values)
    return GoldIncident(index=index, mentions=tuple(mentions), **fields)


GOLD = GoldReport(
    doc_id="doc-1",
    text=TEXT,
    incidents=(
        incident(0, [sentence(0), sentence(1)]),
        incident(1, [sentence(2)], background=True, sub_event_type="Armed clash", date_text="In 2015", fatalities=None),
        incident(2, [sentence(3)], sub_event_type="Arrests", actor1="Police", actor2=None, place="Idlib",
                 date_text=None, fatalities=None),
    ),
)  # fmt: skip


def event(word: str, *, after: int = 0, **values: Any) -> dict[str, Any]:
    start = TEXT.index(word, after)
    record: dict[str, Any] = {
        "sub_event_type": "Attack", "modality": "asserted",
        "trigger": {"start": start, "end": start + len(word), "text": word},
        "actor1": {"name": "rebels", "actor_id": None, "faction": None},
        "actor2": {"name": "Military Forces of Syria", "actor_id": "syria-army", "faction": None},
        "place": {"text": "Kafr Nabl", "name": "Kafr Nabl"}, "fatalities": {"best": 3},
        "date": {"start": "2020-01-06", "text": "on Monday"}, "evidence": [],
    }  # fmt: skip
    record.update(values)
    return record


def test_eval_incidents_one_incident_two_events_is_one_match_and_one_duplicate() -> None:
    result = score([GOLD], {"doc-1": {"events": [event("attacked"), event("attack", after=75)]}})
    doc = result.docs[0]
    assert (doc.matched, doc.duplicates, doc.spurious) == (1, 1, 0)
    assert result.precision == pytest.approx(1 / 2)
    assert result.recall == pytest.approx(1 / 2)  # the arrest was missed
    assert [i.index for i in doc.missed] == [2]


def test_eval_incidents_background_matches_are_left_out_of_precision() -> None:
    events = [event("attacked"), event("stormed", sub_event_type="Armed clash"), event("stormed")]
    result = score([GOLD], {"doc-1": {"events": events}})
    assert result.total("background") == 2  # neither true nor false, however many
    assert result.records == 1
    assert result.precision == 1.0


def test_eval_incidents_event_outside_every_mention_is_spurious() -> None:
    # A trigger that only starts inside a mention does not lie inside it.
    spanning = event("attacked")
    spanning["trigger"] = {"start": 70, "end": 80, "text": TEXT[70:80]}
    result = score([GOLD], {"doc-1": {"events": [spanning]}})
    assert result.total("spurious") == 1
    assert result.precision == 0.0


def test_eval_incidents_unscored_modalities_and_dropped_mentions_are_not_records() -> None:
    events = [
        event("attacked", modality="hypothetical"),
        event("attacked", modality="negated"),
        event("attack", after=75, reportability={"reportable": False, "reason": "statistic"}),
    ]
    result = score([GOLD], {"doc-1": {"events": events}})
    assert result.total("predicted") == 0


def test_eval_incidents_matching_gives_each_incident_its_own_event() -> None:
    # Two incidents share a sentence; the first event could take either, the second only one.
    text = "Rebels shelled Hama and police arrested a man in Homs."
    report = GoldReport("d", text, (
        incident(0, [(0, len(text))], sub_event_type="Shelling/artillery/missile attack"),
        incident(1, [(21, len(text))], sub_event_type="Arrests"),
    ))  # fmt: skip
    shelled = {"sub_event_type": "Arrests", "modality": "asserted", "trigger": {"start": 7, "end": 14}}
    arrested = {"sub_event_type": "Arrests", "modality": "asserted", "trigger": {"start": 32, "end": 40}}
    result = score([report], {"d": {"events": [shelled, arrested]}})
    assert result.total("matched") == 2 and result.total("duplicates") == 0


def test_eval_incidents_a_report_without_output_has_no_events() -> None:
    result = score([GOLD], {})
    assert (result.total("predicted"), result.total("gold"), result.recall) == (0, 2, 0.0)


def test_eval_incidents_fields_on_a_matched_pair() -> None:
    checks = field_checks(GOLD.incidents[0], event("attacked"))
    assert checks == {
        "sub_event_type": True, "actor1": True, "actor2": True, "place": True,
        "fatalities": True, "modality": True,
    }  # fmt: skip
    wrong = event("attacked", sub_event_type="Armed clash", fatalities={"best": 30}, place=None, actor2=None)
    checks = field_checks(GOLD.incidents[0], wrong)
    assert not any(checks[k] for k in ("sub_event_type", "fatalities", "place", "actor2"))


def test_eval_incidents_fatalities_null_and_zero_are_alike() -> None:
    arrest = GOLD.incidents[2]
    assert field_checks(arrest, event("arrested", fatalities={"best": 0}))["fatalities"]
    assert field_checks(arrest, event("arrested", fatalities={"best": None}))["fatalities"]


def test_eval_incidents_clash_sides_count_in_either_order_and_only_for_clashes() -> None:
    clash = incident(0, [sentence(0)], sub_event_type="Armed clash")
    swapped = event("attacked", actor1=event("attacked")["actor2"], actor2=event("attacked")["actor1"])
    assert field_checks(clash, swapped)["actor1"] and field_checks(clash, swapped)["actor2"]
    attack = GOLD.incidents[0]
    assert not field_checks(attack, swapped)["actor1"]


def test_eval_incidents_actor_key_normalises_aliases() -> None:
    gold = incident(0, [sentence(0)], actor1="ISIS", actor2=None)
    predicted = event("attacked", actor1={"name": "Islamic State", "actor_id": "isis"}, actor2=None)
    aliases = {"isis": "isis", "islamic state": "isis"}
    assert field_checks(gold, predicted, actor_key=lambda n: aliases.get(n.lower(), n))["actor1"]
    assert not field_checks(gold, {**predicted, "actor1": {"name": "Al-Qaeda", "actor_id": "aq"}},
                            actor_key=lambda n: aliases.get(n.lower(), n))["actor1"]  # fmt: skip


def test_eval_incidents_faction_is_scored_only_where_gold_has_one() -> None:
    assert "faction" not in field_checks(GOLD.incidents[0], event("attacked"))
    split = incident(0, [sentence(0)], actor1_faction="foreign fighters")
    assert not field_checks(split, event("attacked"))["faction"]
    with_faction = event("attacked", actor1={"name": "rebels", "actor_id": None, "faction": "local fighters"})
    assert field_checks(split, with_faction)["faction"]


def test_eval_incidents_date_must_be_null_where_gold_has_no_date_words() -> None:
    arrest = GOLD.incidents[2]
    assert not field_checks(arrest, event("arrested"))["date_null"]
    assert field_checks(arrest, event("arrested", date=None))["date_null"]
    assert "date_null" not in field_checks(GOLD.incidents[0], event("attacked"))


def test_eval_incidents_errors_list_false_and_missed_records_with_their_sentence() -> None:
    result = score([GOLD], {"doc-1": {"events": [event("attacked"), event("attack", after=75)]}})
    rows = error_rows(GOLD, result.docs[0])
    assert [(r["error"], r["incident"]) for r in rows] == [("duplicate", 0), ("missed", 2)]
    assert rows[0]["sentence"] == "The attack was the third this month."
    assert rows[1]["sentence"] == "Police arrested two men in Idlib."


def test_eval_incidents_field_rows_say_what_was_wrong_and_what_gold_has() -> None:
    wrong = event("attacked", sub_event_type="Armed clash", fatalities={"best": 30})
    result = score([GOLD], {"doc-1": {"events": [wrong]}})
    (row,) = field_rows(GOLD, result.docs[0])
    assert row["wrong"] == {
        "sub_event_type": {"gold": "Attack", "predicted": "Armed clash"},
        "fatalities": {"gold": 3, "predicted": 30},
    }
    assert row["sentence"] == SENTENCES[0]
    assert field_rows(GOLD, score([GOLD], {"doc-1": {"events": [event("attacked")]}}).docs[0]) == []


def test_eval_incidents_reader_reads_gold_and_says_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    row = {"id": "r1", "text": TEXT, "published": None, "incidents": [
        {"sub_event_type": "Arrests", "modality": "asserted", "background": False, "mentions": [list(sentence(3))]},
    ]}  # fmt: skip
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (report,) = read_gold(tmp_path)
    assert report.doc_id == "r1" and report.incidents[0].mentions == (sentence(3),)
    path.write_text('{"id": "r2"}\n', encoding="utf-8")
    with pytest.raises(UsageError, match="not an incidents record"):
        read_gold(path)
    with pytest.raises(UsageError, match="no incidents file"):
        read_gold(tmp_path / "missing.jsonl")


@pytest.mark.slow
def test_eval_incidents_cli_scores_what_extract_prints(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from faultlines.cli import main

    text = "Rebels attacked a convoy near Hama on Monday, killing three soldiers. Such attacks are common there."
    row = {"id": "cli-1", "text": text, "title": None, "published": "2020-03-04", "incidents": [
        {"sub_event_type": "Armed clash", "modality": "asserted", "background": False, "actor1": "Rebels",
         "actor2": None, "place": "Hama", "date_text": "on Monday", "fatalities": 3,
         "mentions": [[0, text.index(" Such")]]},
    ]}  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "incidents", str(path), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["gold"], report["matched"], report["recall"]) == (1, 1, 1.0)
    assert report["precision"] == 1.0, report["errors"]  # "such attacks" is a generality, no record
