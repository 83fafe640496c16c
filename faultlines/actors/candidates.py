"""New actors for review: the named groups the actor list lacks, with a guess at their type.

The actor stage keeps an organisation the knowledge base does not know as a ``new:`` actor
(:func:`faultlines.actors.names.keep_new_actors`) and never types it: its ``inter`` stays null
in the output. This module reads what the store (or `faultlines extract` output) holds about
each such actor and says, for an analyst to check,

* what type of actor it is likely to be (an ACLED ``inter`` code, or an organisation that is no
  armed actor), and the words that told: the name's own ("... Liberation Front"), the words next
  to a mention ("the Valley militia", "rebel group X", "X, a militia loyal to ..."), and the
  descriptions that pointed back to it ("the militia");
* whether it is an actor at all: an outlet's credit ("(Meridian Daily) -", "told X News"), a
  byline, a place ("posts in al-Ayadiya"), a thing of another actor ("its Sharia Court") or
  page furniture is not, and a name nothing calls a group is left out too;
* the `faultlines actors add` line that would put it in the analyst's actor file.

The guess is the command's only: the pipeline keeps new actors untyped, as the store's readers
expect (an unknown inter code is null, never guessed). The words are data, in
:mod:`faultlines.lang.en.actor_candidates`.

Example::

    seen, corpus = new_actor_evidence(store)            # faultlines.store.new_actors
    for candidate in review(seen, corpus, kb):
        print(candidate.seen.name, candidate.guess.label, candidate.promotion)
"""

from __future__ import annotations

import json
import re
import shlex
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from faultlines.actors.context import NEW_PREFIX
from faultlines.actors.kb import ActorKB
from faultlines.actors.normalise import is_acronym, normalise, slug
from faultlines.lang.en.actor_candidates import (
    APPOSITION_DETERMINERS,
    APPOSITION_WORDS,
    ARMED_DEFAULT,
    BYLINE_BEFORE,
    INTER_LABELS,
    MEDIA_WORDS,
    NAME_TRAILING_WORDS,
    ORGANISATION_LABEL,
    OUTLET_BEFORE,
    OWNER_BEFORE,
    PLACE_AFTER,
    PLACE_PREPOSITIONS,
    TYPE_WORDS,
)
from faultlines.lang.en.actors import ARMED_NAME_WORDS, DESCRIPTION_DETERMINERS, GROUP_HEADS, PLACE_NOUNS

__all__ = [
    "Candidate",
    "Corpus",
    "Part",
    "Seen",
    "Sighting",
    "TypeGuess",
    "guess_type",
    "read_extract_output",
    "review",
]

# How far around a mention the text is kept (then cut to its sentence).
WINDOW = 200
# How strongly a cue tells the type: words next to a mention say most, the name's own words
# less, a description that pointed back to it less again, a bare armed name word least.
NEXT_TO, IN_NAME, DESCRIPTION, ARMED_WORD = 3, 2, 1, 0
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_TOKEN = re.compile(r"\w[\w'’-]*:?|[,;()]")
_COORDINATION = frozenset({"and", "or", ","})
_POSSESSIVE = re.compile(r"\s*['’]s$")
# Words run together where a page's blocks lost the space between them: "SyriaThe", "NewsPolice".
_RUN_TOGETHER = re.compile(r"[a-z]{3,}[A-Z][a-z]")
_PHRASES = [(tuple(phrase.split()), value) for phrase, value in TYPE_WORDS]


@dataclass(frozen=True, slots=True)
class Sighting:
    """One mention of a new actor, with the words of its sentence on either side."""

    doc_id: str
    start: int
    end: int
    text: str
    before: str = ""  # "" when the text around it is not at hand
    after: str = ""

    @property
    def sentence(self) -> tuple[int, int, str]:
        """The mention's sentence (or as much of it as is known): start, end, text."""
        return self.start - len(self.before), self.end + len(self.after), self.before + self.text + self.after


@dataclass(frozen=True, slots=True)
class Part:
    """An event a new actor takes part in, as ``actor1``, ``actor2`` or ``assoc``."""

    actor_id: str
    event_id: str
    doc_id: str
    role: str
    country: str | None


