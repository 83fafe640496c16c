"""A report with one event of each shape the ACLED and PLOVER columns treat differently, built by hand."""

from __future__ import annotations

import dataclasses
import hashlib

from records_factory import make_result

from faultlines.records import Actor, Arguments, DocumentResult, Event, EventActor, EventDate, Fatalities, Place, Span

TEXT = (
    "BEIRUT, Dec 6 (Test Wire) – Artillery shelling killed nine civilians in Kafranbel on Tuesday, "
    "residents said.\n"
    "Gunmen abducted two farmers near Kafranbel on Monday.\n"
    "Hundreds of people demonstrated in Ankara on Sunday.\n"
    "Islamic State fighters clashed with an armed group near Hajin, but no date was given.\n"
    "Islamic State and Jaysh al-Izza fighters clashed with a rival group near Kafranbel on Tuesday.\n"
    "The group plans to attack Kafranbel next week."
)


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text), text)


def _place(name: str, country: str, lat: float, lon: float) -> Place:
    span = _span(name)
    return Place(span.start, span.end, name, None, name, lat, lon, country, None, "PPL", 1, 0.9)


def event_id(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()


def _event(key: str, sentence: str, trigger: str, **fields: object) -> Event:
    values: dict[str, object] = {
        "event_id": event_id(key),
        "modality": "asserted",
        "kind": None,
        "trigger": _span(trigger),
        "evidence": (_span(sentence),),
        "place": _place("Kafranbel", "SY", 35.53, 36.56),
        "date": EventDate("2018-12-04", "2018-12-04", 1, "Tuesday"),
    }
    return Event(**(values | fields))  # type: ignore[arg-type]


def events() -> tuple[Event, ...]:
    lines = TEXT.split("\n")
    return (
        _event(
            "shelling",
            lines[0],
            "shelling",
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            actor1=EventActor("Military Forces of Syria", "syria_military", None, 1),
            arguments=Arguments(victim=(_span("nine civilians"),)),
            fatalities=Fatalities(best=9, low=9, text="nine civilians"),
        ),
        _event(
            "abduction",
            lines[1],
            "abducted",
            event_type="Violence against civilians",
            sub_event_type="Abduction/forced disappearance",
            date=EventDate("2018-12-03", "2018-12-03", 1, "Monday"),
        ),
        _event(
            "protest",
            lines[2],
            "demonstrated",
            event_type="Protests",
            sub_event_type="Peaceful protest",
            kind="protest",
            place=_place("Ankara", "TR", 39.92, 32.85),
            date=EventDate("2018-12-02", "2018-12-02", 1, "Sunday"),
        ),
        _event(
            "undated",
            lines[3],
            "clashed",
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1=EventActor("Islamic State", "isis", None, 2),
            date=None,
        ),
        _event(
            "clash",
            lines[4],
            "clashed",
            event_type="Battles",
            sub_event_type="Armed clash",
            kind="armed_clash",
            actor1=EventActor("Islamic State", "isis", None, 2),
            assoc_actor_1=(
                EventActor("Jaysh al-Izza"),
                EventActor("Jaysh al-Izza"),
                EventActor("Islamic State", "isis"),
            ),
        ),
        _event(
            "planned",
            lines[5],
            "attack",
            event_type="Battles",
            sub_event_type="Armed clash",
            modality="planned",
            date=EventDate("2018-12-10", "2018-12-16", 2, "next week"),
        ),
    )


def result() -> DocumentResult:
    base = make_result(TEXT)
    actors = (
        Actor("isis", "Islamic State", 2, None, ("Islamic State",), ()),
        Actor("syria_military", "Military Forces of Syria", 1, "SY", ("Military Forces of Syria",), ()),
    )
    return dataclasses.replace(base, events=events(), actors=actors, places=())
