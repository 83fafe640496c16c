"""Named entities to actors: what each of spaCy's entities (ruler ones included) names.

An entity that names a knowledge-base actor becomes a "name" mention and is relabelled with the
actor's label (spaCy calls "Daesh" a GPE and "ISIL" a NORP). An organisation the knowledge base
does not know is kept as a new actor ("new:<slug>"), labelled ARMED_GROUP when its name says it
is armed ("... Brigade", "Jaysh ..."), once the faction and people rules have had their say.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from faultlines.actors.context import NEW_PREFIX, DocContext, NewActor
from faultlines.actors.countries import country_of
from faultlines.actors.entries import ARMED_LABEL
from faultlines.actors.generic import self_name_actor
from faultlines.actors.linking import Linker
from faultlines.actors.normalise import slug
from faultlines.lang.en.actors import (
    ARMED_NAME_WORDS,
    HEADLINE_PREPOSITIONS,
    NAME_LOWER_WORDS,
    NUMERIC_LABELS,
    WORD_ACRONYMS,
)

ORGANISATION_LABELS = frozenset({"ORG", ARMED_LABEL})


@dataclass(frozen=True, slots=True)
class NamedEntity:
    """One entity of the document with what the actor stage made of it."""

    start: int  # tokens
    end: int
    label: str
    actor_id: str | None = None


def word_acronym_misfire(doc: Any, start: int, end: int) -> bool:
    """An "IS" next to other upper-case words ("IS INFIGHTING HURTING ...") is the verb."""
    if end - start != 1 or doc[start].text not in WORD_ACRONYMS:
        return False
    for i in (start - 1, end):
        if 0 <= i < len(doc):
            word = doc[i].text
            if word.isalpha() and word.isupper() and len(word) > 1 and word not in WORD_ACRONYMS:
                return True
    return False


def _a_person(ctx: DocContext, ent: Any) -> bool:
    """spaCy's PERSON, unless it is a group's name ("Jabhat al-Nusra" is sometimes a PERSON)."""
    if ent.ent_id_.startswith("actor:"):
        return False
    return bool(ent.ent_id_ or ctx.kb.lookup_person(ent.text) or not ctx.kb.lookup(ent.text))


def link_names(ctx: DocContext, linker: Linker) -> list[NamedEntity]:
    """Add a name mention for every entity that names a KB actor; return every named entity."""
    out = []
    for ent in ctx.doc.ents:
        if ent.label_ in NUMERIC_LABELS:
            continue
        if ent.label_ == "PERSON" and _a_person(ctx, ent):
            out.append(NamedEntity(ent.start, ent.end, "PERSON"))
            continue
        words = [t.text for t in ent]
        link = linker.link_tokens(words, ent.label_, ent.ent_id_, ctx.countries)
        if link is not None and not word_acronym_misfire(ctx.doc, ent.start + link.start, ent.start + link.end):
            ctx.add(ent.start + link.start, ent.start + link.end, link.actor_id, "name")
            label = ctx.kb.actors[link.actor_id].label
            out.append(NamedEntity(ent.start, ent.end, label, link.actor_id))
        elif link is None:
            out.append(NamedEntity(ent.start, ent.end, ent.label_))
    return out


def named_after_places(doc: Any, named: list[NamedEntity]) -> list[NamedEntity]:
    """ "the Tafas Martyrs Brigade", "Misrata Brigades": a group named after a town, whose town the
    place ruler took as a place of its own, is an organisation: the place's entity and the
    capitalised words after it, up to an armed word ("Brigade", "Front"), become one."""
    out, taken = [], {n.start for n in named}
    for ent in named:
        end = ent.end
        if ent.label in _PLACE_LABELS and ent.actor_id is None:
            end = _armed_name_end(doc, ent.end, taken)
        out.append(ent if end == ent.end else NamedEntity(ent.start, end, ARMED_LABEL))
    return out


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_REACH = 4  # capitalised words between the place and the armed word, at most


def _armed_name_end(doc: Any, start: int, taken: set[int]) -> int:
    """The token after the armed word that ends a name begun before ``start``, else ``start``."""
    for i in range(start, min(len(doc), start + _NAME_REACH + 1)):
        token = doc[i]
        if i in taken or token.ent_type_ in _PLACE_LABELS or not token.text[:1].isupper():
            return start
        if token.lower_ in ARMED_NAME_WORDS:
            return i + 1
    return start


def looks_like_name(words: list[str]) -> bool:
    """Capitalised words (function words aside), not a country, not a lone lower-case word."""
    content = [w for w in words if w.lower() not in NAME_LOWER_WORDS and any(c.isalpha() for c in w)]
    if not content or not all(w[0].isupper() or w[0].isdigit() for w in content):
        return False
    return country_of(" ".join(words)) is None


def dateline(doc: Any, start: int, end: int) -> bool:
    """ "GOMA, Congo (Reuters) -", "DETROIT (WXYZ) -": a place in capitals that opens a line and is
    followed by a comma, a bracket or a dash."""
    words = [t.text for t in doc[start:end] if t.is_alpha]
    if not words or not all(w.isupper() and len(w) > 2 for w in words) or end >= len(doc):
        return False
    opens_line = start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_sent_end
    return bool(opens_line and doc[end].text in (",", "(", "-", "—", "–"))


def page_furniture(doc: Any, start: int, end: int) -> bool:
    """A headline or a site's name, not an organisation: the words after a title's "|" ("... |
    Local News - WLTV"), or a capitalised headline, which has an adverb, a verb or a capitalised
    preposition after its first word ("Dayton Man Fatally Shot By Police")."""
    if start > 0 and doc[start - 1].text == "|":
        return True
    if dateline(doc, start, end):
        return True
    return any(
        t.pos_ == "ADV" or (t.i > start and (t.tag_ in ("VBD", "VBN", "VBZ") or t.text in HEADLINE_PREPOSITIONS))
        for t in doc[start:end]
    )


def _short_names(ctx: DocContext, entities: list[NamedEntity]) -> dict[str, str]:
    """Last word of each linked multi-word name -> its actor: "the Post" after "Washington Post"."""
    table: dict[str, str] = {}
    for ent in entities:
        if ent.actor_id and ent.end - ent.start > 1 and ent.label != "PERSON":
            table.setdefault(ctx.doc[ent.end - 1].text, ent.actor_id)
    return table


def _common(ctx: DocContext, start: int, tokens: Any) -> bool:
    """A one-word "organisation" that is a common noun: "Fighting", "a Caliphate", "its Caliphate"."""
    if len(tokens) != 1:
        return False
    before = ctx.doc[start - 1].lower_ if start > 0 else ""
    return tokens[0].pos_ != "PROPN" or before in ("a", "an", "its", "their", "his", "her", "our")


def keep_new_actors(ctx: DocContext, entities: list[NamedEntity]) -> list[NamedEntity]:
    """Unknown organisations whose tokens no other mention took become actors of their own."""
    out = []
    short = _short_names(ctx, entities)
    for ent in entities:
        tokens = ctx.doc[ent.start : ent.end]
        words = [t.text for t in tokens]
        if ent.actor_id or ent.label not in ORGANISATION_LABELS or not looks_like_name(words):
            out.append(ent)
            continue
        if page_furniture(ctx.doc, ent.start, ent.end):
            out.append(NamedEntity(ent.start, ent.end, ent.label))
            continue
        core = ent.start + 1 if words[0].lower() == "the" else ent.start
        if ent.end - core == 1 and ctx.kb.lookup_self_name(words[-1]):  # "the Caliphate": the group, or a concept
            actor_id = self_name_actor(ctx, core)  # its mention was added by find_self_names
            label = ctx.kb.actors[actor_id].label if actor_id else ent.label
            out.append(NamedEntity(ent.start, ent.end, label, actor_id))
            continue
        if not ctx.free(ent.start, ent.end) or _common(ctx, ent.start, tokens):
            out.append(NamedEntity(ent.start, ent.end, ent.label))
            continue
        if len(tokens) == 1 and words[0] in short:
            actor_id = short[words[0]]
            ctx.add(ent.start, ent.end, actor_id, "name")
            out.append(
                NamedEntity(
                    ent.start, ent.end, ctx.kb.actors[actor_id].label if actor_id in ctx.kb else ent.label, actor_id
                )
            )
            continue
        start = ent.start + 1 if tokens[0].lower_ == "the" and len(tokens) > 1 else ent.start
        first, last = ctx.doc[start], ctx.doc[ent.end - 1]
        name = ctx.text[first.idx : last.idx + len(last.text)]
        actor_id = NEW_PREFIX + slug(name)
        armed = ent.label == ARMED_LABEL or any(w.lower() in ARMED_NAME_WORDS for w in words)
        ctx.new_actors.setdefault(actor_id, NewActor(actor_id, name, armed))
        ctx.add(start, ent.end, actor_id, "name")
        out.append(NamedEntity(start, ent.end, ARMED_LABEL if armed else "ORG", actor_id))
    return out
