"""Texts longer than spaCy's ``max_length``: parsed in sections, joined back into one ``Doc``.

The limit a user sees is the file size limit (``--max-mb``), not spaCy's memory guard. A long
body is cut at paragraph breaks (else line breaks, else sentence ends, else spaces) into sections
that each fit, every cut placed after the whitespace so that each section ends with it; spaCy's
``Doc.from_docs`` then joins the parsed sections with no separator, so the joined text equals the
body and every character offset is the same as in one parse.
"""

from __future__ import annotations

from typing import Any

# Where to cut, best first: a paragraph break, a line break, a sentence end, a space.
_CUTS = ("\n\n", "\n", ". ", " ")


def sections(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters whose concatenation is ``text``."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = next((window.rfind(mark) + len(mark) for mark in _CUTS if window.rfind(mark) > 0), limit)
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def parse_long(nlp: Any, text: str, *, share: float = 0.5) -> Any:
    """One ``Doc`` for ``text``, parsed in sections of at most ``share`` of ``nlp.max_length``."""
    from spacy.tokens import Doc

    limit = max(1, int(nlp.max_length * share))
    parts = sections(text, limit)
    docs = list(nlp.pipe(parts))
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    return joined
