"""The event vocabularies: ACLED's types as spelled in its codebook, kinds, PLOVER."""

from __future__ import annotations

from faultlines import ontology


def test_ontology_acled_has_six_types_and_twenty_five_sub_types() -> None:
    assert len(ontology.EVENT_TYPES) == 6
    assert len(ontology.SUB_EVENT_TYPES) == len(set(ontology.SUB_EVENT_TYPES)) == 25
    assert ontology.event_type_of("Grenade") == "Explosions/Remote violence"
    assert ontology.event_type_of("Abduction/forced disappearance") == "Violence against civilians"
    assert ontology.event_type_of("Change to group/activity") == "Strategic developments"


def test_ontology_case2021_labels_cover_acled_once() -> None:
    assert sorted(ontology.CASE2021_LABELS.values()) == sorted(ontology.SUB_EVENT_TYPES)


def test_ontology_kinds_include_the_contract_list() -> None:
    contract = {
        "infighting", "execution_of_members", "assassination_of_member", "coup_attempt", "defection",
        "desertion", "refusal_of_orders", "withdrawal", "territory_lost", "territory_taken", "relocation",
        "negotiation", "execution", "air_strike", "attack", "armed_clash", "abduction", "displacement",
        "forced_recruitment", "protest",
    }  # fmt: skip
    assert contract <= set(ontology.KINDS)
    assert set(ontology.KIND_TO_ACLED.values()) <= set(ontology.SUB_EVENT_TYPES)
    assert set(ontology.KINDS) >= ontology.INTRA_GROUP_KINDS


def test_ontology_plover_maps_every_sub_type() -> None:
    assert set(ontology.ACLED_TO_PLOVER) == set(ontology.SUB_EVENT_TYPES)
    assert set(ontology.KIND_TO_PLOVER) == set(ontology.KINDS)


def test_ontology_modalities_match_the_contract() -> None:
    assert ontology.MODALITIES == (
        "asserted", "attempted_failed", "planned", "called_off", "negated", "hypothetical", "forecast", "alleged",
    )  # fmt: skip
