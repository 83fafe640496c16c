"""An ingest over inputs that once ended a batch (deep JSON, a CSV quote left open, a toll
beyond the column, an id reused with another text), interrupted and resumed: nothing
crashes, the good documents are stored once, each bad input is its own coded failure."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from records_factory import TEXT, make_result

from faultlines import service
from faultlines.config import Settings
from faultlines.pipeline import failed_result
from faultlines.records import DocumentResult, Failure, Fatalities, SourceDocument
from faultlines.store.database import Store
from faultlines.store.queries import list_failures

HUGE = 99999999999999999999999


def standin(items: Sequence[SourceDocument | Failure], settings: Settings) -> list[DocumentResult]:
    """A result per item as the pipeline makes them, the toll read from the text."""
    results = []
    for item in items:
        if isinstance(item, Failure):
            results.append(failed_result(item, settings))
            continue
        result = make_result(item.text, doc_id=item.doc_id, source=item.source)
        result = replace(result, meta=replace(result.meta, text_hash=item.text_hash))
        toll = HUGE if str(HUGE) in item.text else 7
        event = replace(result.events[0], fatalities=Fatalities(best=toll))
        results.append(replace(result, events=(event,)))
    return results


def interrupting(after: int):
    calls = []

    def task(items: Sequence[SourceDocument | Failure], settings: Settings) -> list[DocumentResult]:
        calls.append(1)
        if len(calls) > after:
            raise KeyboardInterrupt  # as Ctrl-C, or SIGTERM, midway
        return standin(items, settings)

    return task


def corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a_good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b_deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    (folder / "c_feed.csv").write_text(f'id,text\nc1,"{TEXT.replace("seven", "six")}"\nc2,"open\n', encoding="utf-8")
    (folder / "d_huge.txt").write_text(TEXT.replace("seven", str(HUGE)), encoding="utf-8")
    records = [{"id": "c1", "text": TEXT.replace("seven", "five")}]  # c1 again, another text
    (folder / "e_reused.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    (folder / "f_good.txt").write_text(TEXT.replace("Tuesday", "Monday"), encoding="utf-8")
    return folder


def test_resume_bad_inputs_interrupted_then_resumed(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in")
    settings = Settings(db_path=str(tmp_path / "f.duckdb"), data_dir=str(tmp_path / "data"), batch_size=2)
    with pytest.raises(KeyboardInterrupt):
        service.ingest([str(folder)], settings, task=interrupting(after=1))
    store = Store(settings.db_path)
    [run] = store.list_runs()
    assert run["status"] == "interrupted"
    summary = service.resume(settings, task=standin)
    assert summary.resumed > 0
    [run] = store.list_runs()
    assert run["status"] == "done"
    codes = sorted((f["code"], Path(f["source"]).name) for f in list_failures(store))
    assert codes == [
        ("E108", "b_deep.json#1"),
        ("E112", "c_feed.csv#3"),
        ("E204", "d_huge.txt"),
        ("E205", "e_reused.jsonl#1"),
    ]
    with store.reader() as con:
        stored = con.execute("SELECT doc_id, source FROM documents ORDER BY source").fetchall()
    assert [Path(source).name for _, source in stored] == ["a_good.txt", "c_feed.csv#2", "d_huge.txt", "f_good.txt"]
