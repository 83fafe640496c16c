"""References to actors: "the group", "the militants", "its leader", "they".

A light, explainable resolver:

* a definite description ("the group", "the militant group", "the jihadists") means the most
  salient non-state armed group at that point (recent and frequent mentions weigh most), among
  those the text has already called by its head noun when there are any ("IS militants" ...
  "the militants");
* a pronoun takes the nearest earlier noun phrase that agrees with it in number, looking at
  subjects first, within its own sentence and the two before (an object pronoun never takes the
  subject of its own verb: "expelled them"). It is resolved only if that noun phrase is itself
  a mention of an actor or faction, so "its countryside" after "the city" stays unresolved;
* a possessive whose noun is something an armed group has ("its leadership", "their
  fighters", "its defeat") takes the most salient armed actor before it.

Descriptions and pronouns are read in one pass, in text order, so each counts the references
before it; one read early, as a faction's parent, is read again when the pass reaches it.
"""

from __future__ import annotations

from typing import Any

from faultlines.actors.context import DocContext
from faultlines.analysis import ActorMention
from faultlines.lang.en.actors import (
    DESCRIPTION_DETERMINERS,
    DESCRIPTION_MODIFIERS,
    GROUP_HEADS,
    GROUP_POSSESSIONS,
    MEMBER_NOUNS,
    MILITANT_HEADS,
    PLURAL_PRONOUNS,
    PREVENTED_MODALS,
)

