"""The words that attribute a statement to a source, and how far each one commits the writer.

A reporting verb's stance is one of "neutral" (said, reported, told), "hedged" (claimed,
alleged: the writer keeps a distance), "confirmed" (confirmed, acknowledged) or "denied".
The lists are general English reporting vocabulary, not tuned to any corpus.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, for lexicons."""
    return frozenset(text.split())


NEUTRAL = _words(
    "say tell report state add note write explain describe announce mention indicate show reveal disclose "
    "estimate comment respond inform warn recount recall quote cite speak talk point testify declare "
    "observe publish tweet post record count document list"
)
HEDGED = _words(
    "claim allege assert insist purport suggest rumour rumor speculate believe suspect contend accuse maintain argue"
)
CONFIRMED = frozenset(["confirm", "verify", "acknowledge", "admit", "concede", "prove", "establish"])
DENIED = frozenset(["deny", "dispute", "refute", "reject"])

# "WSJ quoted defectors (saying ...)": the object of these verbs is an inner source
QUOTING = frozenset({"quote", "cite"})
# "a source told ARA News": the listener of these verbs is an outer source when it is an outlet
TELLING = frozenset({"tell", "speak", "talk"})
# heads of "according to a report on X" that stand for the named source inside them
DOCUMENT_NOUNS = _words(
    "report reports statement statements data figures figure database study survey analysis tally count "
    "estimate estimates article interview broadcast release communique communiqué account accounts video "
    "footage post tweet"
)
ANAPHORIC_HEADS = _words(
    "source official activist spokesman spokeswoman spokesperson member witness officer commander "
    "resident doctor defector fighter analyst diplomat monitor"
)
SPEAKERS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"})


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
