"""The records that flow through the pipeline: frozen, slotted, picklable.

Every extracted value carries its evidence as a :class:`Span`, a character range into the
document's original text (``text[start:end] == span.text``; see CONTRACT.md).

Data flows one way::

    SourceDocument (ingest) -> CleanDocument (clean) -> Analysis (nlp + extraction stages)
                                                     -> DocumentResult (what is stored/printed)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Span:
    """A character range of the original text, with the text it covers."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One document as read, before any cleaning.

    ``text`` is the original text (for HTML, the extracted main text); every offset
    downstream points into it.
    """

    doc_id: str
    source: str
    text: str
    text_hash: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_from: str | None = None  # "metadata", "html", "sidecar", "option", "text"
    input_format: str = "txt"


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """A document with its boilerplate located (never removed) and its header read.

    ``body`` has the same length as ``source.text``: boilerplate characters are blanked
    with spaces (newlines kept), so offsets into it are offsets into the original.
    """

    source: SourceDocument
    body: str
    boilerplate: tuple[Span, ...] = ()
    captions: tuple[Span, ...] = ()  # photo captions: their dates apply to their own scene only
    title: Span | None = None
    byline: Span | None = None
    dateline: Span | None = None
    outlet: Span | None = None
    published: Span | None = None
    language: str = "en"
    language_score: float = 1.0


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str
    actor_id: str | None = None


@dataclass(frozen=True, slots=True)
class HeldBack:
    """A mention read as an event and kept out of the events because it tells no specific
    occurrence (a total, a habit, page furniture ...): shown for review, never exported."""

    trigger: Span
    sentence: Span
    sub_event_type: str  # what it would have been
    reason: str  # the reportability rule that held it back ("statistic", "habit", ...)
    cue: str | None = None  # the words that decided it
    # the finer kind it would have had: a held-back "internal_dispute" is an ongoing rift the
    # report describes ("the power struggle between settlors and locals"), a claim to review
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class TypedMention:
    """A stretch of text that refers to a person, an organisation, a location or a nationality,
    by name, description or pronoun ("ISIL", "the regime", "a local physician", "we")."""

    start: int
    end: int
    text: str
    type: str  # "Person", "Organisation", "Location" or "Nationality"
    actor_id: str | None = None  # the actor it names, when the actors stage linked it
    score: float = 0.0  # the mention model's probability for the type


@dataclass(frozen=True, slots=True)
class Actor:
    actor_id: str
    name: str
    inter: int | None = None
    country: str | None = None
    aliases_seen: tuple[str, ...] = ()
    factions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    text: str
    geonameid: int | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature_code: str | None = None
    precision: int | None = None
    score: float | None = None


@dataclass(frozen=True, slots=True)
class EventActor:
    name: str
    actor_id: str | None = None
    faction: str | None = None
    inter: int | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    start: str | None
    end: str | None
    precision: int | None
    text: str | None
    span_start: int | None = None
    span_end: int | None = None


@dataclass(frozen=True, slots=True)
class Fatalities:
    best: int | None = None
    low: int | None = None
    high: int | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str
    chain: tuple[str, ...]
    start: int | None = None
    end: int | None = None
    verb: str | None = None
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class Arguments:
    perpetrator: tuple[Span, ...] = ()
    victim: tuple[Span, ...] = ()
    target: tuple[Span, ...] = ()
    weapon: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Reportability:
    """Whether a mention tells a specific occurrence an analyst would record, and why.

    ``reason`` names the rule that decided ("statistic", "habit", ...: see
    :mod:`faultlines.events.reportability`); ``cue`` is the text that decided it, when a word did.
    """

    reportable: bool
    reason: str
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Choice:
    """Why one argument of an event has its value: the rule or model that chose it and the words
    it read (``start``/``end``/``text``, None when the value came from no words: a default, the
    document's main place)."""

    # "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "faction1", "faction2", "place", "date",
    # "fatalities", and the arguments "perpetrator", "victim", "target", "weapon"
    argument: str
    rule: str
    start: int | None = None
    end: int | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    event_type: str
    sub_event_type: str
    kind: str | None
    modality: str
    trigger: Span
    evidence: tuple[Span, ...]
    intra_group: bool = False
    actor1: EventActor | None = None
    actor2: EventActor | None = None
    assoc_actor_1: tuple[EventActor, ...] = ()
    assoc_actor_2: tuple[EventActor, ...] = ()
    arguments: Arguments = field(default_factory=Arguments)
    place: Place | None = None
    date: EventDate | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    attribution: tuple[Attribution, ...] = ()
    confidence: float = 0.5
    # the trigger of every mention merged into this event, in text order ("the attack", "the blast")
    mentions: tuple[Span, ...] = ()
    reportability: Reportability | None = None  # None: not judged (built outside the events stage)
    type_rule: str | None = None  # why the event has its sub-event type: the trigger and the rule
    why: tuple[Choice, ...] = ()  # why each argument has its value, one Choice per argument


def with_choice(event: Event, choice: Choice) -> Event:
    """``event`` with ``choice`` as the reason for its argument (replacing an earlier one)."""
    kept = tuple(c for c in event.why if c.argument != choice.argument)
    return replace(event, why=(*kept, choice))


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure a report gives. ``approximate`` marks a hedged or vague one ("about 90",
    "some 20,000", "nearly 100", "dozens", "several hundred"): ``value`` is then a reading of
    the words, not a count anyone stated exactly."""

    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    what: str | None = None
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    claim_id: str
    start: int
    end: int
    text: str
    quantity: Quantity | None = None
    attribution: tuple[Attribution, ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a document (or one stage of it) could not be processed, and what to do."""

    code: str
    message: str
    source: str
    stage: str
    doc_id: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    doc_id: str
    source: str
    text_hash: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: str | None
    published_from: str | None
    language: str | None
    chars: int
    input_format: str


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything extracted from one document: what the store writes and `extract` prints.

    ``text`` is None only when the input could not be read at all.
    """

    meta: DocumentMeta | None
    text: str | None
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    failures: tuple[Failure, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    pipeline_version: str = ""
    typed_mentions: tuple[TypedMention, ...] = ()
    held_back: tuple[HeldBack, ...] = ()

    @property
    def ok(self) -> bool:
        return self.meta is not None and not self.failures
