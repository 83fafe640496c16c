"""Unnamed actors, the way ACLED names them: "Civilians (Syria)", "Protesters (Syria)",
"Unidentified Armed Group (Syria)", "Military Forces of Syria".

The country is the one the document is most about. Descriptions the knowledge base ties to an
actor in a country ("the coalition" in Syria or Iraq, "regime forces" in Syria, "rebels" in
Syria) link to that actor; "government forces" and "the army" link to the country's state forces.
A group's self-designation ("the Caliphate", KB field `self_names`) links to the group where the
phrase acts as one (a subject, an owner, what fighters belong to), never as a concept.
"""

from __future__ import annotations

from functools import lru_cache

from faultlines.actors.context import DocContext
from faultlines.actors.countries import country_after_of, country_of, country_title
from faultlines.actors.entries import ActorEntry
from faultlines.actors.kb import ActorKB
from faultlines.actors.normalise import first_key_word, normalise
from faultlines.lang.en.actors import GENERIC_HEADS, MEMBER_NOUNS, POLICE_WORDS, QUANTIFIERS, RANK_NOUNS, STATE_NOMINALS

# class -> (ACLED name pattern, inter)
GENERIC_CLASSES = {
    "civilians": ("Civilians ({})", 7),
    "protesters": ("Protesters ({})", 6),
    "rioters": ("Rioters ({})", 5),
    "unidentified": ("Unidentified Armed Group ({})", 3),
    "military": ("Military Forces of {}", 1),
    "police": ("Police Forces of {}", 1),
}
BARE_NAMES = {
    "civilians": "Civilians",
    "protesters": "Protesters",
    "rioters": "Rioters",
    "unidentified": "Unidentified Armed Group",
    "military": "Unidentified Military Forces",
    "police": "Unidentified Police Forces",
}
_POSSESSIVE_TAGS = frozenset({"POS", "PRP$"})
_STATE_MAX = max(len(n.split()) for n in STATE_NOMINALS)
_STATE_STARTS = frozenset(n.split()[0] for n in STATE_NOMINALS)


@lru_cache(maxsize=4)
def _nominal_starts(kb: ActorKB) -> frozenset[str]:
    return frozenset(key.split()[0] for key in kb.nominal_keys() if key)


def _cannot_start(ctx: DocContext, i: int, starts: frozenset[str]) -> bool:
    """No key of `starts`' table begins at token i: skips the n-gram lookups (most tokens)."""
    token = ctx.tokens[i]
    if token.lower_ == "the" and i + 1 < len(ctx.tokens):  # normalise drops it: the next word decides
        token = ctx.tokens[i + 1]
    word = first_key_word(token.text)
    return word is not None and word not in starts


def generic_id(cls: str, country: str | None) -> str:
    return f"{cls}:{country}" if country else cls


def generic_actor(actor_id: str) -> tuple[str, int, str | None] | None:
    """(name, inter, country) of a generic actor id such as "civilians:SY"; None if it is not one."""
    cls, _, country = actor_id.partition(":")
    if cls not in GENERIC_CLASSES:
        return None
    pattern, inter = GENERIC_CLASSES[cls]
    title = (country_after_of if pattern.endswith(" of {}") else country_title)(country) if country else None
    return (pattern.format(title) if title else BARE_NAMES[cls], inter, country or None)


def _modified(ctx: DocContext, start: int) -> bool:
    """Whether the phrase has an owner or a nationality left of it ("Iraqi police", "its army")."""
    if start == 0:
        return False
    left = ctx.tokens[start - 1]
    return (not ctx.free(start - 1, start)) or left.tag_ in _POSSESSIVE_TAGS or left.ent_type_ in ("NORP", "GPE", "ORG")


def _in_entity(ctx: DocContext, i: int) -> bool:
    return ctx.tokens[i].ent_type_ not in ("", "NORP")


def _is_head(ctx: DocContext, end: int) -> bool:
    """The phrase ends in a noun ("the military"), not an adjective ("military sources")."""
    return ctx.tokens[end - 1].tag_ in ("NN", "NNS", "NNP", "NNPS")


