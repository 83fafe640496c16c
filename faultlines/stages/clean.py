"""The clean stage: find boilerplate and the article's header, and tell the language.

Nothing is deleted. Boilerplate lines are blanked with spaces in ``CleanDocument.body`` (same
length as the original), so every offset the later stages produce is an offset into the
original text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from faultlines.dates.publication import find_publication_date
from faultlines.lang.en.events_reference import DATELINE
from faultlines.records import CleanDocument, SourceDocument, Span
from faultlines.stages.language import detect_language

NAME = "faultlines.clean.v1"

# Whole lines that are page furniture, not reporting. Anchored: a sentence that merely
# mentions an advertisement stays.
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        advertisement | sponsored(?:\s+content)? | adchoices | ad\s*choices
      | story\s+continues\s+below(?:\s+advertisement)?
      | (?:read\s+more|related|see\s+also|also\s+read|more\s+on\s+this|recommended)\b\s*[:\-–|].*
      | (?:read\s+more|related(?:\s+(?:stories|articles|coverage))?|see\s+also)\s*
      | leave\s+a\s+(?:comment|reply) | comments?\s+(?:are\s+)?closed\.? | \d*\s*comments?
      | (?:share|tweet|email|print)(?:\s+(?:this|on|via)\b.*)?
      | short\s+link\s*:?.* | follow\s+us\s+on\b.* | for\s+the\s+latest\b.*\bfollow\s+us\b.*
      | (?:subscribe|sign\s+up)\b.*\b(?:newsletter|updates|alerts|inbox|email)\b.*
      | .*\bnewsletter\b.*\b(?:subscribe|sign\s+up|inbox|email)\b.* | .*\bsent\s+to\s+your\s+(?:email|inbox)\b.*
      | (?:©|\(c\)|copyright)\s.* | all\s+rights\s+reserved\.?
      | (?:photo|image|picture|video)\s*(?:credit)?\s*:.* | @\w{2,30}
      | language\s*/.* | error\s*:.*
      | .*\b(?:captcha|prove\s+you\s+are\s+(?:not\s+a\s+robot|human))\b.*
      | [a-z]+\s*[×x*+\-]\s*\d+\s*=\s*\.?\s*
      | click\s+here\b.* | loading\.{0,3}
      | •\s*.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Copy-protection notices in any script ("copying is forbidden", and its Arabic form).
_COPY_PROTECTION = re.compile(r"(?:النسخ\s+ممنوع|copying\s+(?:is\s+)?(?:forbidden|prohibited))", re.I)

_BYLINE = re.compile(
    r"^\s*(?:(?:written|reporting|reported|edited)\s+by|by)\s*:?\s+(?P<who>[A-Z][\w.'’\- ]{1,80}?)\s*$",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^\s*source\s*:\s*(?P<outlet>[\w.&'’\- ]{2,60}?)\s*$", re.IGNORECASE)
# "BEIRUT, March 4 (Reuters) -" or "Erbil, Kurdistan Region –": a place in capitals or title
# case, an optional date and outlet, then a dash, at the start of the first paragraph.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z’'.\- ]{1,40}(?:,\s*[A-Z][A-Za-z’'.\- ]{1,40})?)"
    r"(?:,?\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<outlet>[^)]{2,40})\))?\s*[–—-]{1,2}\s+"
)
# A photo credit closing a caption line: "... on July 18, 2014. Jane Doe/AFP/Getty Images".
_CREDIT = re.compile(
    r"(?:(?<=[.!?])|^)\s*(?P<credit>(?:[A-Z][\w.’'\- ]{1,40}/)+"
    r"(?:AFP|Reuters|AP|EPA|Getty\s+Images|Anadolu(?:\s+Agency)?|Xinhua|SANA)[\w /]*)\s*$"
)
_LINE = re.compile(r"[^\n]*")
# How far into a report's first line a glued dateline is looked for (a headline's length and more)
_GLUED_REACH = 300
_DASHED = re.compile(r"(?:—|–|--|\s-\s)\s*$")
# A backtick or an acute accent typed for an apostrophe ("wouldn`t", "don´t"): the tokenizer
# then misses the contraction and its negation. Replaced one for one, so offsets stay.
_APOSTROPHE_STANDINS = re.compile(r"(?<=[A-Za-z])[`´](?=[A-Za-z])")
_OUTLET_WORDS = frozenset({"news", "times", "post", "agency", "press", "tv", "24"})


def clean(source: SourceDocument) -> CleanDocument:
    published = None
    if source.published is None:
        # Only a date the text states outright; otherwise the date stays unknown (null).
        found = find_publication_date(source.text)
        if found is not None:
            date, published = found
            source = replace(source, published=date, published_from="text")
    text = source.text
    body_chars = list(text)
    boilerplate: list[Span] = []
    captions: list[Span] = []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    for start, end in lines:
        line = text[start:end]
        if _BOILERPLATE.match(line) or _COPY_PROTECTION.search(line):
            boilerplate.append(Span(start, end, line))
            body_chars[start:end] = " " * (end - start)
        elif credit := _CREDIT.search(line):
            # The credit is furniture; the caption before it describes its own, dated scene.
            c_start, c_end = start + credit.start("credit"), start + credit.end("credit")
            boilerplate.append(Span(c_start, c_end, text[c_start:c_end]))
            body_chars[c_start:c_end] = " " * (c_end - c_start)
            caption = text[start:c_start].rstrip()
            captions.append(Span(start, start + len(caption), caption))
    body = _APOSTROPHE_STANDINS.sub("'", "".join(body_chars))
    content = [(s, e) for s, e in lines if body[s:e].strip()]
    title = _title(text, content, source)
    byline, outlet = _byline_and_outlet(text, content, title)
    language, score = detect_language(body)
    return CleanDocument(
        source=source,
        body=body,
        boilerplate=tuple(boilerplate),
        captions=tuple(captions),
        title=title,
        byline=byline,
        dateline=_dateline(text, content, title, byline, outlet),
        outlet=outlet,
        published=published,
        language=language,
        language_score=score,
    )


def _title(text: str, content: list[tuple[int, int]], source: SourceDocument) -> Span | None:
    """The first line when it reads like a headline: short, and not ending in a full stop."""
    if not content:
        return None
    start, end = content[0]
    line = text[start:end].strip()
    if source.title and line == source.title.strip():
        offset = text.index(line, start)
        return Span(offset, offset + len(line), line)
    if len(content) > 1 and 3 <= len(line.split()) <= 25 and not line.endswith((".", ":", ";", ",")):
        offset = text.index(line, start)
        return Span(offset, offset + len(line), line)
    return None


def _byline_and_outlet(
    text: str, content: list[tuple[int, int]], title: Span | None
) -> tuple[Span | None, Span | None]:
    byline = outlet = None
    for start, end in content:
        line = text[start:end]
        if byline is None and (match := _BYLINE.match(line)) and len(line.split()) <= 12:
            byline = Span(start + match.start("who"), start + match.end("who"), match.group("who"))
        elif outlet is None and (match := _SOURCE_LINE.match(line)):
            outlet = Span(start + match.start("outlet"), start + match.end("outlet"), match.group("outlet"))
    if outlet is None and title is not None:
        outlet = _outlet_after_title(text, content, title)
    return byline, outlet


def _outlet_after_title(text: str, content: list[tuple[int, int]], title: Span) -> Span | None:
    """A short line in capitals right under the headline ("ARA News") names the outlet."""
    later = [(s, e) for s, e in content if s > title.end]
    if not later:
        return None
    start, end = later[0]
    line = text[start:end].strip()
    words = line.split()
    looks_like_a_name = 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not line.endswith(".")
    if looks_like_a_name and any(w.lower() in _OUTLET_WORDS for w in words):
        offset = text.index(line, start)
        return Span(offset, offset + len(line), line)
    return None


def _dateline(text: str, content: list[tuple[int, int]], *header: Span | None) -> Span | None:
    header_end = max((s.end for s in header if s is not None), default=0)
    for start, end in content:
        if start < header_end:
            continue
        match = _DATELINE.match(text[start:end])
        if match:
            return Span(start, start + match.end(), match.group(0))
        return _glued_dateline(text, start, min(end, start + _GLUED_REACH))
    return None


def _glued_dateline(text: str, start: int, end: int) -> Span | None:
    """A dateline glued to the headline when a page lost its line breaks ("... blasts in
    AfghanistanKANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- Seven ..."): the city in capitals right
    after a lower-case letter or a digit, then the dateline's state, date, outlet and dash."""
    for match in DATELINE.finditer(text, start, end):
        glued = match.start() > start and (text[match.start() - 1].islower() or text[match.start() - 1].isdigit())
        if glued and _DASHED.search(match.group(0)):
            return Span(match.start(), match.end(), match.group(0))
    return None
