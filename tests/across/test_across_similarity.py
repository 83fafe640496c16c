from across_fixtures import mention

from faultlines.across import criteria
from faultlines.across.mentions import participants
from faultlines.across.similarity import compare


def test_similarity_same_incident_two_outlets_merge() -> None:
    a = mention("a", fatalities=7)
    b = mention("b", fatalities=8, location="Syria", lat=35.0, lon=38.5, geo_precision=3)
    decision = compare(a, b)
    assert decision.merge
    assert "same day" in decision.reason() and "isis" in decision.reason()


def test_similarity_is_symmetric() -> None:
    a, b = mention("a"), mention("b", fatalities=9, date_start="2018-12-05", date_end="2018-12-05")
    assert compare(a, b) == compare(b, a)


def test_similarity_undated_look_alikes_never_merge() -> None:
    # Same kind, actor and toll, but neither report says when: "100 executed" twice is not one event.
    a = mention("a", kind="execution_of_members", fatalities=100, date_start=None, date_end=None)
    b = mention("b", kind="execution_of_members", fatalities=100, date_start=None, date_end=None)
    decision = compare(a, b)
    assert not decision.merge
    assert "no anchor" in decision.reason()


def test_similarity_places_far_apart_block() -> None:
    raqqa = {"location": "Raqqa", "lat": 35.95, "lon": 39.01}
    decision = compare(mention("a"), mention("b", **raqqa))
    assert not decision.merge
    assert decision.blocked == "place"


def test_similarity_dates_apart_block() -> None:
    decision = compare(mention("a"), mention("b", date_start="2018-12-20", date_end="2018-12-20"))
    assert decision.blocked == "date"


def test_similarity_incompatible_tolls_block() -> None:
    assert compare(mention("a", fatalities=2), mention("b", fatalities=40)).blocked == "fatalities"


def test_similarity_forecast_and_event_do_not_merge() -> None:
    assert compare(mention("a"), mention("b", modality="forecast")).blocked == "type"


def test_similarity_failed_attempt_can_merge_with_asserted() -> None:
    assert compare(mention("a"), mention("b", modality="attempted_failed")).merge


def test_similarity_same_report_same_source_stays_apart() -> None:
    a = mention("a", sources=("SOHR",))
    b = mention("b", doc_id=a.doc_id, sources=("SOHR",))
    assert compare(a, b).blocked == "document"


def test_similarity_same_report_two_sources_can_merge() -> None:
    a = mention("a", sources=("SOHR",), fatalities=12)
    b = mention("b", doc_id=a.doc_id, sources=("local council",), fatalities=20)
    assert compare(a, b).merge


def test_similarity_needs_someone_in_common() -> None:
    a = mention("a")
    b = mention("b", actor1_id="sdf", actor2_id=None)
    decision = compare(a, b)
    assert not decision.merge
    assert "no actor or victim in common" in decision.reason()


def test_similarity_unknown_actors_need_a_precise_match() -> None:
    a = mention("a", sub_event_type="Remote explosive/landmine/IED", kind="bombing")
    b = mention("b", sub_event_type="Remote explosive/landmine/IED", kind="bombing", actor1_id=None, actor2_id=None)
    assert compare(a, b).merge
    vague = mention("c", sub_event_type="Remote explosive/landmine/IED", kind="bombing", actor1_id=None,
                    actor2_id=None, date_start="2018-12-03")  # a two-day range: not the same day  # fmt: skip
    assert not compare(a, vague).merge


def test_similarity_shared_victim_name_anchors_without_place() -> None:
    a = mention("a", actor1_id=None, actor2_id=None, location=None, lat=None, lon=None, geo_precision=None,
                victims=("thomas cottrell",))  # fmt: skip
    b = mention("b", actor1_id=None, actor2_id=None, location=None, lat=None, lon=None, geo_precision=None,
                victims=("officer thomas cottrell".removeprefix("officer "),))  # fmt: skip
    assert compare(a, b).merge


def test_similarity_different_named_victims_block() -> None:
    a = mention("a", victims=("ann smith",))
    b = mention("b", victims=("john brown",))
    assert compare(a, b).blocked == "victims"


def test_similarity_different_place_names_without_coordinates_block() -> None:
    no_coords = {"lat": None, "lon": None, "country_code": "US"}
    a = mention("a", location="Dayton", **no_coords)
    b = mention("b", location="Toledo", **no_coords)
    assert compare(a, b).blocked == "place"


def test_similarity_hundred_executions_in_two_cities_stay_apart() -> None:
    # One report: 100 members killed in Raqqa, late 2014; another: at least 100 executions in Deir ez-Zor, 2015.
    raqqa = mention("raqqa", kind="execution_of_members", fatalities=100, location="Raqqa", lat=35.95, lon=39.01,
                    date_start="2014-10-01", date_end="2014-12-31", time_precision=3)  # fmt: skip
    deir = mention("deir", kind="execution_of_members", fatalities=100, location="Deir ez-Zor", lat=35.34, lon=40.14,
                   date_start="2015-01-01", date_end="2015-03-31", time_precision=3)  # fmt: skip
    assert not compare(raqqa, deir).merge
    same_period = mention("deir2", kind="execution_of_members", fatalities=100, location="Deir ez-Zor", lat=35.34,
                          lon=40.14, date_start="2014-10-01", date_end="2014-12-31", time_precision=3)  # fmt: skip
    assert compare(raqqa, same_period).blocked == "place"


def test_similarity_clash_and_capture_of_the_town_are_two_incidents() -> None:
    clash = mention("clash", kind="armed_clash", actor1_id="sdf", date_start="2018-12-01", date_end="2018-12-14")
    capture = mention("capture", kind="territory_taken", sub_event_type="Non-state actor overtakes territory",
                      actor1_id="sdf", date_start="2018-12-14", date_end="2018-12-14")  # fmt: skip
    assert compare(clash, capture).blocked == "type"
    assert compare(mention("a", kind="armed_clash"), mention("b", kind="infighting")).merge


def test_similarity_intra_group_and_inter_group_events_stay_apart() -> None:
    inside = mention("inside", kind="infighting", intra_group=True)
    between = mention("between", kind="armed_clash", intra_group=False, actor2_id="sdf")
    assert compare(inside, between).blocked == "type"


def test_similarity_attack_and_armed_clash_can_be_one_incident() -> None:
    attack = mention("a", kind="attack", event_type="Violence against civilians", sub_event_type="Attack")
    assert criteria.type_score(attack, mention("b", kind="armed_clash"))[0] == 0.7
    assert criteria.type_score(attack, mention("c", kind="infighting"))[0] == criteria.BLOCK


def test_similarity_quoted_source_is_not_a_participant() -> None:
    spoken = mention("a", sources=("Lt. Eddie Hernandez",))
    assert participants(spoken, ("eddie hernandez", "isaac duran")) == ("isaac duran",)
