"""The events stage: from a parsed report, the events a careful analyst would code.

For each sentence: triggers (:mod:`faultlines.events.triggers`), their participants, type,
modality and death counts (:mod:`faultlines.events.mentions`); then, over the document, the
mentions of one incident are grouped (:mod:`faultlines.events.merge`) and each group becomes an
:class:`~faultlines.records.Event` (:mod:`faultlines.events.build`). ``place``, ``date`` and
``attribution`` are left empty for the places, dates and claims stages.

Actors come from ``analysis.mentions`` (the actors stage) when it found any; otherwise the
participants' own words and spaCy's entities stand in, so the stage also runs alone.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from faultlines.events.build import DocContext, build_event
from faultlines.events.classify import VIOLENT_FRAMES
from faultlines.events.fatalities import Death
from faultlines.events.mentions import EventMention, read_sentence
from faultlines.events.merge import fold_headline, group_mentions, rank
from faultlines.events.participants import MentionIndex, Party
from faultlines.events.reportability import SPECIFIC, furniture_spans, judge
from faultlines.events.sides import default_actor
from faultlines.events.triggers import name_tokens
from faultlines.lang.en.events import WEAPONS
from faultlines.records import Event, EventActor, HeldBack, Span
from faultlines.registry import stage

if TYPE_CHECKING:
    from faultlines.analysis import ActorMention, Analysis
    from faultlines.resources import Resources

NAME = "faultlines.events.v1"
_ARMED_INTER = frozenset({2, 3, 4})


def _kb_lookup(analysis: Analysis, resources: Any) -> Callable[[str], tuple[str | None, int | None]]:
    """actor_id -> (name, inter), from the document's actors, else the knowledge base."""
    known = {a.actor_id: (a.name, a.inter) for a in analysis.actors}
    get = getattr(getattr(resources, "actors", None), "get", None)

    def lookup(actor_id: str) -> tuple[str | None, int | None]:
        if actor_id in known:
            return known[actor_id]
        record = get(actor_id) if callable(get) else None
        inter = getattr(record, "inter", None)
        return getattr(record, "name", None), inter if isinstance(inter, int) else None

    return lookup


def _home_group(analysis: Analysis, lookup: Callable[[str], tuple[str | None, int | None]]) -> EventActor | None:
    """The armed group the document is mostly about: most mentioned in the actor records, else the
    organisation spaCy names most often (at least twice)."""
    counts = Counter(m.actor_id for m in analysis.mentions)
    for actor_id, _ in counts.most_common():
        name, inter = lookup(actor_id)
        if inter in _ARMED_INTER or inter is None:
            return EventActor(name or actor_id, actor_id, None, inter)
    orgs = Counter(e.text for e in analysis.doc.ents if e.label_ == "ORG")
    if orgs and orgs.most_common(1)[0][1] >= 2:
        return EventActor(orgs.most_common(1)[0][0], None, None, None)
    return None


