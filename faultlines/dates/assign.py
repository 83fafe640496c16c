"""Which date belongs to which event.

Every date expression of a document is resolved once, in text order, so that "the previous day"
counts from the date before it (never from a date in a photo caption). An event takes, in order:

1. the expression in its trigger's sentence that the parse attaches to the trigger (else the
   nearest one), leaving out the time of a reporting verb ("X said on Monday that ...") and of
   a relative clause about one of its words ("The group, which Baghdad declared defeated in
   December 2017, has threatened to attack");
2. the nearest expression inside its other evidence spans;
3. when the event's sentence goes on telling the one before (it opens with a pronoun or a word
   of sequence: "On March 3 rebels entered the village. They burned the school."), the last
   expression of that sentence, or of the one before it while each goes on; a neighbouring
   sentence about another occurrence ("He was arrested in 2011. Police exchanged fire with
   gunmen at the farm.") dates nothing of this event's;
4. nothing: an undated event keeps ``date`` None rather than borrowing the publication date.

A date inside a photo caption applies to the caption's own event only; a date in the dateline
("BEIRUT, Dec 6 (Agency) -") is the day of the report and no event's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from faultlines.attribution.verbs import stance
from faultlines.dates.expressions import DateExpression, find_date_expressions
from faultlines.dates.resolve import resolve
from faultlines.lang.en.dates import CONTINUING_WORDS
from faultlines.lang.en.why import DATE_ANCHORED
from faultlines.records import Choice, Event, EventDate, Span

__all__ = ["DatedExpression", "DocumentDates"]

# The rules that date an event, as its page names them (``Choice.rule`` of "date"): which
# expression it took (the module's rules 1-3), then how the expression was read.
ATTACHED = "the date the parse attaches to the trigger, in its sentence"
NEAREST_IN_SENTENCE = "the date nearest the trigger in its sentence"
IN_EVIDENCE = "the date nearest the trigger in the incident's other sentences"
TOLD_BEFORE = "the last date of the sentence this one goes on telling"
# kind of expression -> what it was counted from (kinds with a year of their own need nothing)
YEAR_OF_PUBLICATION = "the year of the publication date"
LEFT_RELATIVE = "left relative: no publication date to count from"
UNREAD = "not read as dates"
_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")

_PARAGRAPH_BREAK = "\n\n"
_OPENING = re.compile(r"[\W_]*(\w+)")


@dataclass(frozen=True, slots=True)
class DatedExpression:
    expression: DateExpression
    date: EventDate
    in_caption: bool


class DocumentDates:
    """The resolved date expressions of one document, and the rules that give events theirs."""

    def __init__(
        self,
        text: str,
        anchor: date | None,
        *,
        captions: Sequence[Span] = (),
        doc: Any = None,
        dateline: Span | None = None,
    ) -> None:
        self.text = text
        self.doc = doc
        self.captions = tuple(captions)
        self.dated = self._resolve_all(anchor)
        if dateline is not None:  # "BEIRUT, Dec 6 (Agency) -": the day of the report, no event's
            self.dated = [d for d in self.dated if not dateline.start <= d.expression.start < dateline.end]

    def _resolve_all(self, anchor: date | None) -> list[DatedExpression]:
        dated: list[DatedExpression] = []
        previous: EventDate | None = None
        for expression in find_date_expressions(self.text):
            in_caption = self._caption_of(expression.start) is not None
            resolved = resolve(expression, anchor, previous=None if in_caption else previous)
            dated.append(DatedExpression(expression, resolved, in_caption))
            if resolved.start is not None and not in_caption:
                previous = resolved
        return dated

    def _caption_of(self, offset: int) -> Span | None:
        return next((c for c in self.captions if c.start <= offset < c.end), None)

    def for_event(self, event: Event) -> EventDate | None:
        """The date of ``event`` (see the module's rules), or None."""
        return self.dated_with_why(event)[0]

    def dated_with_why(self, event: Event) -> tuple[EventDate | None, Choice | None]:
        """The date of ``event`` and the Choice that says which rule took it from which words."""
        found, rule = self._find(event)
        if found is None:
            return None, None
        date_ = found.date
        rule = "; ".join((rule, *_reading(found)))
        return date_, Choice("date", rule, found.expression.start, found.expression.end, found.expression.text)

    def _find(self, event: Event) -> tuple[DatedExpression | None, str]:
        trigger = event.trigger
        caption = self._caption_of(trigger.start)
        usable = [d for d in self.dated if self._caption_of(d.expression.start) == caption and not self._length(d)]
        if not usable:
            return None, ""
        sentence = self._sentence(trigger.start)
        inside = [d for d in usable if sentence[0] <= d.expression.start < sentence[1]]
        inside = [
            d
            for d in inside
            if not self._dates_reporting(d, trigger.start) and not self._in_clause_of_its_own(d, trigger.start)
        ]
        if inside:
            best = min(inside, key=lambda d: self._distance(d, trigger.start))
            return best, ATTACHED if self._distance(best, trigger.start)[0] == 0 else NEAREST_IN_SENTENCE
        for evidence in event.evidence:
            # the trigger's own sentence was read by rule 1, which may have left its dates out
            found = [
                d
                for d in usable
                if evidence.start <= d.expression.start < evidence.end
                and not sentence[0] <= d.expression.start < sentence[1]
            ]
            if found:
                return min(found, key=lambda d: abs(d.expression.start - trigger.start)), IN_EVIDENCE
        paragraph_start = self.text.rfind(_PARAGRAPH_BREAK, 0, trigger.start) + 1
        return self._told_before(sentence, usable, paragraph_start), TOLD_BEFORE

    def _told_before(
        self, sentence: tuple[int, int], usable: list[DatedExpression], paragraph_start: int
    ) -> DatedExpression | None:
        """Rule 3: back through the sentences this one goes on telling, within the paragraph, the
        last date expression of the nearest that has one."""
        while self._continues(sentence) and sentence[0] > paragraph_start:
            before = self._sentence(max(sentence[0] - 2, paragraph_start))
            if before[0] >= sentence[0]:
                return None
            found = [d for d in usable if max(before[0], paragraph_start) <= d.expression.start < sentence[0]]
            if found:
                return found[-1]
            sentence = before
        return None

    def _continues(self, sentence: tuple[int, int]) -> bool:
        """The sentence goes on telling the one before ("They burned the school.")."""
        opening = _OPENING.match(self.text, sentence[0], sentence[1])
        return opening is not None and opening.group(1).lower() in CONTINUING_WORDS

    def _sentence(self, offset: int) -> tuple[int, int]:
        if self.doc is not None:
            span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is not None:
                return span.sent.start_char, span.sent.end_char
        start = max(self.text.rfind(". ", 0, offset), self.text.rfind("\n", 0, offset)) + 1
        ends = [e for e in (self.text.find(". ", offset), self.text.find("\n", offset)) if e != -1]
        return start, (min(ends) + 1 if ends else len(self.text))

    def _tokens(self, start: int, end: int) -> Any:
        return self.doc.char_span(start, end, alignment_mode="expand") if self.doc is not None else None

    def _distance(self, dated: DatedExpression, trigger_start: int) -> tuple[int, int]:
        """Attached to the trigger in the parse first, then the nearest in characters."""
        chars = abs(dated.expression.start - trigger_start)
        span = self._tokens(dated.expression.start, dated.expression.end)
        trigger = self._tokens(trigger_start, trigger_start + 1)
        if span is None or trigger is None:
            return 1, chars
        return (0 if trigger[0] in span.root.ancestors else 1), chars

    def _length(self, dated: DatedExpression) -> bool:
        """ "The story circulating for the past two days of ISIS killing 100": a length of time
        ("for ...") says how long something lasted, not when the incident happened."""
        before = self.text[max(0, dated.expression.start - 5) : dated.expression.start].lower().split()
        return bool(before) and before[-1] == "for"

    def _in_clause_of_its_own(self, dated: DatedExpression, trigger_start: int) -> bool:
        """A date in a relative clause on a noun, whose clause does not hold the trigger, dates
        what that clause tells about the noun ("The group, which Baghdad declared defeated in
        December 2017, has threatened ...")."""
        span = self._tokens(dated.expression.start, dated.expression.end)
        trigger = self._tokens(trigger_start, trigger_start + 1)
        if span is None or trigger is None:
            return False
        clause = _own_clause(span.root)
        # "the attack carried out on Monday": a clause on the trigger itself dates it
        return clause is not None and clause.head != trigger[0] and trigger[0] not in clause.subtree

    def _dates_reporting(self, dated: DatedExpression, trigger_start: int) -> bool:
        """ "The government said last week that 8,500 were killed": "last week" dates the saying."""
        span = self._tokens(dated.expression.start, dated.expression.end)
        trigger = self._tokens(trigger_start, trigger_start + 1)
        if span is None or trigger is None:
            return False
        head = span.root.head
        if head.i == span.root.i or stance(head.lemma_) is None or head.pos_ != "VERB":
            return False
        return head != trigger[0] and head in trigger[0].ancestors


def _own_clause(token: Any) -> Any:
    """The relative clause (or clause on a noun) a token is in, if any: "The group, which Baghdad
    declared defeated in December 2017, has threatened to attack ..." for "December 2017"."""
    return next((a for a in token.ancestors if a.dep_ in ("relcl", "acl")), None)


def _reading(dated: DatedExpression) -> tuple[str, ...]:
    """How the expression became dates: counted from the publication date or the date before it,
    given the publication's year, or left relative when there was nothing to count from."""
    kind, text = dated.expression.kind, dated.expression.text
    if dated.date.start is None:
        return (LEFT_RELATIVE if kind in DATE_ANCHORED or not _YEAR.search(text) else UNREAD,)
    if kind in DATE_ANCHORED:
        return (DATE_ANCHORED[kind],)
    if kind in ("day", "month") and not _YEAR.search(text):
        return (YEAR_OF_PUBLICATION,)
    return ()
