import random

from across_fixtures import mention
from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.across.blocking import candidate_pairs
from faultlines.across.dedupe import cluster_mentions
from faultlines.across.similarity import compare


def _groups(mentions):
    return sorted(tuple(m.event_id for m in c.mentions) for c in cluster_mentions(mentions))


def test_dedupe_merges_reports_of_one_incident_and_keeps_look_alike_apart() -> None:
    a = mention("a", fatalities=7)
    b = mention("b", fatalities=8)
    elsewhere = mention("c", location="Mayadin", lat=35.02, lon=40.45)  # ~110 km away
    clusters = _groups([a, b, elsewhere])
    assert sorted(map(len, clusters)) == [1, 2]


def test_dedupe_chain_cannot_join_contradicting_reports() -> None:
    # b links to a (a few km) and to c (a few km), but a and c are 50 km apart: complete link keeps them apart.
    a = mention("a", lat=34.70, lon=40.60, geo_precision=1)
    b = mention("b", lat=34.70, lon=40.87, geo_precision=1)
    c = mention("c", lat=34.70, lon=41.15, geo_precision=1)
    clusters = _groups([a, b, c])
    assert len(clusters) == 2


def test_dedupe_two_events_of_one_report_stay_apart() -> None:
    a = mention("a")
    b = mention("b", doc_id=a.doc_id)
    assert len(_groups([a, b])) == 2


_DAYS = st.sampled_from(["2018-12-03", "2018-12-04", "2018-12-09", None])
_PLACES = st.sampled_from([(34.69, 40.83), (34.66, 40.85), (35.02, 40.45)])
_MENTIONS = st.lists(
    st.tuples(_DAYS, _PLACES, st.sampled_from([5, 7, 8, 40]), st.sampled_from(["isis", "sdf"])),
    min_size=1, max_size=9,
)  # fmt: skip


def _build(specs):
    return [
        mention(f"m{i}", date_start=day, date_end=day, lat=lat, lon=lon, fatalities=dead, actor1_id=actor)
        for i, (day, (lat, lon), dead, actor) in enumerate(specs)
    ]


@settings(max_examples=60, deadline=None)
@given(_MENTIONS, st.randoms(use_true_random=False))
def test_dedupe_order_independent(specs, rng: random.Random) -> None:
    mentions = _build(specs)
    shuffled = mentions[:]
    rng.shuffle(shuffled)
    assert _groups(mentions) == _groups(shuffled)


@settings(max_examples=40, deadline=None)
@given(_MENTIONS)
def test_dedupe_idempotent_and_partition(specs) -> None:
    mentions = _build(specs)
    groups = _groups(mentions)
    assert sorted(e for g in groups for e in g) == sorted(m.event_id for m in mentions)
    assert _groups(mentions) == groups


_SPREAD = st.sampled_from([(34.69, 40.83), (34.66, 40.85), (35.02, 40.45), (36.0, 39.95), (36.0, 40.05), (None, None)])
_RANGES = st.sampled_from([("2018-12-04", "2018-12-04"), ("2018-12-06", "2018-12-06"), ("2018-11-20", "2018-12-02"),
                           ("2018-12-01", "2019-01-10"), (None, None)])  # fmt: skip


_TYPES = [("infighting", "Battles", "Armed clash"), ("armed_clash", "Battles", "Armed clash"),
          ("attack", "Violence against civilians", "Attack"), (None, "Battles", "Armed clash"),
          (None, "Violence against civilians", "Attack")]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            _RANGES, _SPREAD, st.sampled_from([1, 2, 3]), st.sampled_from(["SY", "IQ", None]),
            st.sampled_from([("isis", "isis"), ("sdf", None), (None, None)]),
            st.sampled_from([(), ("ali hassan",)]), st.sampled_from([(), ("abu bakr",)]),
            st.sampled_from(_TYPES), st.sampled_from([True, False]),
        ),
        min_size=2, max_size=10,
    )
)  # fmt: skip
def test_dedupe_blocking_pairs_every_mergeable_pair(specs) -> None:
    mentions = [
        mention(
            f"m{i}", date_start=start, date_end=end, lat=lat, lon=lon, geo_precision=precision, country_code=country,
            actor1_id=a1, actor2_id=a2, victims=victims, people=people, kind=kind, event_type=event_type,
            sub_event_type=sub, doc_id=f"d{i}",
            geonameid=hash((lat, lon, country)) if named and lat is not None else None,
        )
        for i, ((start, end), (lat, lon), precision, country, (a1, a2), victims, people, (kind, event_type, sub), named)
        in enumerate(specs)
    ]  # fmt: skip
    paired = {(a.event_id, b.event_id) for a, b in candidate_pairs(mentions)}
    ordered = sorted(mentions, key=lambda m: m.event_id)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            assert not compare(a, b).merge or (a.event_id, b.event_id) in paired
