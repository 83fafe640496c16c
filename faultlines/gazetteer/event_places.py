"""Which place an event happened in.

In order: the most precise place of a nominal trigger's own phrase ("the escape of militants
across Tel Abyad"), then of its clause; the nearest other place of its sentence; a place in the
rest of its evidence; the nearest place of its paragraph; the nearest place of the two sentences
before or after it, up to a heading (the text goes on about the same scene: "... killing 100 of
its own soldiers is confirmed. I avoided mentioning it. This is one of many stories emerging from
Raqqa."), these two only when finer than a country and in the country of the document's main
place; failing all, the document's main place one precision step coarser (ACLED's practice when
a report does not say where exactly).

A place that says where people come from ("fighters from Chechnya"), where they went ("fled to
Turkey") or when something happened ("before the capture of Hajin"), or that speaks for its
government ("Baghdad declared"), is not where the event happened, so it is never taken. Of a town and its division in
apposition ("Indianapolis, Ind."), the event takes the town.

The syntax comes in a :class:`Layout` built once per document from the spaCy ``Doc``; without
one (unit tests, records built by hand), the event's evidence stands in for its sentence.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from faultlines.attribution.verbs import stance
from faultlines.gazetteer.relative import modifier_at
from faultlines.lang.en.actors import POLICE_WORDS
from faultlines.lang.en.attribution import PERSON_NOUNS
from faultlines.lang.en.gazetteer import (
    BASED_WORDS,
    BORDER_NOUNS,
    DESTINATION_PREPOSITIONS,
    FORCE_NOUNS,
    LOCATED_BEFORE,
    ORIGIN_PREPOSITIONS,
    PERSONAL_TITLES,
    TEMPORAL_PREPOSITIONS,
)
from faultlines.lang.en.why import PLACE_TIER_RULES
from faultlines.records import Event, Place, Span

_NOUNS = frozenset({"NOUN", "PROPN"})
_AFFILIATED = frozenset({"PERSON", "ORG", "NORP"})  # entity types of what a place may own
_NEAR_SENTENCES = 2
# A news paragraph holds a few sentences; a longer "paragraph" is a page that lost its breaks
_PARAGRAPH_SENTENCES = 8
_HEADING_WORDS = 8
_LOCATED_REACH = 60  # characters before a distance in which the place it locates ends
# The tiers of _tiers: the trigger's phrase and clause (the most precise place wins), the rest of
# its sentence, its other evidence, then the neighbours (only in the main place's country).
_PHRASE_TIERS = 2
_EVIDENCE = 3  # the tiers from the event's other evidence sentences on
_NEIGHBOURS = 4
TOWN_WITHIN = "a town the report places inside the region its sentence names"
MAIN_PLACE = "no place told with the event: the report's main place, one precision step coarser"


@dataclass(frozen=True, slots=True)
class Layout:
    """Sentence bounds, each token's clause and phrase, and the places that are no event's scene."""

    sentences: tuple[tuple[int, int], ...] = ()
    paragraphs: tuple[int, ...] = ()  # offsets where a paragraph starts (after a line break)
    sections: tuple[int, ...] = ()  # offsets where a heading starts a new section
    clause_of: dict[int, int] = field(default_factory=dict)  # token offset -> its clause head's offset
    elsewhere: frozenset[int] = frozenset()  # token offsets of origins, destinations and times
    backers: frozenset[int] = frozenset()  # of those, places that back or host a body ("Iran-backed")
    phrase_of: dict[int, tuple[int, int]] = field(default_factory=dict)  # a noun's offset -> its phrase
    # Sorted once, so that each look-up is a binary search, not a scan of the whole document
    # (an event scans every place: on a long report the scans grew with its square).
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _tokens: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _elsewhere: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s for s, _ in self.sentences))
        object.__setattr__(self, "_tokens", tuple(sorted(self.clause_of)))
        object.__setattr__(self, "_elsewhere", tuple(sorted(self.elsewhere)))

    @classmethod
    def of(cls, doc: Any) -> Layout:
        clause_of, elsewhere, phrase_of, backers = {}, set(), {}, set()
        text = doc.text  # spaCy rebuilds it on every access: once, not once per token
        for token in doc:
            clause_of[token.idx] = _clause_head(token).idx
            if _based(token):
                backers.add(token.idx)
            listed = _first_of_list(token)  # "from Raqqa and Manbij": both are origins
            origin = listed.dep_ == "pobj" and _elsewhere(listed)
            speaking_or_locating = _speaking(token) or _locating(text, token)
            if origin or _affiliation(token) or _hometown(token) or _based(token) or speaking_or_locating:
                elsewhere.add(token.idx)
            if token.pos_ in _NOUNS:
                right = token.right_edge
                phrase_of[token.idx] = (token.left_edge.idx, right.idx + len(right))
        sentences = tuple((s.start_char, s.end_char) for s in doc.sents)
        paragraphs = (0, *(i + 1 for i, c in enumerate(text) if c == "\n"))
        sections = tuple(p for p in paragraphs if _heading(_line_at(text, p)))
        return cls(
            sentences,
            paragraphs,
            sections,
            clause_of,
            elsewhere=frozenset(elsewhere),
            backers=frozenset(backers),
            phrase_of=phrase_of,
        )

    def sentence(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i][1] else None

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraphs, offset)

    def sentences_in_paragraph(self, paragraph: int) -> int:
        """How many sentences start in paragraph number ``paragraph`` (as :meth:`paragraph` numbers them)."""
        start = self.paragraphs[paragraph - 1] if 0 < paragraph <= len(self.paragraphs) else 0
        end = self.paragraphs[paragraph] if paragraph < len(self.paragraphs) else float("inf")
        return bisect.bisect_left(self._starts, end) - bisect.bisect_left(self._starts, start)

    def section(self, offset: int) -> int:
        return bisect.bisect_right(self.sections, offset)

    def _last_token(self, start: int, end: int) -> int | None:
        """The offset of the span's last word (the head of a name: "Deir ez-Zor")."""
        i = bisect.bisect_left(self._tokens, end) - 1
        return self._tokens[i] if i >= 0 and self._tokens[i] >= start else None

    def clause(self, start: int, end: int) -> int | None:
        last = self._last_token(start, end)
        return None if last is None else self.clause_of[last]

    def phrase(self, start: int, end: int) -> tuple[int, int] | None:
        """For a nominal trigger ("the escape of militants across Tel Abyad"), the words that
        depend on it."""
        last = self._last_token(start, end)
        return None if last is None else self.phrase_of.get(last)

    def is_backer(self, place: Place) -> bool:
        """A place named only as who backs or hosts a body: not even the report's subject."""
        return any(place.start <= offset < place.end for offset in self.backers)

    def is_elsewhere(self, place: Place) -> bool:
        i = bisect.bisect_left(self._elsewhere, place.start)
        return i < len(self._elsewhere) and self._elsewhere[i] < place.end


