"""Entity-ruler patterns for the names of the knowledge base.

Token patterns rather than phrase patterns, so that one alias covers its common spellings:

* a word written in lower case in the KB ("Syrian army") matches in any case;
* a capitalised word matches as written or in capitals ("Islamic State", "ISLAMIC STATE"), so
  "Amnesty" does not fire on "an amnesty for fighters";
* Arabic articles vary ("al-Sham", "ash-Sham", "As Sham"), hyphens are optional and apostrophes
  may be any of the quote marks news sites use ("Hay'at", "Hay’at", "Hayat");
* acronyms match exactly ("IS", never "is"); the stage later drops an "IS" that is only a verb
  in an upper-case headline.

Each pattern carries the id "actor:<actor_id>" (or "person:<person_id>") unless its name is
shared by several actors; the linker resolves those by context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from faultlines.actors.normalise import APOSTROPHES, ARTICLES

if TYPE_CHECKING:
    from faultlines.actors.kb import ActorKB

ACTOR_PREFIX = "actor:"
PERSON_PREFIX = "person:"
_HYPHENS = ["-", "‐", "‑", "–"]
_APOSTROPHE_CLASS = "[" + re.escape(APOSTROPHES) + "]?"


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def tokens_of(text: str, tokenizer: Callable[[str], Any] | None = None) -> list[str]:
    """The token texts of a name, by ``tokenizer`` (a blank English one if none is given)."""
    return [t.text for t in (tokenizer or _tokenizer())(text)]


def _word(token: str, *, exact: bool) -> dict[str, Any]:
    if token in _HYPHENS:
        return {"ORTH": {"IN": _HYPHENS}, "OP": "?"}
    if exact:
        return {"ORTH": token}
    low = token.lower()
    if low in ARTICLES:
        return {"LOWER": {"IN": sorted(ARTICLES)}}
    if any(c in APOSTROPHES for c in token):
        body = "".join(_APOSTROPHE_CLASS if c in APOSTROPHES else re.escape(c) for c in low)
        return {"LOWER": {"REGEX": f"^{body}$"}}
    if token == low or not any(c.isalpha() for c in token):
        return {"LOWER": low}
    return {"ORTH": {"IN": sorted({token, token.upper()})}}


def _pattern(
    label: str, text: str, pattern_id: str | None, *, exact: bool, tokenizer: Callable[[str], Any] | None
) -> dict[str, Any]:
    pattern: dict[str, Any] = {"label": label, "pattern": [_word(t, exact=exact) for t in tokens_of(text, tokenizer)]}
    if pattern_id:
        pattern["id"] = pattern_id
    return pattern


def ruler_patterns(kb: ActorKB, *, tokenizer: Callable[[str], Any] | None = None) -> list[dict[str, Any]]:
    """The patterns of every name, split into tokens by ``tokenizer``: the pipeline passes its
    own (the one that splits the documents, and already loaded), others get a blank English one."""
    patterns = []
    for entry in kb:
        for name in dict.fromkeys((entry.name, *entry.aliases)):
            shared = len(kb.lookup(name)) > 1
            pattern_id = None if shared else ACTOR_PREFIX + entry.actor_id
            patterns.append(_pattern(entry.label, name, pattern_id, exact=False, tokenizer=tokenizer))
        for acronym in entry.acronyms:
            shared = len(kb.lookup_acronym(acronym)) > 1
            pattern_id = None if shared else ACTOR_PREFIX + entry.actor_id
            patterns.append(_pattern(entry.label, acronym, pattern_id, exact=True, tokenizer=tokenizer))
    for person in kb.people.values():
        for name in dict.fromkeys((person.name, *person.aliases)):
            shared = len(kb.lookup_person(name)) > 1 or bool(kb.lookup(name))
            pattern_id = None if shared else PERSON_PREFIX + person.person_id
            patterns.append(_pattern("PERSON", name, pattern_id, exact=False, tokenizer=tokenizer))
    return _unique(patterns)


def _unique(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for pattern in patterns:
        key = repr((pattern["label"], pattern["pattern"], pattern.get("id")))
        if key not in seen:
            seen.add(key)
            out.append(pattern)
    return out
