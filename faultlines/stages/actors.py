"""The actors stage: who the document is about, by name, by reference, as factions and people.

Reads the spaCy ``Doc`` (whose entity ruler already holds the knowledge base's names) and writes

* ``analysis.entities``: every named entity, with the actor it names (``actor_id``) and the
  actor's label (ARMED_GROUP for forces and armed groups, ORG for other organisations);
* ``analysis.mentions``: an :class:`~faultlines.analysis.ActorMention` for every name,
  reference ("the group", "they"), faction ("foreign fighters"), person and unnamed actor,
  never overlapping, in text order;
* ``analysis.actors``: one :class:`~faultlines.records.Actor` per actor seen, with the names it
  was called by and its factions.

The order matters and is the explanation of every result: names and self-designations ("the
Caliphate"), then people, then factions, then new organisations, then references, then unnamed
actors; each step only takes text that the earlier ones left.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from faultlines.actors.context import DocContext
from faultlines.actors.countries import COUNTRY_LABELS, PlaceCountry, rank_countries
from faultlines.actors.discourse import person_faction, remember_mentions
from faultlines.actors.factions import find_factions
from faultlines.actors.generic import find_generics, find_self_names, generic_actor
from faultlines.actors.kb import ActorKB
from faultlines.actors.linking import Linker
from faultlines.actors.names import NamedEntity, keep_new_actors, link_names, named_after_places
from faultlines.actors.people import find_people
from faultlines.actors.reference import PLURAL_PRONOUNS, SINGULAR_PRONOUNS, find_references
from faultlines.actors.speakers import find_quoted_we
from faultlines.analysis import ActorMention, Analysis
from faultlines.lang.en.actors import MEMBER_NOUNS
from faultlines.records import Actor, Entity
from faultlines.registry import stage
from faultlines.resources import Resources

__all__ = ["NAME", "ActorKB", "find_actors", "gazetteer_countries", "run_actors"]

NAME = "faultlines.actors.v1"
PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS  # kept as mentions, not as names an actor goes by


@lru_cache(maxsize=4)
def _linker(kb: ActorKB) -> Linker:
    return Linker(kb)


@lru_cache(maxsize=4)
def gazetteer_countries(gazetteer: Any) -> PlaceCountry:
    """The countries a place name may be in: those of its exact matches in the gazetteer, most
    populous first."""

    @lru_cache(maxsize=20_000)
    def country(name: str) -> tuple[str, ...]:
        rows = [row for row, how in gazetteer.candidates(name) if how != "loose"]
        rows.sort(key=lambda r: gazetteer.table.population[r], reverse=True)
        return tuple(c for c in (gazetteer.entry(r).country_code for r in rows) if c)

    return country


@stage(NAME, reads=("doc",), writes=("entities", "mentions", "actors"), needs=("actors", "gazetteer"))
def find_actors(analysis: Analysis, resources: Resources) -> Analysis:
    # a unit test may give no gazetteer: then only country names and nationality words place it
    places = gazetteer_countries(resources.gazetteer) if resources.gazetteer is not None else None
    entities, mentions, actors = run_actors(analysis.doc, analysis.text, resources.actors, place_country=places)
    return replace(analysis, entities=entities, mentions=mentions, actors=actors)


def run_actors(
    doc: Any, text: str, kb: ActorKB, *, place_country: PlaceCountry | None = None
) -> tuple[tuple[Entity, ...], tuple[ActorMention, ...], tuple[Actor, ...]]:
    """The stage's work on a parsed document and its original text (offsets agree).

    `place_country` gives the country of a place name (from the gazetteer); without it only
    country names and nationality words say where the document is.
    """
    place_words = [e.text for e in doc.ents if e.label_ in COUNTRY_LABELS]
    ctx = DocContext(doc=doc, text=text, kb=kb, countries=rank_countries(place_words, (), place_country))
    named = named_after_places(doc, link_names(ctx, _linker(kb)))
    homes = [c for _, _, m in ctx.found if (e := kb.get(m.actor_id)) for c in e.all_countries[:1]]
    ctx.countries = rank_countries(place_words, homes, place_country)
    find_self_names(ctx)
    persons = [(n.start, n.end, doc[n.start].ent_id_) for n in named if n.label == "PERSON"]
    people = find_people(ctx, persons)
    find_factions(ctx)
    named = keep_new_actors(ctx, named)
    find_references(ctx)
    find_quoted_we(ctx)
    find_generics(ctx)
    named = [replace(n, actor_id=people.get(n.start, n.actor_id)) if n.label == "PERSON" else n for n in named]
    mentions = ctx.mentions()
    remember_mentions(doc, mentions)  # for the events stage's factions told around an event
    return _entities(ctx, named), mentions, _actors(ctx, mentions)


def _entities(ctx: DocContext, named: list[NamedEntity]) -> tuple[Entity, ...]:
    out = []
    for n in named:
        first, last = ctx.doc[n.start], ctx.doc[n.end - 1]
        start, end = first.idx, last.idx + len(last.text)
        out.append(Entity(start, end, ctx.text[start:end], n.label, n.actor_id))
    return tuple(out)


def _actors(ctx: DocContext, mentions: tuple[ActorMention, ...]) -> tuple[Actor, ...]:
    seen: dict[str, tuple[list[str], list[str]]] = {}
    for m in mentions:
        aliases, factions = seen.setdefault(m.actor_id, ([], []))
        label = m.faction if m.how == "faction" else person_faction(m)  # a named leader: its leadership
        if label and label not in factions:
            factions.append(label)
        if m.how == "faction":
            continue
        if _alias(m) and m.text not in aliases:
            aliases.append(m.text)
    return tuple(_actor(ctx, actor_id, tuple(a), tuple(f)) for actor_id, (a, f) in seen.items())


def _alias(mention: ActorMention) -> bool:
    """A name the actor goes by: names and descriptions ("the group", "the coalition"), not
    pronouns or its members ("its own soldiers")."""
    if mention.how not in ("name", "reference", "generic"):
        return False
    last = mention.text.rsplit(maxsplit=1)[-1].lower()
    return last not in PRONOUNS and (mention.how != "reference" or last not in MEMBER_NOUNS)


def _actor(ctx: DocContext, actor_id: str, aliases: tuple[str, ...], factions: tuple[str, ...]) -> Actor:
    entry = ctx.kb.get(actor_id)
    if entry is not None:
        return Actor(actor_id, entry.name, entry.inter, entry.country, aliases, factions)
    generic = generic_actor(actor_id)
    if generic is not None:
        name, inter, country = generic
        return Actor(actor_id, name, inter, country, aliases, factions)
    new = ctx.new_actors.get(actor_id)
    return Actor(actor_id, new.name if new else actor_id, None, None, aliases, factions)
