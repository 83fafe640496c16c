"""Linking names to actors without spaCy: aliases, parts of names, fuzzy matches, ambiguity."""

from __future__ import annotations

from faultlines.actors.kb import ActorKB
from faultlines.actors.linking import Linker


def test_linking_exact_alias_and_acronym(kb: ActorKB) -> None:
    linker = Linker(kb)
    assert linker.link_text("Jabhat al-Nusra", "ORG", ()).actor_id == "nusra"
    assert linker.link_text("HTS", "ORG", ()).actor_id == "hts"


def test_linking_fuzzy_catches_a_misspelling_but_not_a_different_name(kb: ActorKB) -> None:
    linker = Linker(kb)
    link = linker.link_text("Jabhat al-Nusrra", "ORG", ())
    assert link is not None and link.actor_id == "nusra" and link.how == "fuzzy"
    assert linker.link_text("Syrian Democratic Council", "ORG", ()) is None
    assert linker.link_text("Jabhat al-Nusrra", "GPE", ()) is None  # fuzzy only for organisation labels


def test_linking_a_named_part_of_a_longer_entity(kb: ActorKB) -> None:
    link = Linker(kb).link_tokens(["ISIL", "tactical", "units"], "ORG", "", ())
    assert (link.actor_id, link.start, link.end) == ("isis", 0, 1)
    link = Linker(kb).link_tokens(["U.S.-backed", "SDF"], "ORG", "", ())
    assert (link.actor_id, link.start, link.end) == ("sdf", 1, 2)


def test_linking_chooses_a_shared_name_by_the_document_country(kb: ActorKB) -> None:
    linker = Linker(kb)
    assert linker.link_text("SNA", "ORG", ("SY",)).actor_id == "sna"
    assert linker.link_text("SNA", "ORG", ("SO", "KE")).actor_id == "somalia_military"
