"""Paths and small builders shared by tests (importable from any test module)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from faultlines.records import SourceDocument

SHARED = Path(__file__).resolve().parents[2] / "shared"
BENCH = SHARED / "bench"
SEEDS = SHARED / "seeds"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"


def source_document(text: str, *, published: str | None = None, doc_id: str | None = None) -> SourceDocument:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    return SourceDocument(doc_id=doc_id or digest, source="test", text=text, text_hash=digest, published=published)
