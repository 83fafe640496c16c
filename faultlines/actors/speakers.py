"""First-person words in a quotation mean its speaker: in "'Our forces have liberated the town,'
the SDF said", "Our forces" are the SDF's, not some country's army.

Only a quotation whose speaker is in the same sentence is read, and only when the speaker is a
mention of an actor (an organisation, a group or a force): "we" in a resident's words stays
unresolved, as a resident is nobody's side.
"""

from __future__ import annotations

from typing import Any

from faultlines.actors.context import DocContext
from faultlines.attribution.verbs import stance
from faultlines.lang.en.actors import FIRST_PERSON_PLURAL, OWNED_FORCES
from faultlines.lang.en.attribution import QUOTE_CHARS

_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass"})


def find_quoted_we(ctx: DocContext) -> None:
    """Record each first-person plural word inside a quotation as a mention of its speaker."""
    for sentence in ctx.doc.sents:
        firsts = [t for t in sentence if t.lower_ in FIRST_PERSON_PLURAL]
        if not firsts:
            continue
        quoted = _quoted(sentence)
        speaker = _speaker(ctx, sentence, quoted)
        if speaker is None:
            continue
        actor_id, faction = speaker
        for token in firsts:
            if token.i in quoted and ctx.free(token.i, token.i + 1):
                end = _owned_end(ctx, token)
                ctx.add(token.i, end, actor_id, "reference", faction=faction)


def _quoted(sentence: Any) -> set[int]:
    """Token indices inside quotation marks (an unclosed mark quotes to the sentence's end)."""
    inside, quoted = False, set()
    for token in sentence:
        if token.text in QUOTE_CHARS:
            inside = not inside
            continue
        if inside:
            quoted.add(token.i)
    return quoted


def _speaker(ctx: DocContext, sentence: Any, quoted: set[int]) -> tuple[str, str | None] | None:
    """The actor (and faction) of the subject of a verb of saying outside the quotation."""
    for token in sentence:
        verb = token.head
        if token.i in quoted or token.dep_ not in _SPEAKER_DEPS or verb.i in quoted:
            continue
        if verb.pos_ != "VERB" or stance(str(verb.lemma_)) is None:
            continue
        found = ctx.covering_at(token.i)
        if found is not None and found[2].how not in ("person", "generic"):
            return found[2].actor_id, found[2].faction
    return None


def _owned_end(ctx: DocContext, token: Any) -> int:
    """ "our forces": the possessive and the force it owns are one mention."""
    owned = token.head
    owns = token.lower_ == "our" and owned.lower_ in OWNED_FORCES and token.i < owned.i <= token.i + 3
    return owned.i + 1 if owns and ctx.free(token.i, owned.i + 1) else token.i + 1