@dataclass(frozen=True, slots=True)
class Seen:
    """Everything the store or the extract output holds about one new actor."""

    actor_id: str
    name: str
    aliases: tuple[str, ...] = ()  # every name and description it was called by
    doc_ids: tuple[str, ...] = ()
    sightings: tuple[Sighting, ...] = ()
    parts: tuple[Part, ...] = ()
    place_countries: tuple[str, ...] = ()  # of the places of its documents, most named first


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the documents say beyond one actor: their outlets' and their places' names."""

    outlets: frozenset[str] = frozenset()  # normalised
    places: frozenset[str] = frozenset()  # normalised

    @classmethod
    def of(cls, *, outlets: Iterable[str], places: Iterable[str]) -> Corpus:
        return cls(frozenset(normalise(o) for o in outlets if o), frozenset(normalise(p) for p in places if p))


@dataclass(frozen=True, slots=True)
class Cue:
    value: int | str | None  # an inter code, ORGANISATION, or None: a group of unknown type
    strength: int
    order: int  # the place of its phrase in TYPE_WORDS: the earlier decides a tie
    words: str  # as the analyst reads it: 'the name\'s "Liberation"', '"the Valley militia"'


@dataclass(frozen=True, slots=True)
class TypeGuess:
    inter: int | None
    kind: str  # "armed", "org", "group" (a group of unknown type) or "" (nothing says)
    label: str
    cues: tuple[str, ...] = ()  # the words that told

    @property
    def says_group(self) -> bool:
        return bool(self.kind)


@dataclass(frozen=True, slots=True)
class Candidate:
    seen: Seen
    guess: TypeGuess
    countries: tuple[str, ...]  # of its events, most first; else of its documents' places
    acronyms: tuple[str, ...]
    promotion: str
    not_an_actor: str | None = None  # why it is left out, when it is
    events: Counter[str] = field(default_factory=Counter)  # role -> events

    @property
    def example(self) -> Sighting | None:
        """The mention whose sentence says most: the longest one known."""
        return max(self.seen.sightings, key=lambda s: (len(s.sentence[2]), -s.start), default=None)

    def to_json(self) -> dict[str, Any]:
        example = self.example
        start, end, text = example.sentence if example else (None, None, None)
        return {
            "actor_id": self.seen.actor_id,
            "name": self.seen.name,
            "seen_as": list(self.seen.aliases),
            "inter": self.guess.inter,
            "type": self.guess.label,
            "guessed_from": list(self.guess.cues),
            "documents": len(self.seen.doc_ids),
            "events": sum(self.events.values()),
            "as_actor1": self.events["actor1"],
            "as_actor2": self.events["actor2"],
            "as_assoc": self.events["assoc"],
            "countries": list(self.countries),
            "acronyms": list(self.acronyms),
            "example": None
            if example is None
            else {
                "doc_id": example.doc_id,
                "start": start,
                "end": end,
                "text": text,
                "mention_start": example.start,
                "mention_end": example.end,
            },
            "add": self.promotion,
            "not_an_actor": self.not_an_actor,
        }


# ---------------------------------------------------------------------------------- sightings
def sighting(doc_id: str, start: int, end: int, text: str, window: tuple[int, str] | None) -> Sighting:
    """A mention at [start, end) with its sentence's words around it, read from ``window``: a
    stretch of the document (its offset, its text) that holds the mention, or None."""
    if window is None:
        return Sighting(doc_id, start, end, text)
    offset, known = window
    if not (offset <= start and end <= offset + len(known)):
        return Sighting(doc_id, start, end, text)
    begin = max(start - offset - WINDOW, 0)
    before = known[begin : start - offset]
    after = known[end - offset : end - offset + WINDOW]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    elif offset + begin > 0:  # cut inside the text, maybe inside a word: drop up to a space
        before = before.partition(" ")[2]
    stop = _SENTENCE_END.search(after)
    if stop:
        after = after[: stop.start()]
    return Sighting(doc_id, start, end, text, before.lstrip(), after)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


# ---------------------------------------------------------------------------------- the type
def _phrases_in(tokens: Sequence[str]) -> list[tuple[int, int | str]]:
    """(order, value) of each TYPE_WORDS phrase found in ``tokens``."""
    found = []
    for order, (phrase, value) in enumerate(_PHRASES):
        n = len(phrase)
        if any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1)):
            found.append((order, value))
    return found


def _phrase_ending(tokens: Sequence[str]) -> tuple[int, int | str] | None:
    """The TYPE_WORDS phrase that ``tokens`` end with, if any."""
    for order, (phrase, value) in enumerate(_PHRASES):
        if tuple(tokens[len(tokens) - len(phrase) :]) == phrase:
            return order, value
    return None


def _phrase_starting(tokens: Sequence[str]) -> tuple[int, int | str] | None:
    for order, (phrase, value) in enumerate(_PHRASES):
        if tuple(tokens[: len(phrase)]) == phrase:
            return order, value
    return None


def _next_to(s: Sighting) -> list[Cue]:
    """Cues from the words next to one mention: "the X militia", "rebel group X", "X, a militia"."""
    cues = []
    after = _tokens(s.after)
    if after[:1] == ["s"] and s.after[:1] in "'’":  # "X's fighters"
        after = after[1:]
    found = _phrase_starting(after)
    if found:
        words = " ".join(after[: len(_PHRASES[found[0]][0])])
        cues.append(Cue(found[1], NEXT_TO, found[0], f'"{s.text} {words}"'))
    elif after and after[0] in ARMED_NAME_WORDS:
        cues.append(Cue(ARMED_DEFAULT, ARMED_WORD, len(_PHRASES), f'"{s.text} {after[0]}"'))
    before = _tokens(s.before)
    if before[-1:] == ["the"]:
        before = before[:-1]
    found = _phrase_ending(before)
    if found is None and before[-1:] and before[-1] in GROUP_HEADS:
        found = _phrase_ending(before[:-1]) or _phrase_ending(before[:-2]) or (len(_PHRASES), None)
    if found:
        words = " ".join(s.before.split()[-3:])
        cues.append(Cue(found[1], NEXT_TO, found[0], f'"{words} {s.text}"'))
    if len(after) > 2 and after[0] == "," and after[1] in APPOSITION_DETERMINERS:
        head = []
        for token in after[2 : 2 + APPOSITION_WORDS]:
            if token in (",", ";", "(", ")"):
                break
            head.append(token)
        found_in = _phrases_in(head)
        group = any(t in GROUP_HEADS for t in head)
        if found_in or group:
            order, value = min(found_in) if found_in else (len(_PHRASES), None)
            cues.append(Cue(value, NEXT_TO, order, f'"{s.text}, {" ".join(after[1 : 2 + len(head)])}"'))
    return cues


def _in_name(name: str) -> list[Cue]:
    written = _TOKEN.findall(name)  # the words as the name writes them, for the analyst to read
    tokens = [w.lower() for w in written]
    cues = []
    for order, value in _phrases_in(tokens):
        n = len(_PHRASES[order][0])
        at = next(i for i in range(len(tokens)) if tuple(tokens[i : i + n]) == _PHRASES[order][0])
        cues.append(Cue(value, IN_NAME, order, _name_words(written[at : at + n])))
    if not cues:
        armed = [w for w, t in zip(written, tokens, strict=True) if t in ARMED_NAME_WORDS]
        cues += [Cue(ARMED_DEFAULT, ARMED_WORD, len(_PHRASES), _name_words((w,))) for w in armed[:1]]
    return cues


def _name_words(words: Sequence[str]) -> str:
    joined = " ".join(words)
    return f'the name\'s "{joined}"'


def is_description(alias: str) -> bool:
    """ "the militia", "The group" (opening a sentence): words that point back to an actor, not
    a name of it."""
    words = alias.split()
    if words and words[0].lower() in DESCRIPTION_DETERMINERS:
        words = words[1:]
    return bool(words) and all(w[:1].islower() for w in words)


def _descriptions(seen: Seen) -> list[Cue]:
    """Cues from the descriptions that pointed back to it: "the militia", "the group"."""
    cues = []
    for alias in seen.aliases:
        if not is_description(alias):
            continue
        tokens = _tokens(alias)
        found = _phrases_in(tokens)
        if found:
            order, value = min(found)
            cues.append(Cue(value, DESCRIPTION, order, f'called "{alias}"'))
        elif any(t in GROUP_HEADS for t in tokens):
            cues.append(Cue(None, DESCRIPTION, len(_PHRASES), f'called "{alias}"'))
    return cues


def guess_type(seen: Seen) -> TypeGuess:
    """The likeliest type of a new actor, from its name and the words around its mentions."""
    cues = _in_name(seen.name) + _descriptions(seen)
    for s in seen.sightings:
        cues += _next_to(s)
    typed = [c for c in cues if c.value is not None]
    if not typed:
        if cues:
            return TypeGuess(None, "group", "group (type unknown)", _unique(c.words for c in cues))
        return TypeGuess(None, "", "unknown")
    # the strongest cue decides; then how many cues of that strength agree; then the rule order
    score: dict[int | str, tuple[int, int, int]] = {}
    for value in {c.value for c in typed if c.value is not None}:
        mine = [c for c in typed if c.value == value]
        best = max(c.strength for c in mine)
        score[value] = (best, sum(c.strength == best for c in mine), -min(c.order for c in mine))
    chosen = max(score, key=lambda v: score[v])
    told = _unique(c.words for c in sorted(typed, key=lambda c: (-c.strength, c.order)) if c.value == chosen)
    if isinstance(chosen, int):
        return TypeGuess(chosen, "armed", f"{chosen} {INTER_LABELS[chosen]}", told)
    return TypeGuess(None, "org", ORGANISATION_LABEL, told)


def _unique(words: Iterable[str], most: int = 3) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))[:most]


# ---------------------------------------------------------------------------------- no actor
def _ends_with(tokens: Sequence[str], phrases: Iterable[str]) -> bool:
    return any(tuple(tokens[len(tokens) - len(p.split()) :]) == tuple(p.split()) for p in phrases)


def _outlet_credit(s: Sighting) -> bool:
    """ "AMMAN, May 14 (Meridian Daily) -", "told Crossline News", "Source: ARA News"."""
    before = _tokens(s.before)
    return (before[-1:] == ["("] and s.after.lstrip().startswith(")")) or _ends_with(before, OUTLET_BEFORE)


def _byline(s: Sighting) -> bool:
    return _ends_with(_tokens(s.before), BYLINE_BEFORE)


def _place_like(s: Sighting) -> bool:
    """ "posts in al-Ayadiya", "in al-Ayadiya and al-Muhallabiya", "the Sambisa forest"."""
    after = _tokens(s.after)
    if after[:1] == ["s"] and s.after[:1] in "'’":  # "Gwoza's market"
        after = after[1:]
    if after[:1] and after[0] in PLACE_AFTER:
        return True
    before = _tokens(s.before)
    if before[-1:] == ["the"]:
        before = before[:-1]
    if before[-1:] and before[-1] in PLACE_PREPOSITIONS:
        return True
    if before[-1:] and before[-1] in _COORDINATION:  # walk back over "in X and"
        for token in reversed(before[-5:-1]):
            if token in PLACE_PREPOSITIONS:
                return True
            if not token[:1].isalnum():
                break
    return False


def _other_script(name: str) -> bool:
    """Letters of two scripts in one name ("Language / اللغة العربية"): page furniture."""
    letters = [c for c in name if c.isalpha()]
    return any(ord(c) < 0x250 for c in letters) and any(ord(c) >= 0x370 for c in letters)


def why_not_an_actor(seen: Seen, guess: TypeGuess, corpus: Corpus, kb: ActorKB | None) -> str | None:
    """Why a new actor is no actor to add (None when it may be one)."""
    name, key = seen.name, normalise(seen.name)
    if "\n" in name or "|" in name or " / " in name or _other_script(name):
        return "page furniture"
    if _RUN_TOGETHER.search(name):
        return "page furniture (words run together)"
    known = kb.lookup(name) if kb is not None else ()
    if known:
        return f"now in the actor list as {known[0].actor_id}"
    words = _tokens(name.replace("-", " "))
    if key in corpus.outlets or (words and words[-1] in MEDIA_WORDS) or "news" in words:
        return "an outlet"
    sightings = seen.sightings
    if guess.inter is None and sightings and all(_outlet_credit(s) for s in sightings):
        return "an outlet (credited or told)"
    if (
        guess.kind != "armed"
        and sightings
        and all(_tokens(s.before)[-1:] and _tokens(s.before)[-1] in OWNER_BEFORE for s in sightings)
    ):
        return "a body or a thing of another actor"
    if guess.says_group:
        return None
    if any(_byline(s) for s in sightings):
        return "a byline or a person's name"
    if key in corpus.places or (sightings and all(_place_like(s) for s in sightings)):
        return "a place"
    if any(w in PLACE_NOUNS for w in words):
        return "a place or a building"
    if seen.parts or is_acronym(name):
        return None  # it acts in an event, or is an acronym: a group of unknown type
    return "nothing calls it a group (a person's or a place's name?)"


# ---------------------------------------------------------------------------------- review
def _acronyms(seen: Seen) -> tuple[str, ...]:
    """ "Civilian Joint Task Force (CJTF)": the acronym in brackets after a mention."""
    found = []
    for s in seen.sightings:
        match = re.match(r"\s*\(([^()\s]{2,10})\)", s.after)
        if match and is_acronym(match.group(1)) and match.group(1) not in found:
            found.append(match.group(1))
    return tuple(found)


def _countries(seen: Seen) -> tuple[str, ...]:
    counted = Counter(p.country for p in seen.parts if p.country)
    return tuple(c for c, _ in counted.most_common()) or seen.place_countries


def promotion_line(
    seen: Seen, guess: TypeGuess, *, country: str | None, acronyms: Sequence[str], kb: ActorKB | None
) -> str:
    """The `faultlines actors add` command that puts this actor in the analyst's actor file."""
    actor_id = slug(seen.name).replace("-", "_")
    while kb is not None and kb.get(actor_id) is not None:  # never merge into an actor it is not
        actor_id += "_new"
    words = ["faultlines", "actors", "add", actor_id, "--name", seen.name]
    for alias in seen.aliases:
        if not is_description(alias) and normalise(alias) != normalise(seen.name) and alias not in acronyms:
            words += ["--alias", alias]
    for acronym in acronyms:
        words += ["--acronym", acronym]
    if guess.inter is not None:
        words += ["--inter", str(guess.inter)]
    elif guess.kind == "org":
        words += ["--kind", "org"]
    if country:
        words += ["--country", country]
    return shlex.join(words)


