"""Events' sides as ACLED names them, once the event's place (so its country) is known.

ACLED never leaves a side of a violent event unnamed and never writes a generic actor without its
country: an unnamed gunman is "Unidentified Armed Group (United States)", the victims of violence
against civilians are "Civilians (United States)", unnamed demonstrators "Protesters (Iraq)".
The actors stage names generic actors with the document's country when it can tell it; this step
runs after the places stage and gives each event's generic sides the country of the event's own
place (else of the document's places), and fills the sides ACLED requires (:data:`UNNAMED_ACTOR1`,
:data:`UNNAMED_ACTOR2`) with the generic actor. Named actors are never changed.

ACLED never writes a side in the report's own words either: a side that no actor record names
(the words of the text: "troops", "intelligence forces", "12-year-old Jane Roe", "Eric Doe") is
the generic actor of its kind (:func:`generic_class`): state words are the country's military or
police forces (the nationality in the words, "Afghan soldiers", gives the country); a person, a
civilian or a word of no kind is a civilian on the side that suffered it and an unidentified
armed group on the side that did violence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from faultlines.actors.context import NEW_PREFIX
from faultlines.actors.countries import DEMONYMS
from faultlines.actors.generic import BARE_NAMES, GENERIC_CLASSES, generic_actor
from faultlines.lang.en.actors import POLICE_WORDS
from faultlines.lang.en.why import UNNAMED_SIDE_RULES
from faultlines.records import Choice, Event, EventActor, Place

# Event type -> the generic class ACLED writes for an unnamed actor 1 / actor 2 (its codebook:
# every event has an actor 1; battles have two sides; violence against civilians has civilians).
UNNAMED_ACTOR1 = {
    "Battles": "unidentified",
    "Explosions/Remote violence": "unidentified",
    "Violence against civilians": "unidentified",
    "Protests": "protesters",
    "Riots": "rioters",
}
UNNAMED_ACTOR2 = {"Battles": "unidentified", "Violence against civilians": "civilians"}
UNNAMED_ACTOR1_SUB = {"Arrests": "police"}  # ACLED: states arrest, and the police do it
# A battle's place may change hands with the loser unnamed ("the base was overrun by X").
NO_UNNAMED_ACTOR2_SUB = frozenset(
    {"Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"}
)
# ACLED codes a peaceful protest with the protesters alone: whom they protest against is no side.
NO_ACTOR2_SUB = frozenset({"Peaceful protest"})
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
_STATE_INTER = frozenset({1, 8})
_ARMED_INTER = frozenset({2, 3, 4})
# The bare names a side gets when no country was known: "Civilians" -> "civilians".
_BARE_CLASS = {name.lower(): cls for cls, name in BARE_NAMES.items()}
# The rules this step adds to a side's Choice (``Event.why``), as the event page names them.
GENERIC_RULE = "generic: '{words}' -> {name}"
COUNTRY_OF_PLACE = "ACLED side given the country of the event's place"
COUNTRY_OF_DOCUMENT = "ACLED side filled with the document's country"


def document_country(places: Sequence[Place]) -> str | None:
    """The country most of the document's resolved places are in, if any."""
    counts = Counter(p.country_code for p in places if p.country_code)
    return counts.most_common(1)[0][0] if counts else None


def acled_sides(
    event: Event, fallback_country: str | None, home_of: Callable[[str], str | None] | None = None
) -> Event:
    """``event`` with its generic sides named with a country and the required sides filled.
    ``home_of`` gives an actor's home country by its id (from the knowledge base), if known."""
    return _named_sides(_taken_by(event, home_of), fallback_country)


# ACLED's inter codes of sides that are never the government: rebels, identity militias and
# outside forces ("Kurdish forces of the YPG ... regained 229 villages": the words say forces,
# the actor is a rebel group)
_NON_STATE_INTER = frozenset({2, 4, 8})
_GOVERNMENT_REGAINS = "Government regains territory"
_NON_STATE_OVERTAKES = "Non-state actor overtakes territory"
NON_STATE_TAKER = "the side that took it is no government force: a non-state actor overtook it"
FOREIGN_TAKER = "the side that took it is another country's force: ACLED counts it a non-state actor's gain"


def _taken_by(event: Event, home_of: Callable[[str], str | None] | None) -> Event:
    """Territory a non-state side took is "Non-state actor overtakes territory" whatever the words
    called the side (the type follows the actor the side was read as); so is territory another
    country's forces took ("Turkish troops seized Afrin"), as ACLED codes a foreign state's gains."""
    taker = event.actor1
    if event.sub_event_type != _GOVERNMENT_REGAINS or taker is None:
        return event
    if taker.inter in _NON_STATE_INTER:
        reason = NON_STATE_TAKER
    elif _foreign(taker, event.place.country_code if event.place else None, home_of):
        reason = FOREIGN_TAKER
    else:
        return event
    rule = f"{event.type_rule}; {reason}" if event.type_rule else reason
    return replace(event, sub_event_type=_NON_STATE_OVERTAKES, type_rule=rule)


def _foreign(actor: EventActor, country: str | None, home_of: Callable[[str], str | None] | None) -> bool:
    """A state side whose home country is known and is not the country of the event's place."""
    if country is None or actor.actor_id is None:
        return False
    cls, _, code = actor.actor_id.partition(":")
    home = code if cls in GENERIC_CLASSES and code else (home_of(actor.actor_id) if home_of else None)
    return home is not None and home != country


