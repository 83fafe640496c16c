from across_fixtures import mention

from faultlines.across.canonical import canonical_event
from faultlines.across.claims import ClaimMention, disputed_claims, what_words
from faultlines.across.contradictions import event_contradictions
from faultlines.across.dedupe import Cluster


def _found(*mentions):
    mentions = tuple(sorted(mentions, key=lambda m: m.event_id))
    return {c.field: c for c in event_contradictions(canonical_event(Cluster(mentions, ())), mentions)}


def test_contradictions_fatalities_list_each_side_and_conservative_value() -> None:
    found = _found(mention("a", fatalities=7, sources=("SOHR",)), mention("b", fatalities=8, sources=("residents",)))
    toll = found["fatalities"]
    assert sorted((s.value, s.source) for s in toll.sides) == [(7, "SOHR"), (8, "residents")]
    assert toll.canonical_value["best"] == 7
    assert "ACLED" in toll.rule


def test_contradictions_who_did_it_and_whether_it_succeeded() -> None:
    found = _found(mention("a", actor1_id="russia", actor2_id="civilians"),
                   mention("b", actor1_id="syria", actor2_id="civilians", modality="attempted_failed"))  # fmt: skip
    assert {"perpetrator", "modality"} <= set(found)


def test_contradictions_none_when_reports_agree() -> None:
    assert _found(mention("a"), mention("b")) == {}


def test_contradictions_flipped_sides_are_not_a_dispute() -> None:
    assert "perpetrator" not in _found(mention("a", actor1_id="sdf", actor2_id="isis"),
                                       mention("b", actor1_id="isis", actor2_id="sdf"))  # fmt: skip


def _claim(key: str, value: float, what: str, source: str, doc: str = "d1", text: str = "80") -> ClaimMention:
    words = what_words(what)
    return ClaimMention(key, doc, 0, 2, text, value, "people", words, False, source, "Wire")


def test_contradictions_claims_disputed_figure_from_two_sources() -> None:
    found = disputed_claims([_claim("c1", 80, "fighters who defected", "the group"),
                             _claim("c2", 30, "fighters", "a spokesman", text="no more than 30")], {})  # fmt: skip
    assert len(found) == 1 and found[0].canonical_value == 30


def test_contradictions_claims_vague_generic_or_other_document_ignored() -> None:
    assert (
        disputed_claims([_claim("c1", 80, "fighters", "a"), _claim("c2", 12, "fighters", "b", text="dozens")], {}) == []
    )
    assert disputed_claims([_claim("c1", 80, "people", "a"), _claim("c2", 30, "people", "b")], {}) == []
    assert disputed_claims([_claim("c1", 80, "fighters", "a"), _claim("c2", 30, "fighters", "b", doc="d2")], {}) == []