def clean_name(name: str) -> tuple[str, str | None]:
    """A name as the actor stage's span cut it, tidied for the actor list, and the acronym a
    cut bracket held: "Houston Police Department's", "Belfast Brigade of", "Armed Forces (FANB"."""
    acronym = None
    name = _POSSESSIVE.sub("", name.strip())
    if name.count("(") > name.count(")"):
        name, _, inside = name.rpartition("(")
        acronym = inside.strip() if is_acronym(inside.strip()) else None
    words = name.split()
    while len(words) > 1 and words[-1].lower() in NAME_TRAILING_WORDS:
        words.pop()
    return " ".join(words) or name.strip(), acronym


def candidate(seen: Seen, corpus: Corpus, kb: ActorKB | None) -> Candidate:
    name, cut_acronym = clean_name(seen.name)
    aliases = tuple(dict.fromkeys(clean_name(a)[0] for a in seen.aliases))
    seen = replace(seen, name=name, aliases=aliases)
    guess = guess_type(seen)
    countries = _countries(seen)
    acronyms = tuple(dict.fromkeys([*_acronyms(seen), *([cut_acronym] if cut_acronym else [])]))
    return Candidate(
        seen=seen,
        guess=guess,
        countries=countries,
        acronyms=acronyms,
        promotion=promotion_line(seen, guess, country=countries[0] if countries else None, acronyms=acronyms, kb=kb),
        not_an_actor=why_not_an_actor(seen, guess, corpus, kb),
        events=Counter(p.role for p in seen.parts),
    )