SINGULAR_PRONOUNS = frozenset({"it", "its", "itself"})
_ALL_PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS
_HEADS = GROUP_HEADS | MILITANT_HEADS
POSSESSIVES = frozenset({"its", "their"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
WINDOW = 2  # sentences looked back
Resolution = tuple[str, str | None]  # (actor id, faction label)


def description_at(ctx: DocContext, i: int) -> tuple[int, int] | None:
    """The tokens of a description starting at token i ("the hard-line group", "militants")."""
    doc = ctx.tokens
    if doc[i].lower_ in MILITANT_HEADS and doc[i].tag_ == "NNS" and not _qualified(ctx, i):
        return (i, i + 1)
    if doc[i].lower_ not in DESCRIPTION_DETERMINERS:
        return None
    j = i + 1
    while j < len(doc) and doc[j].lower_ in DESCRIPTION_MODIFIERS:
        j += 1
    if j < len(doc) and doc[j].lower_ in _HEADS and doc[j].tag_ in ("NN", "NNS"):
        return (i, j + 1)
    return None


def _qualified(ctx: DocContext, i: int) -> bool:
    """A bare "militants" preceded by a word that says whose ("Kurdish", "ISIS", "the", "their")."""
    if i == 0:
        return False
    left = ctx.tokens[i - 1]
    named = left.ent_type_ not in ("", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL", "PERCENT", "MONEY")
    return (not ctx.free(i - 1, i)) or named or left.pos_ in ("PROPN", "DET", "PRON") or left.tag_ == "POS"


def resolve_description(ctx: DocContext, i: int) -> ActorMention | None:
    """Record and return the mention of a description at token i, if the group is clear."""
    span = description_at(ctx, i)
    if span is None or not ctx.free(*span) or _owner_named(ctx, span[1] - 1):
        return None
    actor_id = _meant(ctx, span)
    return ctx.add(span[0], span[1], actor_id, "reference") if actor_id else None


def _meant(ctx: DocContext, span: tuple[int, int]) -> str | None:
    called = _called_so(ctx, span)
    return ctx.salient(span[0], (lambda a: a in called) if called else ctx.is_group)


def _revise_early_description(ctx: DocContext, i: int) -> None:
    """A description read early, as a faction's parent ("foreign members of the group"), saw only
    the names before it; read again in order, with the references before it, it may mean another
    group. The factions it gave a parent follow it. So does a faction whose parent was the salient
    group ("and Iraqi fighters")."""
    entry = ctx.covering_at(i)
    if entry is None or entry[0] != i:
        return
    if i in ctx.parent_by_salience:
        actor_id = ctx.salient(i, ctx.is_group)
        if actor_id is not None:
            ctx.reassign(i, actor_id)
        return
    if entry[2].how != "reference" or i not in ctx.parent_given_by:
        return
    span = description_at(ctx, i)
    if span is None or span[1] != entry[1]:
        return
    actor_id = _meant(ctx, span)
    if actor_id is None or actor_id == entry[2].actor_id:
        return
    for token in (i, *ctx.parent_given_by[i]):
        ctx.reassign(token, actor_id)


def _called_so(ctx: DocContext, span: tuple[int, int]) -> set[str]:
    """The groups the text has already called by the description's head noun: named before it
    ("35 IS militants" for "the militants") or meant by the same description earlier. A report
    calls one side "the militants" and the other "the alliance"; salience alone would give "the
    militants" to whichever group was named last."""
    lemma = ctx.tokens[span[1] - 1].lemma_.lower()
    called = set()
    for start, end, mention in ctx.found_before(span[0]):
        if not ctx.is_group(mention.actor_id):
            continue
        if mention.how == "name" and end < len(ctx.tokens) and ctx.tokens[end].lemma_.lower() == lemma:
            called.add(mention.actor_id)  # the name as the head's modifier: "Islamic State militants"
        elif mention.how == "reference" and end - start > 1 and ctx.tokens[end - 1].lemma_.lower() == lemma:
            called.add(mention.actor_id)  # an earlier "the militants"
    return called


def resolve_description_ending(ctx: DocContext, j: int) -> ActorMention | None:
    """The description whose last token is j ("the group" in "the group's leader"), if any."""
    for begin in range(max(0, j - 4), j + 1):
        span = description_at(ctx, begin)
        if span is not None and span[1] == j + 1:
            return resolve_description(ctx, begin)
    return None


_OWNER_LABELS = frozenset({"ORG", "NORP", "ARMED_GROUP"})  # "fighters of Raqqa" may still be the group's


def _owner_named(ctx: DocContext, head: int) -> bool:
    """ "the fighters of the People's Protection Units": the phrase says whose they are, so they
    point back to no earlier group."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(t.ent_type_ in _OWNER_LABELS for t in prep.subtree)
        for prep in ctx.tokens[head].children
    )


def _plural(token: Any) -> bool:
    return token.tag_ in ("NNS", "NNPS") or token.lower_ in PLURAL_PRONOUNS


def _candidates(ctx: DocContext, i: int) -> list[tuple[Any, ActorMention | None]]:
    """Noun-phrase heads before token i, in the order they are tried, with their mention if any.
    Only the sentences within WINDOW of token i are read, so the cost does not grow with the text."""
    doc, here = ctx.doc, ctx.sentence(i)
    first = max(0, here - WINDOW)
    heads: dict[int, Any] = {
        root.i: root for number in range(first, here + 1) for root in ctx.chunk_roots_in(number) if root.i < i
    }
    for k in range(ctx.sents[first].start, i):
        ending = ctx.ending_at(k)
        if ending is not None and ending[0] < i:
            heads.setdefault(k, doc[k])
    ordered = []
    for back in range(WINDOW + 1):
        in_sentence = [t for k, t in heads.items() if ctx.sentence(k) == here - back and k < i and t.i != i]
        in_sentence.sort(key=lambda t: -t.i)
        ordered += [t for t in in_sentence if t.dep_ in SUBJECT_DEPS] + [
            t for t in in_sentence if t.dep_ not in SUBJECT_DEPS
        ]
    return [(t, ctx.mention_at(t.i)) for t in ordered]


def _agrees(pronoun: Any, head: Any, mention: ActorMention | None) -> bool:
    if pronoun.lower_ in PLURAL_PRONOUNS:
        return _plural(head) or (mention is not None and mention.how in ("name", "reference"))
    if mention is not None and mention.how == "faction":
        return False
    return head.tag_ in ("NN", "NNP") or head.lower_ in SINGULAR_PRONOUNS


def _own_subject(pronoun: Any, head: Any) -> bool:
    """Whether `head` is the subject of the verb an object pronoun depends on (or of its conjunct)."""
    if pronoun.dep_ in SUBJECT_DEPS or pronoun.lower_ in POSSESSIVES:
        return False
    verbs = {pronoun.head, pronoun.head.head} if pronoun.head.dep_ == "conj" else {pronoun.head}
    return head.dep_ in SUBJECT_DEPS and head.head in verbs


def _expletive(pronoun: Any) -> bool:
    """The "it" of "it is alleged that ...", "it is hard to ...": no antecedent at all."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in SUBJECT_DEPS:
        return False
    verb = pronoun.head
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > verb.i for c in verb.children)
    return clause and (verb.tag_ == "VBN" or verb.lemma_ in ("be", "seem", "appear", "remain"))


def _prevented(pronoun: Any) -> Any:
    """ "arresting two men before they could detonate them": the subject of "before ... could" is
    who was stopped, the object of the verb that stopped them (not its subject)."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or pronoun.lower_ not in _ALL_PRONOUNS:
        return None
    before = any(c.dep_ == "mark" and c.lower_ == "before" for c in clause.children)
    could = any(c.dep_ == "aux" and c.lower_ in PREVENTED_MODALS for c in clause.children)
    if not (before and could):
        return None
    stopped = [c for c in clause.head.children if c.dep_ == "dobj" and c.i < pronoun.i]
    return stopped[0] if stopped and _plural(stopped[0]) == _plural(pronoun) else None


def resolve_pronoun(ctx: DocContext, i: int) -> Resolution | None:
    """What actor (and faction) the pronoun at token i means, or None when the text does not say."""
    pronoun = ctx.tokens[i]
    if pronoun.lower_ not in _ALL_PRONOUNS or _expletive(pronoun):
        return None
    if pronoun.lower_ in POSSESSIVES and pronoun.head.lower_ in GROUP_POSSESSIONS:
        # "its leadership", "their fighters": only armed actors have those; take the salient one
        actor_id = ctx.salient(i, ctx.is_armed, ahead=False)
        return (actor_id, None) if actor_id else None
    prevented = _prevented(pronoun)
    if prevented is not None:
        mention = ctx.mention_at(prevented.i)
        if mention is None or mention.how in ("person", "generic"):
            return None
        return (mention.actor_id, mention.faction)
    for head, mention in _candidates(ctx, i):
        if i in range(head.left_edge.i, head.right_edge.i + 1) and head.i != i:
            continue  # the phrase the pronoun sits in ("the authority of its leadership")
        if not _agrees(pronoun, head, mention) or _own_subject(pronoun, head):
            continue
        if mention is None or mention.how in ("person", "generic"):
            return None
        return (mention.actor_id, mention.faction)
    return None


def add_pronoun(ctx: DocContext, i: int, *, whole: bool = True) -> ActorMention | None:
    """Resolve the pronoun at token i and record it; with `whole`, "its own soldiers" is one mention."""
    if not ctx.free(i, i + 1):
        return None
    resolved = resolve_pronoun(ctx, i)
    if resolved is None:
        return None
    actor_id, faction = resolved
    pronoun = ctx.tokens[i]
    end = i + 1
    owned = pronoun.head
    if whole and pronoun.lower_ in POSSESSIVES and owned.lower_ in MEMBER_NOUNS and i < owned.i <= i + 3:
        end = owned.i + 1 if ctx.free(i, owned.i + 1) else end
    return ctx.add(i, end, actor_id, "reference", faction=faction)


def find_references(ctx: DocContext) -> None:
    """Descriptions and pronouns in one pass, left to right: each sees every reference before it,
    so a group kept up by "it" and "its" stays the salient one for a later "the group"."""
    for i, token in enumerate(ctx.tokens):
        _revise_early_description(ctx, i)
        if resolve_description(ctx, i) is None and token.lower_ in _ALL_PRONOUNS:
            add_pronoun(ctx, i)
