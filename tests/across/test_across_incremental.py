"""Incremental updates equal a full recomputation, whatever the batches and their order."""

import random
from pathlib import Path

import pytest
from across_fixtures import random_results

from faultlines.across import update
from faultlines.across.update import update_across
from faultlines.store.database import Store

TABLES = ("canonical_events", "canonical_members", "stories", "story_documents", "contradictions")


def _snapshot(store: Store) -> dict[str, list[str]]:
    with store.reader() as con:
        return {t: sorted(map(str, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_update_incremental_batches_equal_full_recomputation(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    documents = random_results(rng, 14)
    full = Store(tmp_path / "full.duckdb")
    full.write(documents)
    update_across(full, force=True)
    expected = _snapshot(full)
    # the documents must merge and disagree, or the comparison proves little
    assert expected["contradictions"] and len(expected["canonical_events"]) < sum(len(d.events) for d in documents)

    scopes: list[int] = []
    affected = update.affected_mentions
    monkeypatch.setattr(update, "affected_mentions", lambda *a: scopes.append(len((s := affected(*a))[0])) or s)
    for order in range(2):
        shuffled = documents[:]
        rng.shuffle(shuffled)
        store = Store(tmp_path / f"batches-{order}.duckdb")
        while shuffled:
            size = rng.randint(1, 4)
            batch, shuffled = shuffled[:size], shuffled[size:]
            store.write(batch)
            assert update_across(store, [r.meta.doc_id for r in batch]).updated
        assert _snapshot(store) == expected
        assert not update_across(store, [documents[0].meta.doc_id]).updated
    assert scopes, "the incremental path never ran"


def test_update_incremental_falls_back_when_an_earlier_document_changed(tmp_path: Path) -> None:
    documents = random_results(random.Random(5), 6)
    store = Store(tmp_path / "changed.duckdb")
    store.write(documents[:3])
    update_across(store, [r.meta.doc_id for r in documents[:3]])
    store.write(documents[3:])
    # the last run never saw documents 3 and 4, yet only 5 is named: the update must still cover all
    update_across(store, [documents[5].meta.doc_id])
    incremental = _snapshot(store)
    update_across(store, force=True)
    assert _snapshot(store) == incremental


def test_update_rewrites_only_changed_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = random_results(random.Random(6), 10)
    store = Store(tmp_path / "rows.duckdb")
    store.write(documents)
    update_across(store)
    changed: list[int] = []
    for name in ("sync_canonicals", "sync_contradictions", "sync_stories"):
        original = getattr(update, name)
        monkeypatch.setattr(update, name, lambda *a, f=original: changed.append(f(*a)) or changed[-1])
    assert update_across(store, force=True).updated
    assert changed == [0, 0, 0]
