"""Inputs that once stopped a batch or were stored wrongly: each is a coded failure (or read
right) and the files beside it still load."""

from __future__ import annotations

import json
from pathlib import Path

from faultlines.config import Settings
from faultlines.records import Failure, SourceDocument
from faultlines.stages.decode import decode_bytes
from faultlines.stages.ingest import MAX_JSON_DEPTH, read_paths

REPORT = "Fighters of the Islamic State clashed with tribal gunmen near Hajin on Monday, a monitor said.\n"


def read(tmp_path: Path) -> list[SourceDocument | Failure]:
    return list(read_paths([tmp_path], Settings(data_dir=str(tmp_path / "data"))))


def codes(items: list[SourceDocument | Failure]) -> list[str]:
    return [item.code if isinstance(item, Failure) else "doc" for item in items]


def test_ingest_limits_deeply_nested_json_fails_alone(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000  # past Python's recursion limit
    (tmp_path / "a_deep.json").write_text(deep, encoding="utf-8")
    (tmp_path / "b_deep.jsonl").write_text(json.dumps({"text": REPORT}) + "\n" + deep + "\n", encoding="utf-8")
    (tmp_path / "c_good.txt").write_text(REPORT, encoding="utf-8")
    items = read(tmp_path)
    assert codes(items) == ["E108", "doc", "E108", "doc"]
    assert "levels deep" in items[0].message and "line 2" in items[2].message


def test_ingest_limits_a_number_python_will_not_convert_fails_its_line_alone(tmp_path: Path) -> None:
    huge = '{"text": "Gunmen shelled Hajin.", "casualties": ' + "9" * 5000 + "}"
    (tmp_path / "feed.jsonl").write_text(huge + "\n" + json.dumps({"text": REPORT}) + "\n", encoding="utf-8")
    items = read(tmp_path)
    assert codes(items) == ["E108", "doc"]
    assert "line 1" in items[0].message and "digits" in items[0].message


def test_ingest_limits_nesting_within_the_limit_is_read(tmp_path: Path) -> None:
    nested: object = "x"
    for _ in range(MAX_JSON_DEPTH - 2):
        nested = [nested]
    (tmp_path / "r.json").write_text(json.dumps({"text": REPORT, "extra": nested}), encoding="utf-8")
    assert codes(read(tmp_path)) == ["doc"]


def test_ingest_limits_brackets_inside_strings_are_not_nesting(tmp_path: Path) -> None:
    text = REPORT + "[" * (MAX_JSON_DEPTH * 2) + ' "quoted {'
    (tmp_path / "r.json").write_text(json.dumps([{"text": text}]), encoding="utf-8")
    [doc] = read(tmp_path)
    assert isinstance(doc, SourceDocument) and doc.text == text


def test_ingest_limits_unterminated_csv_quote_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "feed.csv").write_text(f'id,text\nc1,"{REPORT}"\nc2,"never closed\nc3,{REPORT}', encoding="utf-8")
    items = read(tmp_path)
    assert codes(items) == ["doc", "E112"]
    assert "line 4" in items[1].message and "never closed" in items[1].message


def test_ingest_limits_csv_quote_closed_later_does_not_swallow_silently(tmp_path: Path) -> None:
    # The quote opened in c2 closes in c3's line: the two lines read as one record of 3 fields.
    rows = [
        "id,title,text",
        "c1,One,Gunmen shelled Hajin",
        'c2,Two,"opened here',
        'c3,Three,closed" here',
        "c4,Four,fine",
    ]
    (tmp_path / "feed.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = read(tmp_path)
    assert codes(items) == ["doc", "E112", "doc"]
    assert "line 3" in items[1].message
    assert items[2].doc_id == "c4"


def test_ingest_limits_csv_row_with_extra_fields_is_named(tmp_path: Path) -> None:
    (tmp_path / "feed.csv").write_text("id,text\nc1,Gunmen shelled Hajin,extra\nc2,ok text\n", encoding="utf-8")
    items = read(tmp_path)
    assert codes(items) == ["E112", "doc"]
    assert "line 2 has 3 fields" in items[0].message


def test_ingest_limits_binary_after_the_first_8_kb_is_refused(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(REPORT.encode() * 200 + bytes(range(256)) * 20)
    (tmp_path / "ctl.txt").write_bytes(REPORT.encode() * 200 + bytes(range(1, 9)) * 2000)
    items = read(tmp_path)
    assert codes(items) == ["E105", "E105"]


def test_ingest_limits_mixed_encodings_are_flagged_not_stored_as_mojibake(tmp_path: Path) -> None:
    data = "Fighters said “no” to the truce — ".encode() + "a café in Hajin was shelled.".encode("cp1252")
    (tmp_path / "mixed.txt").write_bytes(data)
    [failure] = read(tmp_path)
    assert isinstance(failure, Failure) and failure.code == "E107" and "mixed" in failure.message


def test_ingest_limits_gb18030_text_is_read_as_chinese() -> None:
    chinese = "伊斯兰国武装分子周一在哈金附近与部落武装交火，至少四人死亡。"
    assert decode_bytes(chinese.encode("gb18030")) == (chinese, "gb18030")


def test_ingest_limits_other_cjk_encodings_are_not_read_as_chinese() -> None:
    japanese = "シリア東部で衝突が発生し、少なくとも四人が死亡した。"
    korean = "시리아 동부에서 충돌이 발생해 최소 4명이 사망했다."
    assert decode_bytes(japanese.encode("shift_jis")) == (japanese, "shift_jis")
    assert decode_bytes(korean.encode("euc-kr")) == (korean, "euc-kr")


def test_ingest_limits_western_code_pages_stay_western() -> None:
    for text in ("The naïve fighters fled Hajin.", "Le café était fermé à Hajin, où ils ont fui."):
        assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_ingest_limits_a_path_the_system_refuses_is_a_failure_and_others_load(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    too_long = tmp_path / ("x" * 5000 + ".txt")  # stat() fails: ENAMETOOLONG
    items = list(read_paths([too_long, good], Settings(data_dir=str(tmp_path / "data"))))
    assert codes(items) == ["E102", "doc"]
