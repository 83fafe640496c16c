"""Event-level precision and recall against incidents an analyst coded by hand.

The gold file (``../shared/bench/incidents/dev.jsonl``, rules in its GUIDE.md) holds one report
per line, ``{id, text, title, published, incidents: [...]}``; an incident lists the character
spans of every sentence that reports it (``mentions``) and marks a specific past incident
recalled in passing as ``background``. The scoring is the GUIDE's:

- Scored events: those whose modality is asserted, alleged, attempted_failed, planned or
  called_off (hypothetical, forecast and negated events are not records), and which the
  product did not mark as not reportable.
- An event **matches** an incident when its trigger lies inside one of the incident's
  mentions. Each incident takes at most one event; a further event on the same incident is a
  **duplicate** and counts as false. An event that lies only in background incidents is
  neither true nor false, however many do (a program may record them or not).
- Precision = matched / (scored events - background matches); recall = matched non-background
  incidents / non-background incidents.
- Field accuracy on matched pairs (see :func:`field_checks`).

The events scored are those the product prints: :func:`predict` runs
:func:`faultlines.service.extract` over the gold file itself (its lines are records
`faultlines extract` reads) and converts each result with :func:`faultlines.contract.to_contract`.
The scorer (:func:`score`) is a pure function of contract records and gold.

Example::

    reports = read_gold("dev.jsonl")
    result = score(reports, predict("dev.jsonl", Settings()))
    print(result.precision, result.recall)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faultlines.actors.normalise import normalise
from faultlines.errors import UsageError

if TYPE_CHECKING:
    from faultlines.config import Settings

__all__ = [
    "FIELDS",
    "SCORED_MODALITIES",
    "DocScore",
    "GoldIncident",
    "GoldReport",
    "IncidentScore",
    "Outcome",
    "error_rows",
    "field_checks",
    "field_rows",
    "kb_actor_key",
    "match_document",
    "predict",
    "read_gold",
    "score",
]

SCORED_MODALITIES = frozenset({"asserted", "alleged", "attempted_failed", "planned", "called_off"})
FIELDS = ("sub_event_type", "actor1", "actor2", "faction", "place", "fatalities", "modality", "date_null")
CLASH_TYPES = frozenset({"Armed clash"})  # two sides without a first mover: either order is right

ActorKey = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class GoldIncident:
    index: int  # its position in the report's list, for error listings
    sub_event_type: str
    modality: str
    background: bool
    actor1: str | None
    actor1_faction: str | None
    actor2: str | None
    actor2_faction: str | None
    place: str | None
    date_text: str | None
    fatalities: int | None
    mentions: tuple[tuple[int, int], ...]

    def contains(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.mentions)


@dataclass(frozen=True, slots=True)
class GoldReport:
    doc_id: str
    text: str
    incidents: tuple[GoldIncident, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one scored event: matched, duplicate, background or spurious (in no incident)."""

    status: str  # "matched" | "duplicate" | "background" | "spurious"
    event: Mapping[str, Any]
    incident: GoldIncident | None = None


@dataclass
class DocScore:
    doc_id: str
    gold: int = 0  # non-background incidents
    predicted: int = 0  # scored events
    matched: int = 0
    duplicates: int = 0
    background: int = 0
    spurious: int = 0  # in no incident's mentions
    outcomes: list[Outcome] = field(default_factory=list)
    missed: list[GoldIncident] = field(default_factory=list)


@dataclass
class IncidentScore:
    docs: list[DocScore]
    fields: dict[str, tuple[int, int]]  # field -> (right, scored)

    def total(self, name: str) -> int:
        return sum(getattr(d, name) for d in self.docs)

    @property
    def precision(self) -> float:
        return self.total("matched") / self.records if self.records else 0.0

    @property
    def recall(self) -> float:
        gold = self.total("gold")
        return self.total("matched") / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def records(self) -> int:
        """Scored events less background matches: the records precision is over."""
        return self.total("predicted") - self.total("background")

    @property
    def duplicate_share(self) -> float:
        return self.total("duplicates") / self.records if self.records else 0.0

    def field_accuracy(self, name: str) -> float | None:
        right, scored = self.fields.get(name, (0, 0))
        return right / scored if scored else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.docs),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "duplicate_share": round(self.duplicate_share, 4),
            "records": self.records,
            **{k: self.total(k) for k in ("gold", "predicted", "matched", "duplicates", "background", "spurious")},
            "fields": {
                k: {"accuracy": None if scored == 0 else round(right / scored, 4), "right": right, "scored": scored}
                for k, (right, scored) in self.fields.items()
            },
        }


