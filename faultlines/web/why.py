"""Why an event's arguments have their values, as the event page shows them: the rule or model
that chose each one and the words it read (the record's ``why``), or the reviewer whose edit
replaced the machine's value."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from faultlines.web.highlight import Mark

UNRECORDED = "not recorded: extracted before arguments recorded their rule"
MISSING = "not recorded for this argument"


@dataclass(frozen=True)
class Argument:
    """One argument of an event: its name in the record's ``why``, how the page names it, and the
    review columns whose edit replaces the machine's choice."""

    name: str
    label: str
    columns: tuple[str, ...] = ()


# The page's order. Participants and associated actors have no review column: no edit replaces them.
ARGUMENTS = (
    Argument("date", "date", ("date_start", "date_end", "time_precision", "date_text")),
    Argument("place", "place", ("location", "admin1", "country_code", "latitude", "longitude", "geo_precision")),
    Argument("actor1", "actor 1", ("actor1", "actor1_id")),
    Argument("faction1", "faction 1", ("actor1_faction",)),
    Argument("actor2", "actor 2", ("actor2", "actor2_id")),
    Argument("faction2", "faction 2", ("actor2_faction",)),
    Argument("assoc_actor_1", "with actor 1"),
    Argument("assoc_actor_2", "with actor 2"),
    Argument("fatalities", "fatalities", ("fatalities", "fatalities_low", "fatalities_high")),
    Argument("perpetrator", "perpetrator"),
    Argument("victim", "victim"),
    Argument("target", "target"),
    Argument("weapon", "weapon"),
)
ROLES = ("perpetrator", "victim", "target", "weapon")  # the participants, in the record's "arguments"
BY_NAME = {a.name: a for a in ARGUMENTS}
# The event's type is no argument, but its rule too gives way to a reviewer's edit.
TYPE_COLUMNS = ("event_type", "sub_event_type", "kind")
ARGUMENT_OF_COLUMN = {column: a.name for a in ARGUMENTS for column in a.columns} | dict.fromkeys(TYPE_COLUMNS, "type")


@dataclass(frozen=True)
class Reason:
    """What one argument's line on the event page says."""

    argument: str
    label: str
    rule: str | None = None  # the rule or model that chose the value
    quote: str | None = None  # the words it read
    anchor: str | None = None  # the id of those words in the report shown (None: not shown there)
    edited_by: str | None = None  # the reviewer whose edit replaced the machine's value
    note: str | None = None  # why there is no rule to show


def anchor_of(argument: str) -> str:
    return f"why-{argument}"


def kind_of(argument: str) -> str:
    """The highlight kind of an argument's evidence (one per argument, so a click can light it alone)."""
    return f"why-{argument}"


def why_marks(record: dict[str, Any], text: str, start: int, end: int) -> dict[str, Mark]:
    """A mark with an anchor for each argument whose evidence lies in ``text[start:end]`` and
    reads as the record says (a choice whose offsets miss its words gets no mark, only its quote)."""
    marks = {}
    for name, choice in (record.get("why") or {}).items():
        left, right = choice.get("start"), choice.get("end")
        if left is None or right is None or not start <= left < right <= end or text[left:right] != choice.get("text"):
            continue
        label = BY_NAME[name].label if name in BY_NAME else name
        marks[name] = Mark(left, right, kind_of(name), f"{label}: {choice.get('rule')}", anchor_of(name))
    return marks


def legend(marked: Collection[str]) -> list[tuple[str, str]]:
    """(kind, label) of each argument marked in a report, in the page's order."""
    return [(kind_of(a.name), a.label) for a in ARGUMENTS if a.name in marked]


def edited_by(audit: list[dict[str, Any]]) -> dict[str, str]:
    """The reviewer of the latest edit of each argument still in force (a reopen undoes every
    edit before it). ``audit`` is newest first, as the store gives it."""
    editors: dict[str, str] = {}
    for entry in reversed(audit):
        if entry["action"] == "reopen":
            editors.clear()
        elif entry["action"] == "edit":
            for column in entry.get("after") or {}:
                if column in ARGUMENT_OF_COLUMN:
                    editors[ARGUMENT_OF_COLUMN[column]] = entry["reviewer"]
    return editors


def has_value(record: dict[str, Any], argument: str) -> bool:
    """Whether the event has a value for ``argument`` (a line explaining nothing is left out)."""
    if argument in ("faction1", "faction2"):
        return bool((record.get(f"actor{argument[-1]}") or {}).get("faction"))
    if argument == "date":
        return bool((record.get("date") or {}).get("start"))
    if argument == "fatalities":
        return (record.get("fatalities") or {}).get("best") is not None
    if argument in ROLES:
        return bool((record.get("arguments") or {}).get(argument))
    return bool(record.get(argument))  # place, actors, associated actors


def reasons(record: dict[str, Any], audit: list[dict[str, Any]], anchored: Collection[str] = ()) -> dict[str, Reason]:
    """Each argument's line: the reviewer's edit, else the machine's choice, else a note saying
    why none is recorded. Arguments with neither a value nor a choice have no line; the type has
    one only when a reviewer edited it. ``anchored`` names the arguments whose words are marked
    in the report shown."""
    why = record.get("why") or {}
    editors = edited_by(audit)
    out = {}
    for argument in ARGUMENTS:
        name, choice = argument.name, why.get(argument.name)
        if name in editors:
            out[name] = Reason(name, argument.label, edited_by=editors[name])
        elif choice:
            anchor = anchor_of(name) if name in anchored else None
            out[name] = Reason(name, argument.label, choice.get("rule"), choice.get("text"), anchor)
        elif has_value(record, name):
            out[name] = Reason(name, argument.label, note=MISSING if why else UNRECORDED)
    if "type" in editors:
        out["type"] = Reason("type", "type", edited_by=editors["type"])
    return out
