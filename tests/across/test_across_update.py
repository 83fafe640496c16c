from pathlib import Path

from across_fixtures import results

from faultlines.across.update import update_across
from faultlines.store.across_tables import (
    canonical_event_of,
    contradictions_for_event,
    list_canonical_events,
    list_contradictions,
    list_stories,
)  # fmt: skip
from faultlines.store.database import Store

TABLES = ("canonical_events", "canonical_members", "stories", "story_documents", "contradictions")


def _snapshot(store: Store) -> dict[str, list]:
    with store.reader() as con:
        return {t: sorted(map(str, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}


def _members(store: Store) -> list[list[str]]:
    return sorted(sorted({m["doc_id"] for m in e["members"]}) for e in list_canonical_events(store))


def test_update_multi_report_merges_two_incidents_keeps_look_alike(multi_report_store: Store) -> None:
    summary = update_across(multi_report_store)
    assert summary.updated and summary.merged == 2
    assert _members(multi_report_store) == [
        ["mr-01-harbour", "mr-02-plains", "mr-03-river"], ["mr-03-river", "mr-04-valley"], ["mr-05-harbour"],
    ]  # fmt: skip


def test_update_multi_report_flags_conflicting_toll(multi_report_store: Store) -> None:
    update_across(multi_report_store)
    tolls = list_contradictions(multi_report_store, field="fatalities")
    assert len(tolls) == 1
    assert sorted(s["value"] for s in tolls[0]["sides"]) == [9, 9, 14]
    assert tolls[0]["canonical_value"]["best"] == 9
    for side in tolls[0]["sides"]:
        assert side["evidence"]["text"] and side["source"]
    event_id = canonical_event_of(multi_report_store, tolls[0]["subject_id"])["members"][0]["event_id"]
    assert {c["field"] for c in contradictions_for_event(multi_report_store, event_id)} == {"fatalities", "perpetrator"}


def test_update_rerun_is_a_no_op_and_forced_rerun_adds_nothing(multi_report_store: Store) -> None:
    update_across(multi_report_store)
    before = _snapshot(multi_report_store)
    assert not update_across(multi_report_store).updated
    assert update_across(multi_report_store, force=True).updated
    assert _snapshot(multi_report_store) == before


def test_update_ingest_order_does_not_matter(tmp_path: Path) -> None:
    snapshots = []
    for name, batches in (("forward", [results()]), ("backward", [[r] for r in reversed(results())])):
        store = Store(tmp_path / f"{name}.duckdb")
        for batch in batches:
            store.write(batch)
            update_across(store, [r.meta.doc_id for r in batch])
        snapshots.append(_snapshot(store))
    assert snapshots[0] == snapshots[1]


def test_update_stories_cite_their_documents(multi_report_store: Store) -> None:
    update_across(multi_report_store)
    texts = {r.meta.doc_id: r.text for r in results()}
    stories = list_stories(multi_report_store)
    assert sum(len(s["documents"]) for s in stories) == len(texts)
    for story in stories:
        assert story["title"] and story["summary"]
        for sentence in story["summary"]:
            assert texts[sentence["doc_id"]][sentence["start"] : sentence["end"]] == sentence["text"]


def test_across_story_lookup_is_exact_or_an_unambiguous_start(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    store.write(results())
    update_across(store)
    from faultlines.store.across_tables import get_story

    story_ids = [s["story_id"] for s in list_stories(store)]
    first = story_ids[0]
    assert get_story(store, first)["story_id"] == first
    assert get_story(store, "%") is None and get_story(store, "_") is None  # wildcards match themselves
    assert get_story(store, "") is None
    starts = [sid for sid in story_ids if sid.startswith(first[:1])]
    expected = first if len(starts) == 1 else None
    found = get_story(store, first[:1])
    assert (found["story_id"] if found else None) == expected
