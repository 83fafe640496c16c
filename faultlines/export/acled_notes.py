"""ACLED's ``notes``: one clean sentence of the report, with its source.

The sentence is the report's own (evidence, never rewritten): the one holding the event's
trigger, else the first. Datelines ("BEIRUT, Dec 6 (Levant Monitor) -"), bylines and photo
credits are left out, and the source and publication date follow in brackets.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

MAX_CHARS = 400
# A dateline opens a wire report: a capitalised place, optionally a date and an outlet in
# brackets, then a dash ("BEIRUT, Dec 6 (Levant Monitor) –", "KABUL (Reuters) -").
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'\- ]{1,40}?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,60}\))?\s*[-–—]+\s+"
)
_NOT_PROSE = re.compile(r"^(?:by\s+[A-Z]|photo:|image:|credit:|file photo)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s+[A-Z\"“‘(])")
# Titles and initials end in a period without ending a sentence ("Gen. Mazloum", "J. Smith").
_NO_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|Brig|Rep|Sen|Gov|St|No|Mt)|\b[A-Z])\.$")


def sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, text) of the sentences of a span, lines that are not prose left out; a
    sentence keeps its closing quote or bracket."""
    found: list[tuple[int, int, str]] = []
    for line in re.finditer(r"[^\n]+", text):
        stripped = line.group().strip()
        if not stripped or _NOT_PROSE.match(stripped):
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(line.group()) if not _NO_END.search(line.group()[: m.end()])]
        cuts = [line.start(), *(line.start() + end for end in ends), line.end()]
        for start, end in itertools.pairwise(cuts):
            piece = text[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                found.append((offset + start + lead, offset + end, piece.strip()))
    return found


def summary_sentence(record: Mapping[str, Any]) -> str:
    """The sentence of the evidence that holds the trigger (else the first), dateline removed."""
    trigger = record.get("trigger") or {}
    candidates: list[tuple[int, int, str]] = []
    for span in record.get("evidence") or []:
        candidates += sentences(span.get("text") or "", span.get("start") or 0)
    if not candidates:
        return ""
    at = trigger.get("start")
    chosen = next((s for s in candidates if at is not None and s[0] <= at < s[1]), candidates[0])
    text = _DATELINE.sub("", " ".join(chosen[2].split()))
    if text.count('"') % 2:  # the evidence cut a quotation short: drop its lone quote mark
        text = text.strip('"') if text[:1] == '"' or text[-1:] == '"' else text
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text


def acled_notes(row: Mapping[str, Any], sources: list[str]) -> str:
    sentence = summary_sentence(row["record"])
    if not sentence:
        return ""
    if sentence[-1] not in ".!?…":
        sentence += "."
    cited = "; ".join(sources)
    published = row.get("published")
    when = published.isoformat() if hasattr(published, "isoformat") else published
    bracket = ", ".join(str(v) for v in (cited, when) if v)
    return f"{sentence} [{bracket}]" if bracket else sentence
