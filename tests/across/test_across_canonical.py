from across_fixtures import mention

from faultlines.across.canonical import canonical_event, canonical_id_of, canonical_modality
from faultlines.across.dedupe import Cluster


def _canonical(*mentions):
    return canonical_event(Cluster(tuple(sorted(mentions, key=lambda m: m.event_id)), ()))


def test_canonical_fatalities_take_the_lowest_figure_and_span_all() -> None:
    event = _canonical(mention("a", fatalities=12), mention("b", fatalities=20), mention("c", fatalities=None))
    assert (event.values["fatalities"], event.values["fatalities_low"], event.values["fatalities_high"]) == (12, 12, 20)
    assert "lowest" in event.rules["fatalities"]


def test_canonical_place_is_the_most_precise() -> None:
    country = {"location": "Syria", "lat": 35.0, "lon": 38.5, "geo_precision": 3}
    event = _canonical(mention("a", **country), mention("b"))
    assert event.values["location"] == "Hajin"


def test_canonical_modality_tie_goes_to_failed_attempt() -> None:
    assert canonical_modality((mention("a"), mention("b", modality="attempted_failed"))) == "attempted_failed"
    assert canonical_modality((mention("a"), mention("b"), mention("c", modality="attempted_failed"))) == "asserted"


def test_canonical_tied_perpetrators_left_unidentified() -> None:
    event = _canonical(mention("a", actor1_id="isis"), mention("b", actor1_id="sna"))
    assert event.values["actor1_id"] is None
    assert "disputed" in event.values["actor1"]


def test_canonical_id_follows_the_first_published_report() -> None:
    early = mention("z", published="2018-12-05")
    late = mention("a", published="2018-12-09")
    assert canonical_id_of((early,)) == canonical_id_of((late, early))