# ---------------------------------------------------------------------------------------- reading
def read_gold(path: str | Path) -> list[GoldReport]:
    """The reports of an incidents JSONL file (a file, or a folder holding dev.jsonl)."""
    path = Path(path)
    if path.is_dir():
        path = path / "dev.jsonl"
    if not path.is_file():
        raise UsageError(f"no incidents file at {path}: give the path of dev.jsonl (see bench/incidents/GUIDE.md)")
    reports = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            reports.append(_report(row))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise UsageError(f"{path}:{number} is not an incidents record ({e}): see GUIDE.md for the shape") from e
    return reports


def _report(row: Mapping[str, Any]) -> GoldReport:
    incidents = tuple(
        GoldIncident(
            index=i,
            sub_event_type=inc["sub_event_type"],
            modality=inc.get("modality") or "asserted",
            background=bool(inc.get("background")),
            actor1=inc.get("actor1"),
            actor1_faction=inc.get("actor1_faction"),
            actor2=inc.get("actor2"),
            actor2_faction=inc.get("actor2_faction"),
            place=inc.get("place"),
            date_text=inc.get("date_text"),
            fatalities=inc.get("fatalities"),
            mentions=tuple((int(s), int(e)) for s, e in inc["mentions"]),
        )
        for i, inc in enumerate(row.get("incidents") or ())
    )
    return GoldReport(doc_id=str(row["id"]), text=row["text"], incidents=incidents)


# ------------------------------------------------------------------------------------- predicting
def predict(path: str | Path, settings: Settings) -> dict[str, dict[str, Any]]:
    """The contract JSON `faultlines extract PATH` prints, by document id."""
    from faultlines.contract import to_contract
    from faultlines.service import extract

    path = Path(path)
    if path.is_dir():
        path = path / "dev.jsonl"
    out: dict[str, dict[str, Any]] = {}
    for result in extract([path], settings):
        record = to_contract(result)
        if record["doc"] is not None:
            out[record["doc"]["id"]] = record
    return out


