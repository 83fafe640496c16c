"""People: a named person tied to an organisation and a role when the text says so.

Three shapes, read on tokens so that commas and parentheses in between do not matter:

* "ISIS leader, Abu Bakr al-Baghdadi", "Hezbollah's military commander (Sheikh), X"
  (organisation, role, name);
* "X, the leader of Jabhat al-Nusra", "X, a senior commander in the SDF" (name, role, organisation);
* "X, Nusra's leader" (name, organisation, role).

A person the knowledge base knows, named without such a phrase, is linked to the organisation
and role the knowledge base gives. A later "Baghdadi" is the same person as an earlier "Abu Bakr
al-Baghdadi" of the same document.
"""

from __future__ import annotations

from dataclasses import dataclass

from faultlines.actors.context import DocContext
from faultlines.actors.patterns import PERSON_PREFIX
from faultlines.actors.reference import POSSESSIVES, add_pronoun, resolve_description, resolve_description_ending
from faultlines.lang.en.actors import ROLE_MODIFIERS, ROLE_NOUNS, ROLE_PREPOSITIONS, SKIPPABLE_MARKS


@dataclass(frozen=True, slots=True)
class Affiliation:
    actor_id: str
    role: str | None


def _role(words: list[str]) -> str | None:
    """ "religious advisor", "military commander", "leader" from the role words, in text order."""
    nouns = [w for w in words if w in ROLE_NOUNS]
    if not nouns:
        return None
    modifiers = [w for w in words if w in ROLE_MODIFIERS and w not in ROLE_NOUNS]
    return " ".join([*modifiers, ROLE_NOUNS[nouns[-1]]])


def _skip_back(ctx: DocContext, j: int) -> int:
    """The index before punctuation and a parenthesis: "(Shari’)," is skipped whole."""
    doc = ctx.doc
    while j >= 0:
        if doc[j].text == ")":
            while j >= 0 and doc[j].text != "(":
                j -= 1
        elif doc[j].text not in SKIPPABLE_MARKS:
            return j
        j -= 1
    return j


def _owner_at(ctx: DocContext, j: int) -> str | None:
    """The organisation a token names or refers to: a mention, a pronoun or a description."""
    if j < 0:
        return None
    if not ctx.free(j, j + 1):
        mention = ctx.mention_at(j)
        return (
            mention.actor_id if mention.how in ("name", "reference") and ctx.is_organisation(mention.actor_id) else None
        )
    if ctx.doc[j].lower_ in POSSESSIVES:
        mention = add_pronoun(ctx, j, whole=False)
        return mention.actor_id if mention else None
    described = resolve_description_ending(ctx, j) or resolve_description(ctx, j)
    return described.actor_id if described else None


def _before(ctx: DocContext, start: int) -> Affiliation | None:
    """Organisation and role written before the name."""
    doc, j = ctx.doc, _skip_back(ctx, start - 1)
    words = []
    while j >= 0 and (doc[j].lower_ in ROLE_NOUNS or doc[j].lower_ in ROLE_MODIFIERS):
        words.insert(0, doc[j].lower_)
        j -= 1
    role = _role(words)
    if role is None:
        return None
    while j >= 0 and (doc[j].tag_ == "POS" or doc[j].text in ("’", "'")):
        j -= 1
    owner = _owner_at(ctx, j)
    return Affiliation(owner, role) if owner else None


def _after(ctx: DocContext, end: int) -> Affiliation | None:
    """ ", the leader of X" or ", X's leader" after the name."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    j = end + 1
    words: list[str] = []
    owner = None
    while j < min(len(doc), end + 9) and doc[j].text not in (",", ".", ";", "("):
        low = doc[j].lower_
        if low in ROLE_NOUNS or low in ROLE_MODIFIERS:
            words.append(low)
        elif not ctx.free(j, j + 1) and owner is None:
            owner = _owner_at(ctx, j)
        elif low in ROLE_PREPOSITIONS and words:
            owner = owner or _owner_at(ctx, j + 1) or _owner_at(ctx, j + 2)
            break
        j += 1
    if any(doc[k].ent_type_ == "PERSON" for k in range(j, min(j + 3, len(doc)))):
        return None  # ", ISIS' religious advisor, Abu X": the role is the next person's
    role = _role(words)
    return Affiliation(owner, role) if owner and role else None


def find_people(ctx: DocContext, persons: list[tuple[int, int, str]]) -> dict[int, str]:
    """Add a person mention for each PERSON entity tied to an organisation.

    `persons` are (first token, end token, ruler id) of PERSON entities. Returns the actor id of
    each linked person by its first token, for the entity list.
    """
    linked: dict[int, str] = {}
    by_surname: dict[str, Affiliation] = {}
    for start, end, ent_id in persons:
        if all(t.lower_ in ROLE_NOUNS for t in ctx.doc[start:end]):
            continue  # spaCy's PERSON "Shari" in "religious advisor (Shari)" is a title
        surname = ctx.doc[end - 1].text.lower()
        found = _before(ctx, start) or _after(ctx, end) or _known(ctx, start, end, ent_id) or by_surname.get(surname)
        if found is None:
            continue
        by_surname.setdefault(surname, found)
        if ctx.add(start, end, found.actor_id, "person", role=found.role):
            linked[start] = found.actor_id
    return linked


def _known(ctx: DocContext, start: int, end: int, ent_id: str) -> Affiliation | None:
    person = None
    if ent_id.startswith(PERSON_PREFIX):
        person = ctx.kb.people.get(ent_id[len(PERSON_PREFIX) :])
    if person is None:
        first, last = ctx.doc[start], ctx.doc[end - 1]
        found = ctx.kb.lookup_person(ctx.text[first.idx : last.idx + len(last.text)])
        person = found[0] if len(found) == 1 else None
    return Affiliation(person.actor_id, person.role) if person and person.actor_id in ctx.kb else None
