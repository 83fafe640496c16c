"""The JSON shape of CONTRACT.md: what `faultlines extract` prints, built from a DocumentResult.

Other tools read this shape, so fields are only ever added. ``to_contract`` is the one place
that knows it; the JSONL export and the API reuse it.
"""

from __future__ import annotations

from typing import Any

from faultlines.records import (
    Attribution,
    Choice,
    Claim,
    DocumentResult,
    Event,
    EventActor,
    Failure,
    HeldBack,
    Place,
    Reportability,
    Span,
)

CONTRACT_VERSION = 1


def to_contract(result: DocumentResult) -> dict[str, Any]:
    meta = result.meta
    return {
        "contract": CONTRACT_VERSION,
        "doc": None
        if meta is None
        else {
            "id": meta.doc_id,
            "source": meta.source,
            "title": meta.title,
            "outlet": meta.outlet,
            "published": meta.published,
            "published_from": meta.published_from,
            "author": meta.author,
            "url": meta.url,
            "language": meta.language,
            "chars": meta.chars,
        },
        "entities": [
            {"start": e.start, "end": e.end, "text": e.text, "label": e.label, "actor_id": e.actor_id}
            for e in result.entities
        ],
        "typed_mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "actor_id": m.actor_id, "score": m.score}
            for m in result.typed_mentions
        ],
        "actors": [
            {
                "actor_id": a.actor_id,
                "name": a.name,
                "inter": a.inter,
                "country": a.country,
                "aliases_seen": list(a.aliases_seen),
                "factions": list(a.factions),
            }
            for a in result.actors
        ],
        "places": [place_json(p) for p in result.places],
        "events": [event_json(e) for e in result.events],
        "held_back": [held_back_json(h) for h in result.held_back],
        "claims": [claim_json(c) for c in result.claims],
        "failures": [failure_json(f) for f in result.failures],
    }


def span_json(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def place_json(place: Place) -> dict[str, Any]:
    return {
        "start": place.start,
        "end": place.end,
        "text": place.text,
        "geonameid": place.geonameid,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "feature_code": place.feature_code,
        "precision": place.precision,
        "score": place.score,
    }


def actor_json(actor: EventActor | None, faction_why: Choice | None = None) -> dict[str, Any] | None:
    """An event's side; ``faction_why`` is the Choice of its faction, whose words are the
    faction's evidence (``faction_evidence``, null when the side has no faction or no words)."""
    if actor is None:
        return None
    evidence = None
    if actor.faction is not None and faction_why is not None and faction_why.start is not None:
        evidence = {"start": faction_why.start, "end": faction_why.end, "text": faction_why.text}
    return {
        "name": actor.name,
        "actor_id": actor.actor_id,
        "faction": actor.faction,
        "inter": actor.inter,
        "faction_evidence": evidence,
    }


def attribution_json(attribution: Attribution) -> dict[str, Any]:
    return {
        "source": attribution.source,
        "chain": list(attribution.chain),
        "start": attribution.start,
        "end": attribution.end,
        "verb": attribution.verb,
        "hedged": attribution.hedged,
    }


def event_json(event: Event) -> dict[str, Any]:
    date = event.date
    why = {c.argument: c for c in event.why}
    fatalities = event.fatalities
    return {
        "id": event.event_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "intra_group": event.intra_group,
        "kind": event.kind,
        "modality": event.modality,
        "actor1": actor_json(event.actor1, why.get("faction1")),
        "actor2": actor_json(event.actor2, why.get("faction2")),
        "assoc_actor_1": [actor_json(a) for a in event.assoc_actor_1],
        "assoc_actor_2": [actor_json(a) for a in event.assoc_actor_2],
        "arguments": {
            "perpetrator": [span_json(s) for s in event.arguments.perpetrator],
            "victim": [span_json(s) for s in event.arguments.victim],
            "target": [span_json(s) for s in event.arguments.target],
            "weapon": [span_json(s) for s in event.arguments.weapon],
        },
        "trigger": span_json(event.trigger),
        "place": place_json(event.place) if event.place else None,
        "date": None
        if date is None
        else {
            "start": date.start,
            "end": date.end,
            "precision": date.precision,
            "text": date.text,
            "span_start": date.span_start,
            "span_end": date.span_end,
        },
        "fatalities": {
            "best": fatalities.best,
            "low": fatalities.low,
            "high": fatalities.high,
            "text": fatalities.text,
            "start": fatalities.start,
            "end": fatalities.end,
        },
        "evidence": [span_json(s) for s in event.evidence],
        "mentions": [span_json(s) for s in event.mentions],
        "attribution": [attribution_json(a) for a in event.attribution],
        "confidence": round(event.confidence, 3),
        "reportability": reportability_json(event.reportability),
        "type_rule": event.type_rule,
        "why": {c.argument: choice_json(c) for c in event.why},
    }


def choice_json(choice: Choice) -> dict[str, Any]:
    return {"rule": choice.rule, "start": choice.start, "end": choice.end, "text": choice.text}


def held_back_json(held: HeldBack) -> dict[str, Any]:
    return {
        "trigger": span_json(held.trigger),
        "sentence": span_json(held.sentence),
        "sub_event_type": held.sub_event_type,
        "reason": held.reason,
        "cue": held.cue,
        "kind": held.kind,
    }


def reportability_json(decision: Reportability | None) -> dict[str, Any] | None:
    if decision is None:
        return None
    return {"reportable": decision.reportable, "reason": decision.reason, "cue": decision.cue}


def claim_json(claim: Claim) -> dict[str, Any]:
    quantity = claim.quantity
    return {
        "id": claim.claim_id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "quantity": None
        if quantity is None
        else {
            "value": quantity.value,
            "low": quantity.low,
            "high": quantity.high,
            "unit": quantity.unit,
            "what": quantity.what,
            "approximate": quantity.approximate,
        },
        "attribution": [attribution_json(a) for a in claim.attribution],
    }


def failure_json(failure: Failure) -> dict[str, Any]:
    return {"code": failure.code, "message": failure.message, "stage": failure.stage, "source": failure.source}
