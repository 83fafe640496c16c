"""Hand-built records for the cross-document tests.

:func:`results` is what a perfect pipeline would store for tests/data/multi_report;
:func:`mention` builds one event mention (an ISIS infighting event in Hajin on 2018-12-04)
with any field changed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from faultlines.across.records import Mention
from faultlines.records import (
    Actor,
    Arguments,
    Attribution,
    Claim,
    DocumentMeta,
    DocumentResult,
    Event,
    EventActor,
    EventDate,
    Fatalities,
    Place,
    Quantity,
    Span,
)

REPORTS = Path(__file__).resolve().parents[1] / "data" / "multi_report" / "reports.jsonl"

ISIS = EventActor("Islamic State", "isis", None, 2)
TURKISH_BACKED = EventActor("Turkish-backed factions", "sna", None, 2)
CIVILIANS = EventActor("Civilians (Syria)", "civilians:SY", None, 7)
MEMBERS = EventActor("Islamic State", "isis", "members", 2)
TAL_TAMR = ("Tal Tamr", 36.65, 40.37)
MAYADIN = ("Mayadin", 35.02, 40.45)
QAMISHLI = ("Qamishli", 37.05, 41.22)

# doc id -> events: (key, kind, sub-event type, event type, actor1, actor2, place, date, dead,
#                     source, trigger, sentence)
EVENTS: dict[str, list[tuple[Any, ...]]] = {
    "mr-01-harbour": [
        (
            "bomb",
            "bombing",
            "Remote explosive/landmine/IED",
            "Explosions/Remote violence",
            ISIS,
            CIVILIANS,
            TAL_TAMR,
            "2020-03-07",
            9,
            "a war monitor",
            "car bomb",
            "A car bomb tore",
        )
    ],
    "mr-02-plains": [
        (
            "bomb",
            "bombing",
            "Remote explosive/landmine/IED",
            "Explosions/Remote violence",
            TURKISH_BACKED,
            CIVILIANS,
            TAL_TAMR,
            "2020-03-07",
            14,
            "Local officials",
            "blew up",
            "Local officials said",
        )
    ],
    "mr-03-river": [
        (
            "bomb",
            "bombing",
            "Remote explosive/landmine/IED",
            "Explosions/Remote violence",
            None,
            CIVILIANS,
            TAL_TAMR,
            "2020-03-07",
            9,
            "a monitoring group",
            "car bombing",
            "Nine people died",
        ),
        (
            "execution",
            "execution_of_members",
            "Attack",
            "Violence against civilians",
            ISIS,
            MEMBERS,
            MAYADIN,
            "2020-03-09",
            5,
            "residents",
            "executed",
            "In a separate development",
        ),
    ],
    "mr-04-valley": [
        (
            "execution",
            "execution_of_members",
            "Attack",
            "Violence against civilians",
            ISIS,
            MEMBERS,
            ("al-Mayadin", 35.016, 40.452),
            "2020-03-09",
            5,
            "two residents",
            "put five",
            "The Islamic State put",
        )
    ],
    "mr-05-harbour": [
        (
            "bomb",
            "bombing",
            "Remote explosive/landmine/IED",
            "Explosions/Remote violence",
            None,
            CIVILIANS,
            QAMISHLI,
            "2020-03-21",
            9,
            "a war monitor",
            "car bomb",
            "A car bomb exploded",
        )
    ],
}


def reports() -> list[dict[str, Any]]:
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def results() -> list[DocumentResult]:
    """One hand-built result per fixture report, in file order."""
    return [result_of(report) for report in reports()]


def result_of(report: dict[str, Any]) -> DocumentResult:
    text = report["text"]
    events = tuple(_event(report["id"], text, spec) for spec in EVENTS[report["id"]])
    actors = {a.actor_id: a for e in events for a in (e.actor1, e.actor2) if a is not None}
    meta = DocumentMeta(
        doc_id=report["id"], source=f"{report['id']}.json", text_hash=hashlib.sha1(text.encode()).hexdigest(),
        title=report["title"], outlet=report["outlet"], author=None, url=None, published=report["published"],
        published_from="metadata", language="en", chars=len(text), input_format="jsonl",
    )  # fmt: skip
    return DocumentResult(
        meta=meta, text=text, places=tuple(e.place for e in events if e.place), events=events,
        actors=tuple(Actor(a.actor_id or "", a.name, a.inter) for a in actors.values()), pipeline_version="test",
    )  # fmt: skip


def _event(doc_id: str, text: str, spec: tuple[Any, ...]) -> Event:
    key, kind, sub, etype, actor1, actor2, (name, lat, lon), day, dead, source, trigger, sentence = spec
    start = text.index(sentence)
    end = text.index(".", start) + 1
    at = text.index(name)
    t = text.index(trigger)
    return Event(
        event_id=hashlib.sha1(f"{doc_id}:{key}".encode()).hexdigest(), event_type=etype, sub_event_type=sub,
        kind=kind, modality="asserted", trigger=Span.of(text, t, t + len(trigger)),
        evidence=(Span.of(text, start, end),),
        intra_group=kind == "execution_of_members", actor1=actor1, actor2=actor2,
        place=Place(at, at + len(name), name, None, name, lat, lon, "SY", "Hasakah", "PPL", 1),
        date=EventDate(day, day, 1, None), fatalities=Fatalities(best=dead),
        attribution=(Attribution(source, (source,)),), confidence=0.8,
    )  # fmt: skip


HAJIN = {"location": "Hajin", "lat": 34.69, "lon": 40.83, "country_code": "SY", "geo_precision": 1}


def mention(key: str, **fields: Any) -> Mention:
    """A mention of an ISIS infighting event in Hajin on 2018-12-04, changed by ``fields``."""
    base: dict[str, Any] = {
        "event_id": hashlib.sha1(key.encode()).hexdigest(), "doc_id": f"doc-{key}", "event_type": "Battles",
        "sub_event_type": "Armed clash", "kind": "infighting", "modality": "asserted", "intra_group": True,
        "actor1_id": "isis", "actor2_id": "isis", "date_start": "2018-12-04", "date_end": "2018-12-04",
        "time_precision": 1, "fatalities": 7, **HAJIN,
    }  # fmt: skip
    return Mention(**(base | fields))


# Pieces that random documents are made of: few enough that reports often describe one incident.
_TOWNS = (("Tal Tamr", 36.65, 40.37, 1001), ("Qamishli", 37.05, 41.22, 1002), ("Hajin", 34.69, 40.83, 1003))
_DAYS = (("2020-03-07", "2020-03-07", 1), ("2020-03-08", "2020-03-08", 1), ("2020-03-01", "2020-03-31", 3))
_ACTORS = (ISIS, TURKISH_BACKED, None)
_VICTIMS = ("Ahmad Karimi", "Omar Haddad", None)
_BACKGROUND = (
    "The town has changed hands several times since the war began.",
    "Aid groups say thousands of families have fled the area this month.",
    "The group has been divided over pay and command for a year.",
    "Local councils have asked for a ceasefire around the markets.",
)


def random_results(rng: Any, count: int) -> list[DocumentResult]:
    """``count`` documents, each with one or two events and a claim, drawn by ``rng`` from small
    pools of places, days, actors, victims and tolls (so many report one incident)."""
    return [_random_result(rng, f"rnd-{i:02d}") for i in range(count)]


def _random_result(rng: Any, doc_id: str) -> DocumentResult:
    sentences: list[str] = []
    events, claims = [], []
    for key in range(rng.choice((1, 1, 2))):
        town, lat, lon, geonameid = rng.choice(_TOWNS)
        start_day, end_day, precision = rng.choice(_DAYS)
        actor, victim, dead = rng.choice(_ACTORS), rng.choice(_VICTIMS), rng.choice((3, 4, 12))
        sentence = f"Gunmen attacked {town} on {start_day}, killing {dead}" + (
            f" including {victim}." if victim else "."
        )
        at = sum(len(s) + 1 for s in sentences)
        sentences.append(sentence)
        text = " ".join(sentences)
        place_at = at + sentence.index(town)
        victims = (
            (Span.of(" ".join(sentences), at + sentence.index(victim), at + sentence.index(victim) + len(victim)),)
            if victim
            else ()
        )
        events.append(
            Event(
                event_id=hashlib.sha1(f"{doc_id}:{key}".encode()).hexdigest(), event_type="Violence against civilians",
                sub_event_type="Attack", kind="attack", modality="asserted",
                trigger=Span.of(text, at, at + 6), evidence=(Span.of(text, at, at + len(sentence)),),
                actor1=actor, actor2=CIVILIANS, arguments=Arguments(victim=victims),
                place=Place(place_at, place_at + len(town), town, geonameid, town, lat, lon, "SY", "Hasakah", "PPL", 1),
                date=EventDate(start_day, end_day, precision, None), fatalities=Fatalities(best=dead),
                attribution=(Attribution(rng.choice(("a monitor", "officials")), ("x",)),), confidence=0.7,
            )
        )  # fmt: skip
    sentences += rng.sample(_BACKGROUND, 2)
    source, figure = rng.choice(("the monitor", "the council")), rng.choice((40, 80, 300))
    claim_sentence = f"{source.capitalize()} said {figure} fighters defected."
    at = sum(len(s) + 1 for s in sentences)
    sentences.append(claim_sentence)
    text = " ".join(sentences)
    claims.append(
        Claim(hashlib.sha1(f"{doc_id}:claim".encode()).hexdigest(), at, at + len(claim_sentence), claim_sentence,
              Quantity(float(figure), unit=None, what="fighters who defected"), (Attribution(source, (source,)),))
    )  # fmt: skip
    actors = {a.actor_id: a for e in events for a in (e.actor1, e.actor2) if a is not None}
    meta = DocumentMeta(
        doc_id=doc_id, source=f"{doc_id}.txt", text_hash=hashlib.sha1(text.encode()).hexdigest(), title=None,
        outlet=rng.choice(("Wire", "Daily")), author=None, url=None, published=f"2020-03-{rng.randint(7, 12):02d}",
        published_from="metadata", language="en", chars=len(text), input_format="txt",
    )  # fmt: skip
    return DocumentResult(
        meta=meta, text=text, events=tuple(events), claims=tuple(claims),
        places=tuple(e.place for e in events if e.place),
        actors=tuple(Actor(a.actor_id or "", a.name, a.inter) for a in actors.values()), pipeline_version="test",
    )  # fmt: skip