def review(
    seen: Iterable[Seen],
    corpus: Corpus,
    kb: ActorKB | None,
    *,
    min_docs: int = 1,
    country: str | None = None,
    everything: bool = False,
) -> list[Candidate]:
    """The new actors to review, most seen first; with ``everything``, those that are no actor
    too (each saying why)."""
    out = []
    for one in seen:
        if len(set(one.doc_ids)) < min_docs:
            continue
        found = candidate(one, corpus, kb)
        if found.not_an_actor and not everything:
            continue
        if country and country.upper() not in found.countries:
            continue
        out.append(found)
    return sorted(
        out,
        key=lambda c: (
            c.not_an_actor is not None,
            -len(c.seen.doc_ids),
            -sum(c.events.values()),
            -len(c.seen.sightings),
            c.seen.name,
        ),
    )


# ---------------------------------------------------------------------------------- extract output
def read_extract_output(lines: Iterable[str]) -> tuple[list[Seen], Corpus]:
    """New actors from `faultlines extract` output (JSONL, one document a line). The output holds
    no full text: the words around a mention are read from the event and held-back sentences
    that hold it, when one does."""
    by_actor: dict[str, dict[str, Any]] = {}
    outlets: list[str] = []
    places: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        doc = record.get("doc") or {}
        doc_id = doc.get("id")
        if not doc_id:
            continue
        if doc.get("outlet"):
            outlets.append(doc["outlet"])
        places += [p.get("text") or "" for p in record.get("places") or []]
        countries = Counter(p.get("country_code") for p in record.get("places") or [] if p.get("country_code"))
        windows = _windows(record)
        for actor in record.get("actors") or []:
            actor_id = actor.get("actor_id") or ""
            if not actor_id.startswith(NEW_PREFIX):
                continue
            into = by_actor.setdefault(
                actor_id,
                {"name": actor.get("name") or actor_id, "aliases": [], "docs": [], "s": [], "p": [], "c": Counter()},
            )
            into["docs"].append(doc_id)
            into["aliases"] += [a for a in actor.get("aliases_seen") or [] if a not in into["aliases"]]
            into["c"].update(countries)
        for entity in record.get("entities") or []:
            if entity.get("actor_id") in by_actor and doc_id in by_actor[entity["actor_id"]]["docs"]:
                start, end = entity["start"], entity["end"]
                window = next(((o, t) for o, t in windows if o <= start and end <= o + len(t)), None)
                by_actor[entity["actor_id"]]["s"].append(sighting(doc_id, start, end, entity.get("text") or "", window))
        for part in _event_parts(record, doc_id):
            if part.actor_id in by_actor:
                by_actor[part.actor_id]["p"].append(part)
    seen = [
        Seen(
            actor_id,
            data["name"],
            tuple(data["aliases"]),
            tuple(data["docs"]),
            tuple(data["s"]),
            tuple(data["p"]),
            tuple(c for c, _ in data["c"].most_common()),
        )
        for actor_id, data in by_actor.items()
    ]
    return seen, Corpus.of(outlets=outlets, places=places)