def _named_sides(event: Event, fallback_country: str | None) -> Event:
    country = (event.place.country_code if event.place else None) or fallback_country
    violent = event.event_type in VIOLENT_TYPES
    actor1 = _generic_words(event.actor1, generic_class(event.actor1, victim=False, violent=violent), country)
    actor2 = _generic_words(event.actor2, generic_class(event.actor2, victim=True, violent=violent), country)
    if event.sub_event_type in NO_ACTOR2_SUB:
        actor2 = None
    unnamed1 = UNNAMED_ACTOR1_SUB.get(event.sub_event_type) or UNNAMED_ACTOR1.get(event.event_type)
    unnamed2 = None if event.sub_event_type in NO_UNNAMED_ACTOR2_SUB else UNNAMED_ACTOR2.get(event.event_type)
    actor1 = _with_country(actor1, country) or _unnamed(unnamed1, country)
    actor2 = _with_country(actor2, country) or _unnamed(unnamed2, country)
    assoc1 = _distinct(
        _generic_words(a, generic_class(a, victim=False, violent=violent), country) for a in event.assoc_actor_1
    )
    assoc2 = _distinct(
        _generic_words(a, generic_class(a, victim=True, violent=violent), country) for a in event.assoc_actor_2
    )
    assoc1 = tuple(a for a in assoc1 if actor1 is None or a.name != actor1.name)
    assoc2 = tuple(a for a in assoc2 if actor2 is None or a.name != actor2.name)
    if (actor1, actor2, assoc1, assoc2) == (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2):
        return event
    why = _why(event, {"actor1": actor1, "actor2": actor2}, from_place=bool(event.place and event.place.country_code))
    kept = {
        "assoc_actor_1": assoc1,
        "assoc_actor_2": assoc2,
        "faction1": actor1 and actor1.faction,
        "faction2": actor2 and actor2.faction,
    }
    why = tuple(c for c in why if kept.get(c.argument, True))
    return replace(event, actor1=actor1, actor2=actor2, assoc_actor_1=assoc1, assoc_actor_2=assoc2, why=why)


def _why(event: Event, sides: dict[str, EventActor | None], *, from_place: bool) -> tuple[Choice, ...]:
    """``event.why`` told what this step did to each side: a side it named as ACLED's generic
    actor, gave a country or filled keeps the words it was read from, with the step's rule added;
    a side it removed has no Choice."""
    choices = {c.argument: c for c in event.why}
    for argument, new in sides.items():
        old = getattr(event, argument)
        before = choices.get(argument)
        if new is None:
            choices.pop(argument, None)
        elif old is None:
            cls = (new.actor_id or "").partition(":")[0]
            choices[argument] = Choice(argument, UNNAMED_SIDE_RULES.get(cls, f"no side named: {new.name}"))
        elif new != old:
            if _country_only(old, new):
                added = COUNTRY_OF_PLACE if from_place else COUNTRY_OF_DOCUMENT
            else:
                added = GENERIC_RULE.format(words=before.text if before else old.name, name=new.name)
            choices[argument] = replace(before, rule=f"{before.rule}; {added}") if before else Choice(argument, added)
    return tuple(choices.values())


def _country_only(old: EventActor, new: EventActor) -> bool:
    """``new`` is ``old``'s generic class given a country: "Civilians" -> "Civilians (Syria)"."""
    cls = (old.actor_id or _BARE_CLASS.get(old.name.lower(), "")).partition(":")[0]
    return bool(cls) and (new.actor_id or "").partition(":")[0] == cls


def _distinct(actors: Iterable[EventActor | None]) -> tuple[EventActor, ...]:
    """Each actor once: two people named as victims are one associated "Civilians"."""
    seen: dict[object, EventActor] = {}
    for actor in actors:
        if actor is not None:
            seen.setdefault(actor.actor_id or actor.name, actor)
    return tuple(seen.values())


def generic_class(actor: EventActor | None, *, victim: bool, violent: bool) -> str | None:
    """The generic class of a side told only in the text's words (no actor record), else None."""
    if actor is None:
        return None
    words = set(actor.name.lower().replace("-", " ").split())
    if actor.actor_id is not None:
        # an organisation the knowledge base does not know: "Dayton Police Department"
        return "police" if actor.actor_id.startswith(NEW_PREFIX) and words & POLICE_WORDS else None
    if actor.inter in _STATE_INTER:
        return "police" if words & POLICE_WORDS else "military"
    if actor.inter in _ARMED_INTER:
        return "unidentified"
    if actor.inter in (None, 7):
        if victim:
            return "civilians"
        return "unidentified" if violent else None
    return None


def _generic_words(actor: EventActor | None, cls: str | None, country: str | None) -> EventActor | None:
    """``actor`` as the generic actor ``cls``, in the country its words name ("Afghan soldiers"),
    else ``country``."""
    if actor is None or cls is None:
        return actor
    own = next((DEMONYMS[w] for w in actor.name.lower().split() if w in DEMONYMS), None)
    actor_id = f"{cls}:{own or country}" if (own or country) else cls
    found = generic_actor(actor_id)
    if found is None:
        return actor
    name, inter, _ = found
    return EventActor(name, actor_id, actor.faction, inter)


def _with_country(actor: EventActor | None, country: str | None) -> EventActor | None:
    """A generic actor without a country (id "civilians", or no id and the bare name "Civilians")
    given ``country``."""
    if actor is None or not country:
        return actor
    cls, _, known = (actor.actor_id or _BARE_CLASS.get(actor.name.lower(), "")).partition(":")
    if cls not in GENERIC_CLASSES or known:
        return actor
    found = generic_actor(f"{cls}:{country}")
    if found is None:
        return actor
    name, inter, _ = found
    return replace(actor, name=name, actor_id=f"{cls}:{country}", inter=inter)


def _unnamed(cls: str | None, country: str | None) -> EventActor | None:
    if cls is None:
        return None
    actor_id = f"{cls}:{country}" if country else cls
    found = generic_actor(actor_id)
    if found is None:
        return None
    name, inter, _ = found
    return EventActor(name, actor_id, None, inter)
