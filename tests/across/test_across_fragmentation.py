import pytest

from faultlines.across.fragmentation import fragmentation_points, inverse_simpson, period_of, wilson


def _event(cid, kind, date, a1="isis", a2="isis", f1=None, f2=None, intra=False, modality="asserted"):
    return {"canonical_id": cid, "kind": kind, "date_start": date, "actor1_id": a1, "actor2_id": a2,
            "actor1_faction": f1, "actor2_faction": f2, "intra_group": intra, "modality": modality}  # fmt: skip


def test_fragmentation_index_counts_intra_group_and_exits() -> None:
    events = [
        _event("1", "infighting", "2018-12-04", f1="foreign fighters", f2="iraqi fighters", intra=True),
        _event("2", "desertion", "2018-12-10", a2=None, intra=True),
        _event("3", "armed_clash", "2018-12-11", a2="sdf"),
        _event("4", "armed_clash", "2018-12-12", a1="sdf"),
        _event("5", "coup_attempt", "2018-12-20", modality="attempted_failed", intra=True),
        _event("6", "attack", "2018-12-21", modality="forecast"),  # did not happen: not counted
        _event("7", "defection", "2019-01-02", a1="hts", a2="isis"),  # isis gains members: not an exit
    ]
    december, january = fragmentation_points(events, "isis")
    assert (december.period, december.total, december.intra, december.exits) == ("2018-12", 5, 2, 1)
    assert december.index == pytest.approx(3 / 5)
    assert december.confidence == "medium"
    assert (january.total, january.intra, january.exits, january.confidence) == (1, 0, 0, "low")


def test_fragmentation_effective_factions_is_inverse_simpson() -> None:
    events = [_event("1", "infighting", "2018-12-04", f1="foreign fighters", f2="iraqi fighters", intra=True)]
    (point,) = fragmentation_points(events, "isis")
    assert point.effective_factions == pytest.approx(2.0)
    assert inverse_simpson({"a": 3}) == 1.0
    assert inverse_simpson({"a": 1, "b": 1, "c": 2}) == pytest.approx(1 / (0.0625 + 0.0625 + 0.25))


def test_fragmentation_wilson_interval_is_wide_for_small_counts() -> None:
    low, high = wilson(1, 1)
    assert low < 0.25 and high == 1.0
    low, high = wilson(50, 100)
    assert 0.39 < low < 0.5 < high < 0.61


def test_fragmentation_periods_and_undated_last() -> None:
    assert [period_of("2018-11-30", p) for p in ("month", "quarter", "year")] == ["2018-11", "2018-Q4", "2018"]
    events = [_event("1", "infighting", None, intra=True), _event("2", "infighting", "2015-03-01", intra=True)]
    assert [p.period for p in fragmentation_points(events, "isis", period="year")] == ["2015", "undated"]
    with pytest.raises(ValueError, match="period"):
        fragmentation_points(events, "isis", period="week")
