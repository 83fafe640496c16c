"""Factions: the parts of one actor that a text sets apart by origin, nationality or rank.

"the group's foreign militants" -> faction "foreign fighters" of the group; "their Syrian and
Iraqi counterparts" -> "Syrian and Iraqi fighters"; "ISIS leadership" -> "leadership"; "the
Turkmen ... the fighters from Kavkaz" -> "Turkmen", "Chechen/Caucasus fighters".

The parent is the actor the phrase itself names (a possessor, a name inside the phrase, "of the
group") or, failing that, the most salient non-state armed group. A parent found by salience
needs support: an origin word that only makes sense inside a group ("foreign", "local"), a rank
with a determiner ("the leadership"), or a sentence about sides ("rift", "counterparts", another
faction nearby). A bare "locals" without that support is left to the civilians rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from faultlines.actors.context import DocContext
from faultlines.actors.countries import DEMONYMS, country_of
from faultlines.actors.reference import POSSESSIVES, add_pronoun, resolve_description, resolve_description_ending
from faultlines.actors.words import nationality_adjective
from faultlines.lang.en.actors import (
    BARE_ORIGIN_NOUNS,
    CAUCASUS,
    FACTION_CONTEXT,
    FACTION_LINKERS,
    FOREIGN,
    FOREIGN_PLACES,
    LOCAL,
    MEMBER_NOUNS,
    ORIGIN_WORDS,
    PARENT_PREPOSITIONS,
    RANK_MODIFIERS,
    RANK_NOUNS,
)

_SHORT = {FOREIGN: "foreign", LOCAL: "local", CAUCASUS: "Chechen/Caucasus"}
HEADING_TOKENS = 8


@dataclass
class Phrase:
    """What one faction phrase says: its tokens, origins, rank and the parent it names."""

    head: int
    start: int
    end: int
    origins: list[str]
    rank: str | None
    parent: str | None = None
    supported: bool = False  # an origin or rank that needs no context
    described_at: int | None = None  # the first token of "the group" when that gave the parent


def origin_of(word: str) -> str | None:
    """The origin a word gives ("Syrian" -> "Syrian", "foreigners" -> "foreign")."""
    label = ORIGIN_WORDS.get(word.lower())
    if label:
        return _SHORT.get(label, label.removesuffix(" fighters"))
    return nationality_adjective(word)


def faction_label(origins: list[str], rank: str | None) -> str | None:
    """ "foreign fighters", "Syrian and Iraqi fighters", "Turkmen", "foreign leadership", "commanders"."""
    names = list(dict.fromkeys(origins))
    if rank:
        return " ".join([" and ".join(names), rank]).strip()
    if not names:
        return None
    return "Turkmen" if names == ["Turkmen"] else " and ".join(names) + " fighters"


def _left(ctx: DocContext, head: int, phrase: Phrase) -> int:
    """Read the modifiers left of the head; return where the phrase stops (a possessor, a determiner)."""
    doc, j, interrupted = ctx.doc, head - 1, False
    while j >= 0 and ctx.sentence(j) == ctx.sentence(head):
        token = doc[j]
        covering = ctx.covering_at(j)
        if covering is not None:
            start, end, mention = covering
            attached = start <= doc[end - 1].head.i <= head or doc[end - 1].head.i in range(end, head + 1)
            if mention.how != "name" or not attached or phrase.parent or token.tag_ == "POS":
                return j
            phrase.parent, interrupted = mention.actor_id, True  # "ISIS foreign fighters", "the local IS militants"
            j = start - 1
            continue
        origin, rank = origin_of(token.text), RANK_MODIFIERS.get(token.lower_)
        if origin:
            phrase.origins.insert(0, origin)
        elif rank:
            phrase.rank = phrase.rank or rank
        elif token.tag_ == "POS" or (token.lower_ not in FACTION_LINKERS and token.pos_ not in ("ADJ", "NOUN")):
            return j
        if (origin or rank) and not interrupted:
            phrase.start = j
        j -= 1
    return j


def _possessor(ctx: DocContext, stop: int, phrase: Phrase) -> None:
    """ "its", "their", "the group's", "ISIS'" right before the phrase: that is the parent."""
    doc = ctx.doc
    if stop < 0 or phrase.parent:
        return
    token = doc[stop]
    if token.lower_ in POSSESSIVES:
        mention = add_pronoun(ctx, stop, whole=False)
        phrase.parent = mention.actor_id if mention else None
        return
    if token.tag_ == "POS" or token.text in ("’", "'"):
        owner = stop - 1
        if owner >= 0 and not ctx.free(owner, owner + 1):
            mention = ctx.mention_at(owner)
            phrase.parent = mention.actor_id if mention.how in ("name", "reference") else None
            return
        described = resolve_description_ending(ctx, owner)
        phrase.parent = described.actor_id if described else None
        if described is not None:
            phrase.described_at = ctx.covering_at(owner)[0]


def _right_origin(ctx: DocContext, phrase: Phrase) -> None:
    """ "fighters from Kavkaz", "recruits from other countries": an origin after the head."""
    doc, k = ctx.doc, phrase.head + 1
    if k >= len(doc) or doc[k].lower_ != "from":
        return
    for m in range(k + 1, min(k + 5, len(doc))):
        found = origin_of(doc[m].text) or ("foreign" if doc[m].lower_ in FOREIGN_PLACES else None)
        code = country_of(doc[m].text) if not found and doc[m].text[:1].isupper() else None
        if code:
            found = nationality_adjective(next((w for w, c in DEMONYMS.items() if c == code), ""))
        if found and ctx.free(k, m + 1):
            phrase.origins.append(found)
            phrase.end = m + 1
            return


def _right_parent(ctx: DocContext, phrase: Phrase) -> None:
    """ "members of the IS", "foreign fighters of the group", "figures within ISIS"."""
    doc, k = ctx.doc, phrase.end
    if phrase.parent or k >= len(doc) or doc[k].lower_ not in PARENT_PREPOSITIONS:
        return
    for m in range(k + 1, min(k + 4, len(doc))):
        if not ctx.free(m, m + 1):
            mention = ctx.mention_at(m)
            if mention.how in ("name", "reference") and ctx.is_organisation(mention.actor_id):
                phrase.parent = mention.actor_id
            return
        described = resolve_description(ctx, m)
        if described is not None:
            phrase.parent = described.actor_id
            phrase.described_at = m
            return


def _context(ctx: DocContext, head: int) -> bool:
    """A sentence about sides inside a group: the words say so, or a faction of origin is near."""
    here = ctx.sentence(head)
    sentence = ctx.sents[here]
    if any(t.lower_ in FACTION_CONTEXT for t in sentence):
        return True
    previous = ctx.sents[here - 1] if here > 0 else None
    if previous is not None and len(previous) <= HEADING_TOKENS and any(t.lower_ in FACTION_CONTEXT for t in previous):
        return True  # a heading such as "Internal dispute" sets the topic of what follows
    near = range(ctx.sents[max(0, here - 1)].start, ctx.sents[min(len(ctx.sents) - 1, here + 1)].end)
    return any(
        m.how == "faction" and m.faction and origin_class(m.faction) != "rank" and start == k
        for k in near
        for start, _, m in [ctx._covering.get(k) or (-1, -1, None)]
        if m is not None
    )


def read_phrase(ctx: DocContext, head: int) -> Phrase | None:
    token = ctx.doc[head]
    low = token.lower_
    phrase = Phrase(head=head, start=head, end=head + 1, origins=[], rank=RANK_NOUNS.get(low))
    if low in BARE_ORIGIN_NOUNS or (token.tag_ in ("NNPS", "NNS") and nationality_adjective(token.text)):
        phrase.origins.append(origin_of(token.text) or "")
    elif low not in MEMBER_NOUNS and not phrase.rank:
        return None
    stop = _left(ctx, head, phrase)
    _right_origin(ctx, phrase)
    if faction_label([o for o in phrase.origins if o], phrase.rank) is None:
        return None  # "ISIS fighters", "its fighters": members, not a faction (and nothing resolved yet)
    _possessor(ctx, stop, phrase)
    _right_parent(ctx, phrase)
    determiner = (
        stop >= 0 and ctx.doc[stop].lower_ in ("the", "its", "their", "these", "those")
    ) or phrase.start < head
    bare = low in BARE_ORIGIN_NOUNS or (low not in MEMBER_NOUNS and not phrase.rank)
    phrase.supported = (not bare and bool({"foreign", "local"} & set(phrase.origins))) or (
        bool(phrase.rank) and determiner
    )
    return phrase


def find_factions(ctx: DocContext) -> None:
    """Two passes: a faction found later in a sentence is context for one before it."""
    plural = ("NNS", "NNPS")
    heads = [
        t.i
        for t in ctx.doc
        if (t.lower_ in MEMBER_NOUNS and t.tag_ in plural)
        or t.lower_ in RANK_NOUNS
        or t.lower_ in BARE_ORIGIN_NOUNS
        or (t.tag_ in plural and nationality_adjective(t.text))
    ]
    for _ in range(2):
        for head in heads:
            if ctx.free(head, head + 1):
                _add_faction(ctx, head)


def _add_faction(ctx: DocContext, head: int) -> None:
    phrase = read_phrase(ctx, head)
    if phrase is None:
        return
    label = faction_label([o for o in phrase.origins if o], phrase.rank)
    if label is None:
        return
    parent = phrase.parent
    by_salience = parent is None and (phrase.supported or _context(ctx, head))
    if by_salience:
        parent = ctx.salient(head, ctx.is_group)
    if parent is None or not ctx.is_armed(parent):
        return
    start = phrase.start if ctx.free(phrase.start, phrase.end) else head
    if ctx.add(start, phrase.end, parent, "faction", faction=label) is None:
        return
    if phrase.described_at is not None:
        ctx.parent_given_by[phrase.described_at].append(start)
    elif by_salience:
        ctx.parent_by_salience.add(start)


def origin_class(label: str) -> str | None:
    """ "foreign", "local" or "rank" for a faction label, when the label says which."""
    if label.startswith("foreign"):
        return "foreign"
    if label.startswith("local"):
        return "local"
    if label in ("leadership", "commanders", "officials", "rank and file"):
        return "rank"
    return None


def origin_relative(label: str, countries: tuple[str, ...]) -> str | None:
    """ "foreign" or "local" for a faction of a group active in `countries`, "rank", or None.

    "Syrian and Iraqi fighters" of a group active in Syria and Iraq are local; "Tunisian
    fighters" foreign. Ethnic labels ("Turkmen") stay None: Turkmen are also Iraqis and Syrians.
    """
    fixed = origin_class(label)
    if fixed:
        return fixed
    if label == CAUCASUS:
        return None if "RU" in countries else "foreign"
    if label == "Turkmen":
        return None
    codes = {DEMONYMS.get(word.lower()) for word in label.removesuffix(" fighters").split(" and ")}
    if None in codes or not countries:
        return None
    return "local" if codes <= set(countries) else "foreign" if not codes & set(countries) else None