# ---------------------------------------------------------------------------------------- scoring
def scored_events(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The events of a contract record that are records in the GUIDE's sense."""
    return [
        e
        for e in record.get("events") or ()
        if e.get("modality") in SCORED_MODALITIES and (e.get("reportability") or {}).get("reportable", True)
    ]


def match_document(report: GoldReport, events: Iterable[Mapping[str, Any]]) -> DocScore:
    """Assign each event to at most one incident, as many incidents as possible matched.

    Matching is a maximum bipartite matching (augmenting paths) between events and the
    non-background incidents their triggers lie in, trying an incident of the event's own
    sub-event type first; what is left is a duplicate, a background match or false.
    """
    events = sorted(events, key=lambda e: (e["trigger"]["start"], e["trigger"]["end"]))
    doc = DocScore(doc_id=report.doc_id, gold=sum(not i.background for i in report.incidents), predicted=len(events))
    candidates = [_candidates(report, e) for e in events]
    owner: dict[int, int] = {}  # incident index -> event index
    for ev in range(len(events)):
        _augment(ev, candidates, owner, set())
    matched = {ev: inc for inc, ev in owner.items()}
    by_index = {i.index: i for i in report.incidents}
    for ev, event in enumerate(events):
        if ev in matched:
            doc.outcomes.append(Outcome("matched", event, by_index[matched[ev]]))
            continue
        inside = [i for i in report.incidents if _inside(i, event)]
        if inside and all(i.background for i in inside):
            doc.outcomes.append(Outcome("background", event, inside[0]))
        elif inside:
            doc.outcomes.append(Outcome("duplicate", event, inside[0]))
        else:
            doc.outcomes.append(Outcome("spurious", event))
    doc.matched = len(matched)
    doc.duplicates = sum(o.status == "duplicate" for o in doc.outcomes)
    doc.background = sum(o.status == "background" for o in doc.outcomes)
    doc.spurious = sum(o.status == "spurious" for o in doc.outcomes)
    doc.missed = [i for i in report.incidents if not i.background and i.index not in owner]
    return doc


def _inside(incident: GoldIncident, event: Mapping[str, Any]) -> bool:
    trigger = event["trigger"]
    return incident.contains(trigger["start"], trigger["end"])


def _candidates(report: GoldReport, event: Mapping[str, Any]) -> list[int]:
    found = [i for i in report.incidents if not i.background and _inside(i, event)]
    found.sort(key=lambda i: i.sub_event_type != event.get("sub_event_type"))  # same type first
    return [i.index for i in found]


def _augment(ev: int, candidates: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    for inc in candidates[ev]:
        if inc in seen:
            continue
        seen.add(inc)
        if inc not in owner or _augment(owner[inc], candidates, owner, seen):
            owner[inc] = ev
            return True
    return False


def score(
    reports: Iterable[GoldReport],
    predictions: Mapping[str, Mapping[str, Any]],
    *,
    actor_key: ActorKey = normalise,
) -> IncidentScore:
    """Precision, recall and field accuracy of contract records against gold reports.

    ``predictions`` maps a document id to its contract record; a report with no record counts as
    one with no events. ``actor_key`` turns an actor name into the key two names must share to
    agree (default: the normalised name; :func:`kb_actor_key` maps aliases to one actor).
    """
    docs: list[DocScore] = []
    fields = {name: [0, 0] for name in FIELDS}
    for report in reports:
        record = predictions.get(report.doc_id) or {}
        doc = match_document(report, scored_events(record))
        docs.append(doc)
        for outcome in doc.outcomes:
            if outcome.status == "matched" and outcome.incident is not None:
                for name, right in field_checks(outcome.incident, outcome.event, actor_key=actor_key).items():
                    fields[name][0] += int(right)
                    fields[name][1] += 1
    return IncidentScore(docs=docs, fields={k: (v[0], v[1]) for k, v in fields.items()})


def field_checks(gold: GoldIncident, event: Mapping[str, Any], *, actor_key: ActorKey = normalise) -> dict[str, bool]:
    """Which fields of a matched event agree with its incident; a field not scored is absent.

    sub_event_type, modality and fatalities (null and 0 alike) are exact. actor1 and actor2 agree
    when both are null or their keys are equal (either order for an armed clash). faction: every
    faction gold gives has a faction on the predicted actor on that side. place: the gold place's
    name is the event place's text or gazetteer name (null agrees with null). date_null: scored
    where gold has no date words, right when the event has no date either.
    """
    pred1, pred2 = _actor(event.get("actor1")), _actor(event.get("actor2"))
    straight = _same_actor(gold.actor1, pred1, actor_key) and _same_actor(gold.actor2, pred2, actor_key)
    crossed = _same_actor(gold.actor1, pred2, actor_key) and _same_actor(gold.actor2, pred1, actor_key)
    if gold.sub_event_type in CLASH_TYPES and crossed and not straight:
        pred1, pred2 = pred2, pred1
    checks = {
        "sub_event_type": event.get("sub_event_type") == gold.sub_event_type,
        "actor1": _same_actor(gold.actor1, pred1, actor_key),
        "actor2": _same_actor(gold.actor2, pred2, actor_key),
        "place": _same_place(gold.place, event.get("place")),
        "fatalities": (gold.fatalities or 0) == ((event.get("fatalities") or {}).get("best") or 0),
        "modality": event.get("modality") == gold.modality,
    }
    factions = [(f, p) for f, p in ((gold.actor1_faction, pred1), (gold.actor2_faction, pred2)) if f]
    if factions:
        checks["faction"] = all(p is not None and bool(p.get("faction")) for _, p in factions)
    if gold.date_text is None:
        checks["date_null"] = _date_is_null(event.get("date"))
    return checks


def _actor(value: Any) -> Mapping[str, Any] | None:
    return value if isinstance(value, Mapping) and (value.get("name") or value.get("actor_id")) else None


def _same_actor(gold: str | None, predicted: Mapping[str, Any] | None, actor_key: ActorKey) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    keys = {actor_key(str(v)) for v in (predicted.get("name"), predicted.get("actor_id")) if v}
    return actor_key(gold) in keys


def _same_place(gold: str | None, place: Mapping[str, Any] | None) -> bool:
    if gold is None or place is None:
        return gold is None and place is None
    names = {normalise(str(v)) for v in (place.get("text"), place.get("name")) if v}
    return normalise(gold) in names


def _date_is_null(date: Mapping[str, Any] | None) -> bool:
    return date is None or (date.get("start") is None and not date.get("text"))


def kb_actor_key(settings: Settings) -> ActorKey:
    """Names to actor ids through the actor knowledge base (aliases agree), else the normalised name."""
    from faultlines.actors.kb import ActorKB

    kb = ActorKB.load(settings)

    def key(name: str) -> str:
        if name in kb:
            return name
        found = kb.lookup(name)
        return found[0].actor_id if len(found) == 1 else normalise(name)

    return key


# --------------------------------------------------------------------------------------- listings
def sentence_of(text: str, start: int, end: int, spans: Iterable[Mapping[str, Any]] = ()) -> str:
    """The evidence span holding [start, end), else the line around it, one line, for listings."""
    for span in spans:
        if span["start"] <= start and end <= span["end"]:
            return " ".join(str(span["text"]).split())
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1)
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return " ".join(text[left + 1 if left > 0 else 0 : right].split())


def error_rows(report: GoldReport, doc: DocScore) -> list[dict[str, Any]]:
    """The false, duplicate and missed records of one document, with their sentences."""
    rows: list[dict[str, Any]] = []
    for outcome in doc.outcomes:
        if outcome.status not in ("spurious", "duplicate"):
            continue
        event, trigger = outcome.event, outcome.event["trigger"]
        rows.append({
            "doc": report.doc_id, "error": outcome.status,
            "incident": None if outcome.incident is None else outcome.incident.index,
            "sub_event_type": event.get("sub_event_type"), "modality": event.get("modality"),
            "trigger": trigger["text"],
            "sentence": sentence_of(report.text, trigger["start"], trigger["end"], event.get("evidence") or ()),
        })  # fmt: skip
    for incident in doc.missed:
        start, end = incident.mentions[0]
        rows.append({
            "doc": report.doc_id, "error": "missed", "incident": incident.index,
            "sub_event_type": incident.sub_event_type, "modality": incident.modality,
            "trigger": None, "sentence": " ".join(report.text[start:end].split()),
        })  # fmt: skip
    return rows


def field_rows(report: GoldReport, doc: DocScore, *, actor_key: ActorKey = normalise) -> list[dict[str, Any]]:
    """The matched events of one document whose fields disagree with their incident: each wrong
    field with the gold value and the event's."""
    rows: list[dict[str, Any]] = []
    for outcome in doc.outcomes:
        if outcome.status != "matched" or outcome.incident is None:
            continue
        gold, event = outcome.incident, outcome.event
        wrong = [name for name, right in field_checks(gold, event, actor_key=actor_key).items() if not right]
        if not wrong:
            continue
        trigger = event["trigger"]
        rows.append({
            "doc": report.doc_id, "error": "fields", "incident": gold.index, "trigger": trigger["text"],
            "wrong": {name: {"gold": _gold_value(gold, name), "predicted": _predicted_value(event, name)}
                      for name in wrong},
            "sentence": sentence_of(report.text, trigger["start"], trigger["end"], event.get("evidence") or ()),
        })  # fmt: skip
    return rows


def _gold_value(gold: GoldIncident, name: str) -> Any:
    if name == "faction":
        return [gold.actor1_faction, gold.actor2_faction]
    if name == "date_null":
        return gold.date_text
    return getattr(gold, name)


def _predicted_value(event: Mapping[str, Any], name: str) -> Any:
    if name in ("actor1", "actor2"):
        actor = _actor(event.get(name))
        return None if actor is None else actor.get("name")
    if name == "faction":
        return [(_actor(event.get(k)) or {}).get("faction") for k in ("actor1", "actor2")]
    if name == "place":
        return (event.get("place") or {}).get("text")
    if name == "fatalities":
        return (event.get("fatalities") or {}).get("best")
    if name == "date_null":
        return (event.get("date") or {}).get("text")
    return event.get(name)