def _line_at(text: str, start: int) -> str:
    """The line that starts at ``start`` (without copying the rest of the text)."""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _heading(line: str) -> bool:
    """A short line without a sentence's final stop ("Internal Conflict"): a section heading,
    after which the text may be about another scene."""
    words = line.split()
    return 0 < len(words) <= _HEADING_WORDS and line.rstrip()[-1:] not in ".!?:;,\"”'’"


def _clause_head(token: Any) -> Any:
    """The verb that heads the token's clause (or the root of its sentence)."""
    for t in (token, *token.ancestors):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return t
    return token.sent.root


def _first_of_list(token: Any) -> Any:
    """The first item of the list a noun is in ("Raqqa" for "Manbij" in "Raqqa and Manbij")."""
    for _ in range(20):  # a parse is a tree, but bounded all the same
        if token.dep_ != "conj" or token.head.pos_ not in _NOUNS:
            return token
        token = token.head
    return token


def _elsewhere(token: Any) -> bool:
    """Whether the noun ``token`` (the object of a preposition) is an origin, a destination or
    inside a time expression ("before the capture of Hajin")."""
    preposition = token.head
    word, head = preposition.lower_, preposition.head
    while preposition.dep_ == "conj" and head.pos_ == "ADP":
        # "either to Idlib or to the Syrian Desert": the second "to" hangs on the first
        preposition, head = head, head.head
    if word in ORIGIN_PREPOSITIONS and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    if word in DESTINATION_PREPOSITIONS and head.pos_ == "VERB":
        return True
    if word == "with" and str(head.lemma_).lower() in BORDER_NOUNS:
        return True  # "the border crossing with Turkey": the neighbour across it
    # "of Hajin" inside "before the capture of Hajin": climb the noun phrase to its preposition.
    if word == "of" and head.pos_ in _NOUNS and head.dep_ == "pobj":
        return head.head.lower_ in TEMPORAL_PREPOSITIONS
    return False


