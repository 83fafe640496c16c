"""Reading inputs: every kind of bad input becomes a coded failure and the rest still loads."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from faultlines.config import Settings
from faultlines.records import Failure, SourceDocument
from faultlines.stages.ingest import normalised_hash, read_paths

REPORT = (
    "Clashes in Deir ez-Zor\n\nFighters of the Islamic State clashed with tribal gunmen near the town "
    "of Hajin on Monday, killing at least four people, a monitor said.\n"
)


def read(tmp_path: Path, *paths: Path, settings: Settings | None = None) -> list[SourceDocument | Failure]:
    return list(read_paths(paths or [tmp_path], settings or Settings(data_dir=str(tmp_path / "data"))))


def only_failure(items: list[SourceDocument | Failure]) -> Failure:
    assert len(items) == 1 and isinstance(items[0], Failure), items
    return items[0]


def test_ingest_reads_text_with_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        json.dumps({"title": "Clashes", "outlet": "Test Wire", "published": "2018-12-04"}), encoding="utf-8"
    )
    [doc] = read(tmp_path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == REPORT
    assert (doc.outlet, doc.published, doc.published_from) == ("Test Wire", "2018-12-04", "sidecar")
    assert doc.doc_id == normalised_hash(REPORT)


def test_ingest_binary_file_is_refused_with_what_it_looks_like(tmp_path: Path) -> None:
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    failure = only_failure(read(tmp_path))
    assert failure.code == "E105" and "PDF" in failure.message and "convert it" in failure.message


def test_ingest_nul_bytes_are_binary(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    assert only_failure(read(tmp_path)).code == "E105"


def test_ingest_empty_file_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n  ", encoding="utf-8")
    items = read(tmp_path)
    assert [i.code for i in items if isinstance(i, Failure)] == ["E106", "E106"]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-8-sig"])
def test_ingest_decodes_other_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Gunmen attacked a café in Aïn Issa on Friday, the Kurdish Red Crescent said.\n"
    (tmp_path / "report.txt").write_bytes(text.encode(encoding))
    [doc] = read(tmp_path)
    assert isinstance(doc, SourceDocument) and doc.text == text


def test_ingest_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.seek(3 * 1024 * 1024)
        handle.write(b"x")
    failure = only_failure(read(tmp_path, settings=Settings(max_mb=2)))
    assert failure.code == "E104" and "--max-mb" in failure.message


def test_ingest_malformed_jsonl_line_fails_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": REPORT}),
        "{not json",
        json.dumps({"id": "r3", "text": "Second " + REPORT}),
    ]
    (tmp_path / "wire.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["SourceDocument", "Failure", "SourceDocument"]
    assert items[1].code == "E108" and "line 2" in items[1].message
    assert [i.doc_id for i in items if isinstance(i, SourceDocument)] == ["r1", "r3"]


def test_ingest_record_without_text_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "records.json").write_text(json.dumps([{"id": "x", "title": "no body"}]), encoding="utf-8")
    assert only_failure(read(tmp_path)).code == "E109"


def test_ingest_csv_records(tmp_path: Path) -> None:
    (tmp_path / "feed.csv").write_text(
        'id,title,outlet,published,text\nc1,Clash,Wire,2019-02-01,"' + REPORT.replace('"', '""') + '"\n',
        encoding="utf-8",
    )
    [doc] = read(tmp_path)
    assert isinstance(doc, SourceDocument)
    assert (doc.doc_id, doc.outlet, doc.published) == ("c1", "Wire", "2019-02-01")


def test_ingest_malformed_html_without_text_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "broken.html").write_text("<html><head><title>x</title><body><div><div></p>", encoding="utf-8")
    assert only_failure(read(tmp_path)).code == "E110"


def test_ingest_html_main_text_and_metadata(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{REPORT.strip()} Paragraph {i} adds detail on the fighting.</p>" for i in range(4))
    html = (
        "<!doctype html><html><head><title>Clashes near Hajin | Test Wire</title>"
        '<meta name="author" content="Jane Writer">'
        '<meta property="article:published_time" content="2018-12-05T10:00:00Z">'
        '<meta property="og:site_name" content="Test Wire"></head><body>'
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>Clashes near Hajin</h1>{paragraphs}</article>"
        "<footer>© 2018 Test Wire. All rights reserved.</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [doc] = read(tmp_path)
    assert isinstance(doc, SourceDocument)
    assert "Hajin" in doc.text and "Home" not in doc.text
    assert (doc.published, doc.published_from, doc.outlet) == ("2018-12-05", "html", "Test Wire")


def test_ingest_bad_sidecar_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{oops", encoding="utf-8")
    assert only_failure(read(tmp_path)).code == "E111"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_ingest_unreadable_file_is_a_failure_and_others_load(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    locked = tmp_path / "b.txt"
    locked.write_text(REPORT, encoding="utf-8")
    locked.chmod(0)
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["SourceDocument", "Failure"]
    assert items[1].code == "E102"


def test_ingest_unreadable_folder_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    missing = tmp_path / "nowhere"
    items = read(tmp_path, tmp_path, missing)
    assert isinstance(items[0], SourceDocument)
    assert only_failure(items[1:]).code == "E101"


def test_ingest_folder_skips_other_file_types_but_named_file_fails(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    skipped: list[Path] = []
    items = list(read_paths([tmp_path], Settings(), skipped))
    assert len(items) == 1 and skipped == [tmp_path / "notes.md"]
    assert only_failure(read(tmp_path, tmp_path / "notes.md")).code == "E103"


def test_ingest_published_option_overrides_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2018-12-04"}), encoding="utf-8")
    [doc] = read(tmp_path, settings=Settings(published="2019-01-01"))
    assert isinstance(doc, SourceDocument) and (doc.published, doc.published_from) == ("2019-01-01", "option")


def test_ingest_hash_ignores_whitespace_only_differences() -> None:
    assert normalised_hash("A  clash\nnear Hajin.") == normalised_hash("A clash near  Hajin. ")
    assert normalised_hash("A clash near Hajin.") != normalised_hash("A clash near Hajin!")


def test_ingest_dangling_link_in_folder_is_a_failure_and_others_load(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "moved-away.txt")
    items = read(tmp_path)
    assert isinstance(items[0], SourceDocument)
    assert only_failure(items[1:]).code == "E102"
