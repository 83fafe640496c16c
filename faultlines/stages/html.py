"""Main text and metadata of a news page, through trafilatura.

The publication date is taken only from the page's own metadata (meta tags, structured data),
never guessed from the text or the URL: an invented date is worse than none.
"""

from __future__ import annotations

from typing import Any

from faultlines.errors import input_error

_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def extract_html(html: str) -> tuple[str, dict[str, Any]]:
    """Return (main text, metadata with title/author/outlet/url/published)."""
    import trafilatura

    if "<" not in html:
        raise input_error("E110")
    result = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise input_error("E110")
    metadata: dict[str, Any] = {
        "title": getattr(result, "title", None),
        "author": getattr(result, "author", None),
        "outlet": getattr(result, "sitename", None),
        "url": getattr(result, "url", None),
        "published": getattr(result, "date", None),
        "_published_from": "html",
    }
    return text, metadata