def _speaking(token: Any) -> bool:
    """ "Baghdad declared the group defeated", "Moscow denied ...": a place that says something is
    its government speaking (the subject of a saying verb), not a scene."""
    head = token.head
    return token.dep_ == "nsubj" and head.pos_ == "VERB" and stance(str(head.lemma_).lower()) is not None


def _locating(text: str, token: Any) -> bool:
    """ "near Qayyarah, about 60 km south of Mosul": a town a distance is measured from, right
    after the place it locates, is a reference point, not a scene."""
    if token.pos_ != "PROPN":
        return False
    modifier = modifier_at(text, token.idx, token.idx + len(token))
    if modifier is None or modifier.kind != "offset":
        return False
    return bool(LOCATED_BEFORE.search(text[max(0, modifier.start - _LOCATED_REACH) : modifier.start]))


def _hometown(token: Any) -> bool:
    """ "A Perry County man has been charged", "an Ohio teen": a place naming a person's home,
    in the idiom of local news (a/an, place, person noun), says where the person is from."""
    head = token.head
    return (
        token.dep_ == "compound"
        and head.i > token.i
        and head.lower_ in PERSON_NOUNS
        and any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in head.children)
    )


def _based(token: Any) -> bool:
    """ "the Britain-based monitor", "a London-based group": where a body is based, not a scene."""
    head = token.head
    return head.i > token.i and head.lower_ in BASED_WORDS and head.dep_ == "amod"


def _affiliation(token: Any) -> bool:
    """ "Venezuela's President", "Syria's army", "Kandahar police": a place owning a person, an
    office or a body says whose they are, not where anything happened ("Afghanistan's Kandahar province" does)."""
    head = token.head
    if token.dep_ == "compound" and head.i > token.i:
        # "Metro police", "Kandahar police": whose force it is (the force may act anywhere)
        return head.lower_ in POLICE_WORDS or head.lower_ in FORCE_NOUNS
    if token.dep_ != "poss":
        return False
    return head.lower_ in PERSONAL_TITLES or head.ent_type_ in _AFFILIATED or head.lower_ in FORCE_NOUNS


def event_place(
    event: Event,
    places: tuple[Place, ...],
    main: Place | None,
    *,
    captions: Sequence[Span] = (),
    layout: Layout | None = None,
) -> Place | None:
    """The place the event happened in (see the module's docstring), or None."""
    return placed(event, places, main, captions=captions, layout=layout)[0]


def placed(
    event: Event,
    places: tuple[Place, ...],
    main: Place | None,
    *,
    captions: Sequence[Span] = (),
    layout: Layout | None = None,
) -> tuple[Place | None, str | None]:
    """The place the event happened in and the rule that chose it (one of ``PLACE_TIER_RULES``,
    ``TOWN_WITHIN`` or ``MAIN_PLACE``), or (None, None).

    Only places in the same caption as the trigger (or, for a trigger outside every caption,
    places outside every caption) are candidates."""
    caption = caption_of(event.trigger.start, captions)
    layout = layout or Layout()
    candidates = [
        p
        for p in places
        if p.lat is not None and caption_of(p.start, captions) == caption and not layout.is_elsewhere(p)
    ]
    tiers = _tiers(event, candidates, layout)
    for n, tier in enumerate(tiers):
        if n >= _NEIGHBOURS:  # a neighbour's place is a guess: only one in the main place's country
            tier = [p for p in tier if _consistent(p, main)]
        if tier:
            distance = {id(p): abs(p.start - event.trigger.start) for p in tier}
            if n < _PHRASE_TIERS:  # "in the countryside of Aleppo, near Dabiq": the most precise
                best = min(tier, key=lambda p: (p.precision or 3, distance[id(p)]))
            else:
                best = min(tier, key=lambda p: (distance[id(p)], p.precision or 3))
            best = _finer_in_apposition(best, tier)
            nearby = [p for later in tiers[_EVIDENCE:] for p in later]
            town = _town_within(event, best, nearby) if n < _EVIDENCE else best
            return town, PLACE_TIER_RULES[n] if town is best else TOWN_WITHIN
    if main is None:
        return None, None
    return dataclasses.replace(main, precision=min(3, (main.precision or 2) + 1)), MAIN_PLACE


