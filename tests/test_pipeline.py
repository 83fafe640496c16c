"""The one Pipeline: stage lists checked when it is built, failures kept per document, and a
version that changes when the rules change. Unit tests use stages registered here; the last
test runs the real pipeline (slow)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from testdata import source_document

from faultlines import versioning
from faultlines.analysis import Analysis
from faultlines.config import EXTRACTION_STAGES, Settings
from faultlines.errors import FaultlinesError
from faultlines.pipeline import Pipeline, pipeline_version, run_stage
from faultlines.records import CleanDocument, DocumentResult, Entity
from faultlines.registry import check_stages, get_stage, stage


@stage("tests.writes_entities.v1", reads=("doc",), writes=("entities",))
def _writes_entities(analysis: Analysis, resources: object) -> Analysis:
    return dataclasses.replace(analysis, entities=(Entity(0, 4, "ISIS", "ORG"),))


@stage("tests.reads_entities.v1", reads=("entities",), writes=("actors",))
def _reads_entities(analysis: Analysis, resources: object) -> Analysis:
    return analysis


@stage("tests.breaks.v1", reads=("doc",), writes=("events",))
def _breaks(analysis: Analysis, resources: object) -> Analysis:
    raise RuntimeError("a bug in a rule")


@stage("tests.needs_gazetteer.v1", reads=("doc",), writes=("places",), needs=("gazetteer",))
def _needs_gazetteer(analysis: Analysis, resources: object) -> Analysis:
    return analysis


def _analysis(text: str = "ISIS fighters clashed.") -> Analysis:
    return Analysis(clean=CleanDocument(source=source_document(text), body=text), doc=None)


def test_pipeline_stage_list_in_dependency_order_is_accepted() -> None:
    stages = check_stages(["tests.writes_entities.v1", "tests.reads_entities.v1"])
    assert [s.name for s in stages] == ["tests.writes_entities.v1", "tests.reads_entities.v1"]


def test_pipeline_stage_that_reads_what_no_earlier_stage_writes_is_refused() -> None:
    with pytest.raises(FaultlinesError, match=r"E004 stage tests\.reads_entities\.v1 reads \['entities'\]"):
        check_stages(["tests.reads_entities.v1", "tests.writes_entities.v1"])


def test_pipeline_builtin_stages_in_the_wrong_order_are_refused() -> None:
    check_stages(EXTRACTION_STAGES)  # the shipped order is valid
    with pytest.raises(FaultlinesError, match=r"E004 stage faultlines\.events\.v1 reads"):
        check_stages(["faultlines.events.v1", "faultlines.actors.v1"])


def test_pipeline_stage_needing_a_resource_that_is_not_loaded_is_refused() -> None:
    check_stages(["tests.needs_gazetteer.v1"], available=frozenset({"nlp", "gazetteer"}))
    with pytest.raises(FaultlinesError, match=r"E004 stage tests\.needs_gazetteer\.v1 needs \['gazetteer'\]"):
        check_stages(["tests.needs_gazetteer.v1"], available=frozenset({"nlp", "actors"}))


def test_pipeline_stage_declaring_an_unknown_resource_is_refused_at_registration() -> None:
    with pytest.raises(FaultlinesError, match="E003"):
        stage("tests.needs_a_tank.v1", reads=("doc",), writes=("events",), needs=("tank",))


def test_pipeline_unknown_stage_name_says_what_is_registered() -> None:
    with pytest.raises(FaultlinesError, match=r"E002 no stage named tests\.nothing\.v1"):
        get_stage("tests.nothing.v1")


def test_pipeline_a_stage_that_breaks_becomes_the_documents_failure() -> None:
    analysis = run_stage(get_stage("tests.breaks.v1"), _analysis(), resources=None)  # type: ignore[arg-type]
    (failure,) = analysis.failures
    assert failure.code == "E301"
    assert "RuntimeError: a bug in a rule" in failure.message
    assert failure.stage == "tests.breaks.v1"
    # the next stage still runs on what the earlier ones found
    after = run_stage(get_stage("tests.writes_entities.v1"), analysis, resources=None)  # type: ignore[arg-type]
    assert after.entities and after.failures == analysis.failures


# ---------------------------------------------------------------------------------- versions
def _package_copy(tmp_path: Path) -> Path:
    root = tmp_path / "faultlines"
    shutil.copytree(versioning.PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_pipeline_version_changes_when_a_rule_data_file_changes(tmp_path: Path) -> None:
    root = _package_copy(tmp_path)
    before = versioning.fingerprint(root)
    aliases = root / "data" / "place_aliases.json"
    aliases.write_text(aliases.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert versioning.fingerprint(root) != before


def test_pipeline_version_changes_when_stage_code_changes_but_not_for_the_web_app(tmp_path: Path) -> None:
    root = _package_copy(tmp_path)
    before = versioning.fingerprint(root)
    (root / "web" / "app.py").write_text("# the workbench makes no results\n", encoding="utf-8")
    assert versioning.fingerprint(root) == before
    lexicon = root / "events" / "lexicon.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# one more word\n", encoding="utf-8")
    assert versioning.fingerprint(root) != before


def test_pipeline_version_depends_on_the_stage_list_and_the_users_actor_file(tmp_path: Path) -> None:
    settings = Settings(data_dir=str(tmp_path))
    base = pipeline_version(settings)
    assert pipeline_version(settings.with_(stages=EXTRACTION_STAGES[:2])) != base
    (tmp_path / "actors.user.yaml").write_text("actors: []\n", encoding="utf-8")
    assert pipeline_version(settings) != base


def _standin_task(items: list, settings: Settings) -> list[DocumentResult]:
    """Stores each document with no events, under the version the pipeline would give it."""
    from faultlines.pipeline import failed_result
    from faultlines.records import DocumentMeta, SourceDocument

    out = []
    for item in items:
        if not isinstance(item, SourceDocument):
            out.append(failed_result(item, settings))
            continue
        meta = DocumentMeta(
            item.doc_id, item.source, item.text_hash, None, None, None, None, None, None, "en", len(item.text), "txt"
        )
        out.append(DocumentResult(meta=meta, text=item.text, pipeline_version=pipeline_version(settings)))
    return out


def test_pipeline_ingest_redoes_documents_after_a_rule_file_changes(tmp_path: Path, monkeypatch) -> None:
    from faultlines import service

    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(3):
        (reports / f"r{i}.txt").write_text(f"Report {i}: gunmen attacked a checkpoint.", encoding="utf-8")
    root = _package_copy(tmp_path)
    monkeypatch.setattr(versioning, "rules_fingerprint", lambda: versioning.fingerprint(root))
    monkeypatch.setattr("faultlines.pipeline.rules_fingerprint", lambda: versioning.fingerprint(root))
    monkeypatch.setattr(service, "after_ingest", lambda store, doc_ids: None)
    settings = Settings(db_path=str(tmp_path / "t.duckdb"), data_dir=str(tmp_path / "data"))

    first = service.ingest([str(reports)], settings, task=_standin_task)
    again = service.ingest([str(reports)], settings, task=_standin_task)
    assert (first.counts.documents, again.counts.documents, again.counts.unchanged) == (3, 0, 3)

    lexicon = root / "events" / "lexicon.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# a rule changed\n", encoding="utf-8")
    upgraded = service.ingest([str(reports)], settings, task=_standin_task)
    assert (upgraded.counts.documents, upgraded.counts.unchanged) == (3, 0)


# ---------------------------------------------------------------------------------- the real one
@pytest.mark.slow
def test_pipeline_pipe_and_analyse_give_the_same_events_and_long_texts_are_parsed(tmp_path: Path) -> None:
    pipeline = Pipeline.from_settings(Settings())
    text = "Gunmen killed three soldiers at a checkpoint near Mosul on Tuesday, police said."
    (result,) = pipeline.pipe([source_document(text)])
    (analysis,) = pipeline.analyse([text])
    assert result.events == analysis.events and result.events
    assert analysis.doc is not None and result.pipeline_version == pipeline.version

    # Over spaCy's length limit: parsed in sections, offsets unchanged, the incident still found.
    filler = "\n\n".join(["The council met to discuss the budget for the coming year."] * 40)
    long_text = filler + "\n\n" + text
    nlp = pipeline.resources.nlp
    limit = nlp.max_length
    try:
        nlp.max_length = 400
        (long_result,) = pipeline.pipe([source_document(long_text)])
    finally:
        nlp.max_length = limit
    assert not long_result.failures
    (event,) = [e for e in long_result.events if e.trigger.text == "killed"]
    assert long_text[event.trigger.start : event.trigger.end] == "killed"
