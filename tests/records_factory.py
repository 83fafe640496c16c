"""Hand-built records for tests that need no model."""

from __future__ import annotations

import hashlib

from faultlines.records import (
    Actor,
    DocumentMeta,
    DocumentResult,
    Entity,
    Event,
    EventActor,
    EventDate,
    Failure,
    Fatalities,
    Place,
    Span,
)

TEXT = (
    "Foreign fighters of the Islamic State clashed with local members in Hajin on Tuesday, "
    "killing at least seven, a monitor said."
)


def make_result(text: str = TEXT, *, doc_id: str | None = None, source: str = "report.txt") -> DocumentResult:
    digest = hashlib.sha1(text.encode()).hexdigest()
    doc_id = doc_id or digest
    hajin = text.index("Hajin")
    place = Place(hajin, hajin + 5, "Hajin", 170613, "Hajin", 34.69, 40.83, "SY", "Deir ez-Zor", "PPL", 1, 0.9)
    trigger = text.index("clashed")
    sentence = Span(0, len(text), text)
    event = Event(
        event_id=hashlib.sha1(f"{doc_id}:clash".encode()).hexdigest(),
        event_type="Battles",
        sub_event_type="Armed clash",
        kind="infighting",
        modality="asserted",
        trigger=Span(trigger, trigger + 7, "clashed"),
        evidence=(sentence,),
        intra_group=True,
        actor1=EventActor("Islamic State", "isis", "foreign fighters", 2),
        actor2=EventActor("Islamic State", "isis", "local fighters", 2),
        place=place,
        date=EventDate("2018-12-04", "2018-12-04", 1, "on Tuesday"),
        fatalities=Fatalities(best=7, low=7, text="at least seven"),
        confidence=0.8,
    )
    meta = DocumentMeta(
        doc_id=doc_id,
        source=source,
        text_hash=digest,
        title="Clash in Hajin",
        outlet="Test Wire",
        author=None,
        url=None,
        published="2018-12-06",
        published_from="sidecar",
        language="en",
        chars=len(text),
        input_format="txt",
    )
    return DocumentResult(
        meta=meta,
        text=text,
        entities=(Entity(23, 37, text[23:37], "ARMED_GROUP", "isis"),),
        actors=(Actor("isis", "Islamic State", 2, None, ("Islamic State",), ("foreign fighters", "local fighters")),),
        places=(place,),
        events=(event,),
        pipeline_version="test",
    )


def failed(source: str = "scan.txt", code: str = "E105") -> DocumentResult:
    return DocumentResult(meta=None, text=None, failures=(Failure(code, f"{code} bad: fix it", source, "ingest"),))