def _town_within(event: Event, best: Place, nearby: list[Place]) -> Place:
    """A region in the event's own sentence ("shot ... at a Walmart in Pennsylvania") and a town
    inside it in the event's other sentences or next to it ("walked into the store in
    Stroudsburg"): the town. (Coreference makes the lead, which often names only the region, the
    trigger sentence of an incident whose town comes later.)"""
    code = best.feature_code or ""
    if code.startswith("PPL") or not (code.startswith("ADM") or code.startswith("PCL")):
        return best
    towns = [
        p
        for p in nearby
        if (p.feature_code or "").startswith("PPL")
        and p.country_code == best.country_code
        and (code.startswith("PCL") or p.admin1 in (best.admin1, best.name))
    ]
    return min(towns, key=lambda p: abs(p.start - event.trigger.start)) if towns else best


def _consistent(place: Place, main: Place | None) -> bool:
    """A place finer than a country, in the country of the document's main place."""
    return (place.precision or 3) < 3 and (main is None or place.country_code == main.country_code)


def _tiers(event: Event, places: list[Place], layout: Layout) -> list[list[Place]]:
    trigger = event.trigger
    inside = _within(event.evidence)
    in_evidence = [p for p in places if inside(p.start, p.end)]
    own = layout.sentence(trigger.start)
    if own is None:  # no syntax: the evidence is the event's sentence
        return [in_evidence]
    same_sentence = [p for p in places if layout.sentence(p.start) == own]
    phrase = layout.phrase(trigger.start, trigger.end)
    own_phrase = [p for p in same_sentence if phrase is not None and phrase[0] <= p.start and p.end <= phrase[1]]
    clause = layout.clause(trigger.start, trigger.end)
    same_clause = [p for p in same_sentence if clause is not None and layout.clause(p.start, p.end) == clause]
    paragraph = layout.paragraph(trigger.start)
    same_paragraph = [p for p in places if layout.paragraph(p.start) == paragraph]
    if layout.sentences_in_paragraph(paragraph) > _PARAGRAPH_SENTENCES:
        same_paragraph = []  # a page that lost its line breaks: its one "paragraph" is the whole report
    section = layout.section(trigger.start)
    near = [
        p
        for p in places
        if abs((layout.sentence(p.start) or -99) - own) <= _NEAR_SENTENCES and layout.section(p.start) == section
    ]
    return [own_phrase, same_clause, same_sentence, in_evidence, same_paragraph, near]


def _within(spans: Sequence[Span]) -> Callable[[int, int], bool]:
    """Whether ``start``..``end`` lies inside one of ``spans``: the spans that start at or before
    ``start`` reach at least to ``end``, found by binary search (a merged event's evidence grows
    with a long report, and every place was checked against every span)."""
    ordered = sorted(spans, key=lambda ev: ev.start)
    starts = [ev.start for ev in ordered]
    reach = list(itertools.accumulate((ev.end for ev in ordered), max))  # furthest end so far

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and reach[i] >= end

    return inside


def _finer_in_apposition(best: Place, tier: list[Place]) -> Place:
    """ "Indianapolis, Ind.": of a town and the division or country after it, the town."""
    for p in tier:
        gap = best.start - p.end
        if 0 < gap <= 2 and p.country_code == best.country_code and (p.precision or 3) < (best.precision or 3):
            return p
    return best


def caption_of(offset: int, captions: Sequence[Span]) -> Span | None:
    return next((c for c in captions if c.start <= offset < c.end), None)
