"""The words an event's ``why`` is told in: the names of the rules that chose each argument, as
the event page and ``faultlines extract`` show them (read by the rules that decide each value)."""

from __future__ import annotations

from typing import Final

# Read by faultlines.dates.assign: how a relative date was anchored, by the kind of expression
DATE_ANCHORED: Final = {
    "ago": "counted back from the publication date",
    "weekday": "counted back from the publication date",
    "period": "counted back from the publication date",
    "deictic": "counted from the publication date",
    "anaphoric": "counted from the date told before it",
}

# Read by faultlines.actors.acled_sides: a side ACLED requires that no words named, by its class
UNNAMED_SIDE_RULES: Final = {
    "police": "arrests by no one named: police",
    "unidentified": "no side named: ACLED's unidentified armed group",
    "civilians": "no victims named: ACLED's civilians",
    "protesters": "no protesters named: ACLED's protesters",
    "rioters": "no rioters named: ACLED's rioters",
}

# Read by faultlines.events.side_reasons: the dependency label of a side's head on the trigger
# (spaCy's English labels) -> how the sentence links them
DEPENDENCY_LINKS: Final = {
    "nsubj": "subject",
    "csubj": "subject",
    "nsubjpass": "passive subject",
    "dobj": "object",
    "poss": "possessive",
    "compound": "modifier of the event noun",
    "amod": "modifier of the event noun",
    "appos": "apposition",
    "aux": "subject, a name the parser read as a verb ('IS')",
    "auxpass": "subject, a name the parser read as a verb ('IS')",
}

# Read by faultlines.events.sides: the roles a side is read from, in the order they are tried
SIDE_ROLES: Final = ("agent", "patient", "recipient", "source", "ally")

# Read by faultlines.events.build: the role each participant fills in the trigger's parse
ARGUMENT_ROLES: Final = {"perpetrator": "agent", "victim": "patient", "target": "patient", "weapon": "instrument"}

# Read by faultlines.gazetteer.event_places: what each tier's choice of place is called (the order
# of its tiers)
PLACE_TIER_RULES: Final = (
    "a place in the trigger's own phrase",
    "a place in the trigger's clause",
    "the place nearest the trigger in its sentence",
    "a place in the event's other evidence",
    "the place nearest the trigger in its paragraph",
    "a place in a neighbouring sentence (same country as the report's main place)",
)