def _kb_nominal(ctx: DocContext, i: int) -> bool:
    """ "the coalition", "coalition warplanes", "regime forces", "rebels": a KB actor of the country."""
    if _cannot_start(ctx, i, _nominal_starts(ctx.kb)):
        return False
    for size in (3, 2, 1):
        end = i + size
        if end > len(ctx.doc) or not ctx.free(i, end) or any(_in_entity(ctx, k) for k in range(i, end)):
            continue
        if not _is_head(ctx, end):
            continue
        entries = ctx.kb.lookup_nominal(ctx.doc[i:end].text)
        own = _own_nationality(ctx, i, entries)
        if own is not None:  # "Syrian rebel factions": the nationality says whose
            ctx.add(i - 1, end, own.actor_id, "reference")
            return True
        for code in ctx.countries[:2]:
            entry = next((e for e in entries if code in e.all_countries), None)
            if entry is not None and not _modified(ctx, i):
                ctx.add(i, end, entry.actor_id, "reference")
                return True
    return False


def _own_nationality(ctx: DocContext, i: int, entries: tuple[ActorEntry, ...]) -> ActorEntry | None:
    """The one nominal entry of the country a nationality word right before the phrase names."""
    if i == 0 or not ctx.free(i - 1, i) or ctx.tokens[i - 1].ent_type_ != "NORP":
        return None
    code = country_of(ctx.tokens[i - 1].text)
    matching = [e for e in entries if code is not None and code in e.all_countries]
    return matching[0] if len(matching) == 1 else None


def self_name_actor(ctx: DocContext, i: int) -> str | None:
    """The group that token `i` names by what it calls itself: "the Caliphate executed",
    "the caliphate's leadership", "soldiers of the Caliphate"; not "declared a caliphate"."""
    token = ctx.tokens[i]
    entries = ctx.kb.lookup_self_name(token.text)
    if not entries or i == 0 or ctx.tokens[i - 1].lower_ != "the":
        return None
    acting = token.dep_ in ("nsubj", "poss") or (
        token.dep_ == "pobj"
        and token.head.lower_ in ("of", "for")
        and (token.head.head.lower_ in MEMBER_NOUNS or token.head.head.lower_ in RANK_NOUNS)
    )
    return entries[0].actor_id if acting else None


def find_self_names(ctx: DocContext) -> None:
    """Run before factions, so that "the Caliphate's leadership" has its parent."""
    for token in ctx.tokens:
        actor_id = self_name_actor(ctx, token.i)
        if actor_id is not None and ctx.free(token.i - 1, token.i + 1):
            ctx.add(token.i - 1, token.i + 1, actor_id, "reference")


def _state_nominal(ctx: DocContext, i: int) -> bool:
    if _cannot_start(ctx, i, _STATE_STARTS):
        return False
    for size in range(_STATE_MAX, 0, -1):
        end = i + size
        if end > len(ctx.doc) or normalise(ctx.doc[i:end].text) not in STATE_NOMINALS:
            continue
        if not ctx.free(i, end) or _modified(ctx, i) or not ctx.countries or not _is_head(ctx, end):
            return False
        if size == 1 and ctx.tokens[i].tag_ != "NNS" and (i == 0 or ctx.tokens[i - 1].lower_ != "the"):
            return False  # "the army", "troops", but not "both military from the front lines"
        code = ctx.countries[0]
        police = any(t.lower_ in POLICE_WORDS for t in ctx.doc[i:end])  # "The police", "intelligence forces"
        entry = None if police else ctx.kb.state_forces(code)
        actor_id = entry.actor_id if entry else generic_id("police" if police else "military", code)
        return ctx.add(i, end, actor_id, "generic") is not None
    return False


def _generic_head(ctx: DocContext, i: int) -> bool:
    token = ctx.tokens[i]
    cls = GENERIC_HEADS.get(token.lower_)
    if token.lower_ == "locals" or (token.lower_ == "militants" and token.tag_ == "NNS"):
        cls = "civilians" if token.lower_ == "locals" else "unidentified"
    if cls is None or not ctx.free(i, i + 1) or _in_entity(ctx, i):
        return False
    start = i
    while (
        start > 0
        and ctx.tokens[start - 1].tag_ == "JJ"
        and ctx.tokens[start - 1].lower_ not in QUANTIFIERS
        and ctx.free(start - 1, start)
    ):
        start -= 1
    if _modified(ctx, start):
        return False
    country = ctx.countries[0] if ctx.countries else None
    return ctx.add(start, i + 1, generic_id(cls, country), "generic") is not None


def find_generics(ctx: DocContext) -> None:
    for i in range(len(ctx.doc)):
        if ctx.free(i, i + 1):
            _kb_nominal(ctx, i) or _state_nominal(ctx, i) or _generic_head(ctx, i)