def _weapon_heads(doc: Any, sentences: list[Any]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for index, sent in enumerate(sentences):
        heads = [
            t.i
            for t in sent
            if t.pos_ in ("NOUN", "PROPN") and str(t.lemma_).lower() in WEAPONS and t.dep_ != "compound"
        ]
        if heads:
            found[index] = heads
    return found


def _keep(group: list[EventMention]) -> bool:
    """Weak echoes alone ("the deaths", "a deal") are not events; a weak word with both sides is.
    Neither is a fight or attack verb whose every subject names no one ("rifts hit its ranks")."""
    if all(_figurative(m) for m in group):
        return False
    if any(not m.weak for m in group):
        return True
    head = min(group, key=rank)
    return bool(head.roles.agent and head.roles.patient)


def _summary(doc: Any, group: list[EventMention]) -> str | None:
    """ "In the light of these murderous attacks, the ministers ...": an incident told only by
    plural nouns pointing back sums up incidents told elsewhere; it is none of its own. Returns
    the pointing words."""
    cues = []
    for mention in group:
        head = doc[mention.trigger.head]
        if mention.trigger.verbal or head.tag_ not in ("NNS", "NNPS"):
            return None
        pointer = next((c for c in head.children if c.dep_ == "det" and c.lower_ in _SUMMING), None)
        if pointer is None:
            return None
        cues.append(f"{pointer.text} {head.text}")
    return cues[0] if cues else None


# "these attacks", "the attacks that have taken place in the last 24 hours": told alone, with no
# incident of their own to join, plurals that point back sum up several
_SUMMING = frozenset({"these", "those", "such", "the"})
_PEOPLE_WORDS = frozenset("many some most several few others all both none".split())  # "Many fought"


def _figurative(mention: EventMention) -> bool:
    """A verbal attack or clash whose agents are all things no actor record, entity label or actor
    word makes an actor (the participants' "unknown" class): a figure of speech, not violence."""
    agents = mention.roles.agent
    return (
        mention.trigger.verbal
        and mention.frame in ("attack", "clash")
        and bool(agents)
        and all(p.cls == "unknown" and p.mention is None and p.text.lower() not in _PEOPLE_WORDS for p in agents)
    )


def _death_owners(groups: list[list[EventMention]]) -> dict[int, int]:
    """Sentence -> the group its death counts belong to: the best violent mention there."""
    owners: dict[int, tuple[tuple[int, int, int, int], int]] = {}
    for g, group in enumerate(groups):
        for m in group:
            if m.frame in VIOLENT_FRAMES or m.sub_event_type in (
                "Violent demonstration",
                "Mob violence",
                "Excessive force against protesters",
            ):
                best = owners.get(m.sentence)
                if best is None or rank(m) < best[0]:
                    owners[m.sentence] = (rank(m), g)
    return {sentence: g for sentence, (_, g) in owners.items()}


def _reportable(
    doc: Any,
    original: str,
    found: list[EventMention],
    deaths: dict[int, list[Death]],
    furniture: tuple[tuple[int, int], ...],
) -> tuple[list[EventMention], dict[int, list[Death]], tuple[HeldBack, ...]]:
    """The mentions that tell specific occurrences (events.reportability), the death counts of
    the sentences that are not totals (a statistic's dead are a claim, never an event's toll), and
    the mentions held back, with why, for review."""
    text = doc.text  # read once: spaCy rebuilds it on every access
    decisions = [judge(doc, m.trigger.head, furniture=furniture, text=text) for m in found]
    totals = {m.sentence for m, d in zip(found, decisions, strict=True) if d.reason == "statistic"}
    kept = [m for m, d in zip(found, decisions, strict=True) if d.reportable]
    held = tuple(
        _held_back(doc, original, m, d.reason, d.cue) for m, d in zip(found, decisions, strict=True) if not d.reportable
    )
    return kept, {s: d for s, d in deaths.items() if s not in totals}, held


def _held_back(doc: Any, text: str, mention: EventMention, reason: str, cue: str | None) -> HeldBack:
    """``text`` is the document's original text (the parse's has boilerplate blanked out)."""
    first, last = doc[mention.trigger.start], doc[mention.trigger.end - 1]
    start, end = first.idx, last.idx + len(last)
    sentence = Span(mention.sent_start, mention.sent_end, text[mention.sent_start : mention.sent_end])
    return HeldBack(Span(start, end, text[start:end]), sentence, mention.sub_event_type, reason, cue, mention.kind)


def extract_events(analysis: Analysis, resources: Any) -> tuple[Event, ...]:
    """The events of one parsed document (the stage's work, callable without the registry)."""
    return read_events(analysis, resources)[0]


def read_events(analysis: Analysis, resources: Any) -> tuple[tuple[Event, ...], tuple[HeldBack, ...]]:
    """The events of one parsed document, and the event mentions held back from them."""
    doc = analysis.doc
    lookup = _kb_lookup(analysis, resources)
    mentions = MentionIndex(analysis.mentions)

    def inter_of(mention: ActorMention) -> int | None:
        return lookup(mention.actor_id)[1]

    def actor_of(party: Party) -> EventActor | None:
        return default_actor(party, lookup)

    names = name_tokens(doc)
    sentences = list(doc.sents)
    found: list[EventMention] = []
    deaths: dict[int, list[Death]] = {}
    title = getattr(analysis.clean, "title", None)
    for index, sent in enumerate(sentences):
        read, dead = read_sentence(doc, index, sent, mentions, inter_of, names)
        if title is not None and title.start <= sent.start_char < title.end:
            read = [dataclasses.replace(m, in_title=True) for m in read]
        found.extend(read)
        if dead:
            deaths[index] = dead
    found, deaths, held = _reportable(doc, analysis.text, found, deaths, furniture_spans(analysis.clean))
    groups = [g for g in fold_headline(group_mentions(found, doc)) if _keep(g)]
    sums = [_summary(doc, g) for g in groups]
    held += tuple(
        _held_back(doc, analysis.text, g[0], "summary", cue) for g, cue in zip(groups, sums, strict=True) if cue
    )
    groups = [g for g, cue in zip(groups, sums, strict=True) if not cue]
    owners = _death_owners(groups)
    ctx = DocContext(
        doc_id=analysis.clean.source.doc_id,
        text=analysis.text,
        doc=doc,
        actor_of=actor_of,
        home=_home_group(analysis, lookup),
        weapon_heads=_weapon_heads(doc, sentences),
    )
    events = []
    for g, group in enumerate(groups):
        owned = {s: d for s, d in deaths.items() if owners.get(s) == g}
        event = dataclasses.replace(build_event(ctx, group, owned), reportability=SPECIFIC)
        if event.kind != "internal_dispute" or event.intra_group:  # a dispute between two groups is no event
            events.append(event)
    return tuple(events), held


@stage(NAME, reads=("doc", "mentions", "actors"), writes=("events", "held_back"), needs=("actors",))
def find_events(analysis: Analysis, resources: Resources) -> Analysis:
    """Typed, intra-group-aware events with modality, sides, arguments and fatalities; the mentions
    that tell no specific occurrence are held back, with why."""
    events, held = read_events(analysis, resources)
    return dataclasses.replace(analysis, events=events, held_back=held)
