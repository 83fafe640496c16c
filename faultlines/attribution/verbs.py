"""The words that attribute a statement to a source, and how far each one commits the writer.

A reporting verb's stance is one of "neutral" (said, reported, told), "hedged" (claimed,
alleged: the writer keeps a distance), "confirmed" (confirmed, acknowledged) or "denied".
The word lists are English data, in :mod:`faultlines.lang.en.attribution`.
"""

from __future__ import annotations

from faultlines.lang.en.attribution import (
    CONFIRMED,
    DENIED,
    HEDGED,
    NEUTRAL,
)


def stance(lemma: str) -> str | None:
    """ "neutral", "hedged", "confirmed" or "denied" for a reporting verb's lemma, else None."""
    lemma = lemma.lower()
    if lemma in HEDGED:
        return "hedged"
    if lemma in CONFIRMED:
        return "confirmed"
    if lemma in DENIED:
        return "denied"
    if lemma in NEUTRAL:
        return "neutral"
    return None