def _windows(record: dict[str, Any]) -> list[tuple[int, str]]:
    spans = [s for e in record.get("events") or [] for s in e.get("evidence") or []]
    spans += [h["sentence"] for h in record.get("held_back") or [] if h.get("sentence")]
    return [(s["start"], s["text"]) for s in spans if s.get("text") is not None]


def _event_parts(record: dict[str, Any], doc_id: str) -> list[Part]:
    out = []
    for event in record.get("events") or []:
        country = (event.get("place") or {}).get("country_code")
        actor1, actor2 = (event.get(k) or {} for k in ("actor1", "actor2"))
        sides = actor1.get("actor_id"), actor2.get("actor_id")
        out += event_parts(event, event.get("id") or "", doc_id, country, *sides)
    return out


def event_parts(
    event: dict[str, Any], event_id: str, doc_id: str, country: str | None, actor1: str | None, actor2: str | None
) -> list[Part]:
    """The new actors of one event (``event``: its contract record, read for the associated
    actors; ``actor1``, ``actor2``: the ids of its sides, reviewed ones where a store has them)."""
    roles = [("actor1", actor1), ("actor2", actor2)]
    roles += [("assoc", a.get("actor_id")) for key in ("assoc_actor_1", "assoc_actor_2") for a in event.get(key) or []]
    out, taken = [], set()
    for role, actor_id in roles:
        if actor_id and actor_id.startswith(NEW_PREFIX) and actor_id not in taken:
            taken.add(actor_id)
            out.append(Part(actor_id, event_id, doc_id, role, country))
    return out
