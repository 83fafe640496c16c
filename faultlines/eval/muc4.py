"""MUC-4 role-filler entity extraction: reader and CEAF-REE scorer (Du, Rush & Cardie, EACL 2021).

Each document has, per role (PerpInd, PerpOrg, Target, Victim, Weapon), a list of gold entities,
each a list of coreferent mentions. A predicted entity (one mention) matches a gold entity when
its normalised text is one of that entity's mentions; per document and role, predicted and gold
entities are aligned one to one to maximise matches (CEAF with the REE similarity), and micro
precision, recall and F1 are summed over documents and roles. Normalisation is SQuAD's: lower
case, no punctuation, no articles, single spaces.

Faultlines' predictions come from its events (see :func:`roles_of`): perpetrators split into
individuals and organisations, victims, targets and weapons, from events of the kinds MUC-4 codes
(attacks, bombings, kidnappings, arson and robbery), including attempted and threatened ones. The
roles stage's model fills those arguments and says in each event's ``why`` which phrases it chose
and whether a perpetrator is an organisation; its phrases are taken as written, the rules' are
trimmed to MUC-4's forms. :func:`fit_model` fits that model on the train split
(``faultlines roles fit``).

Example::

    docs = read_docs("dev.grit.jsonl")
    report = score([d.gold for d in docs], [roles_of(a.events, a.doc) for a in analyses])
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faultlines.errors import UsageError
from faultlines.events.role_features import NONE, ROLE_EVENT_TYPES, ROLE_MODALITIES, Candidate, key_of
from faultlines.lang.en import events as lx

if TYPE_CHECKING:
    from faultlines.config import Settings
    from faultlines.events.role_model import RoleModel
    from faultlines.pipeline import Pipeline
from faultlines.records import Event, Span

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
# the incidents MUC-4 templates (attack, bombing, kidnapping, arson and robbery; not battles, which
# MUC-4 leaves out) are those the roles stage gives roles to
MUC_TYPES = ROLE_EVENT_TYPES
MUC_MODALITIES = ROLE_MODALITIES
# heads that name an organisation rather than people: "the armed forces", "the police"
_ORG_HEADS = frozenset(
    "army forces force police front movement cartel party government command guard battalion brigade "
    "organization organisation group alliance unity army's military navy".split()
)
_TITLE_WORDS = (
    frozenset(
        "president candidate leader commander colonel col general gen captain major lieutenant sergeant "
        "governor mayor minister senator deputy judge priest father bishop archbishop mr mrs ms dr police "
        "department presidential chief director journalist businessman attorney ambassador councilman "
        "lawyer official member spokesman secretary vice former late head magistrate congressman "
        "councilor councillor professor rector student teacher union activist state".split()
    )
    | lx.CIVILIANS
    | lx.STATE_FORCES
    | lx.ARMED_GROUP
)

Entities = dict[str, list[list[str]]]  # role -> entities -> mentions (normalised)


@dataclass(frozen=True, slots=True)
class MucDoc:
    doc_id: str
    text: str
    gold: Entities


@dataclass(frozen=True, slots=True)
class RoleScore:
    role: str
    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Report:
    micro: RoleScore
    roles: tuple[RoleScore, ...]
    n: int


def normalise(text: str) -> str:
    """SQuAD's normalisation: lower case, no punctuation, no articles, single spaces."""
    return key_of(text)


def read_docs(path: str | Path) -> list[MucDoc]:
    """Documents of a GRIT-format MUC-4 file (``docid``, ``doctext``, ``extracts``)."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"no MUC-4 file at {path}: give a GRIT-format JSONL such as dev.grit.jsonl")
    docs = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                extracts = record["extracts"]
                gold = {
                    role: [[normalise(m[0]) for m in entity] for entity in extracts.get(role, [])] for role in ROLES
                }
                docs.append(MucDoc(record["docid"], record["doctext"], gold))
            except (json.JSONDecodeError, KeyError, TypeError, IndexError) as e:
                raise UsageError(f"{path} line {n} is not a GRIT MUC-4 record ({e}): use the *.grit.jsonl file") from e
    return docs


def _name_part(doc: Any, span: Span) -> str:
    """A person's name without the titles before it: "police commander colonel X Y" -> "X Y".

    The words before the name are the phrase's common nouns and adjectives (those the lexicons
    know, or that spaCy tags as such); MUC-4's gold fillers are the bare names.
    """
    tokens = _tokens(doc, span)
    cut = 0
    for i, token in enumerate(tokens):
        if str(token.lemma_).lower() in _TITLE_WORDS or token.pos_ in ("ADJ", "DET", "NUM", "ADP") or token.is_punct:
            cut = i + 1
    rest = tokens[cut:]
    return "".join(t.text_with_ws for t in rest).rstrip() if rest and cut else span.text


def _named(doc: Any, span: Span) -> bool:
    """MUC-4's keys list victims by name: a phrase whose last word no lexicon knows."""
    tokens = _tokens(doc, span)
    return bool(tokens) and str(tokens[-1].lemma_).lower() not in _TITLE_WORDS and tokens[-1].pos_ in ("PROPN", "NOUN")


def _bare(doc: Any, span: Span) -> str:
    """A target without the count and possessive before it: "500 houses" -> "houses"."""
    tokens = _tokens(doc, span)
    while len(tokens) > 1 and (tokens[0].pos_ in ("NUM", "PRON", "DET") or tokens[0].tag_ == "PRP$"):
        tokens = tokens[1:]
    return "".join(t.text_with_ws for t in tokens).rstrip() if tokens else span.text


def _tokens(doc: Any, span: Span) -> list[Any]:
    chunk = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(chunk) if chunk is not None else []


def _perpetrators(doc: Any, span: Span) -> list[tuple[str, str]]:
    """(role, text) of a perpetrator: an organisation, or individuals, whose organisation
    ("fmln guerrillas", "members of the front") is an organisation filler too."""
    tokens = _tokens(doc, span)
    if not tokens:
        return []
    head = max(tokens, key=lambda t: (t.head.i < tokens[0].i or t.head.i > tokens[-1].i or t.head == t, t.i))
    if str(head.lemma_).lower() in _ORG_HEADS or head.ent_type_ == "ORG":
        return [("PerpOrg", span.text)]
    found = [("PerpInd", span.text)]
    orgs = [t for t in head.children if t.dep_ in ("compound", "nmod") and str(t.lemma_).lower() not in _TITLE_WORDS]
    found.extend(("PerpOrg", str(t.subtree and doc[t.left_edge.i : t.i + 1].text)) for t in orgs)
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            found.extend(("PerpOrg", str(doc[c.left_edge.i : c.right_edge.i + 1].text)) for c in prep.children)
    return found


def roles_of(events: Iterable[Event], doc: Any) -> Entities:
    """Predicted entities per role, one normalised mention each, from a document's events.

    Mentions that name one thing are predicted once: "car bombs" and "another car bomb" share
    their lemmas; "pizarro" is the surname of "carlos pizarro".
    """
    found: dict[str, list[str]] = {role: [] for role in ROLES}
    for event in events:
        if event.sub_event_type not in MUC_TYPES or event.modality not in MUC_MODALITIES:
            continue
        args, chosen = event.arguments, _model_choices(event)
        for span in args.perpetrator:
            kind = chosen.get(("perpetrator", span.text))
            found_as = [(kind, span.text)] if kind else _perpetrators(doc, span)
            for role, text in found_as:
                found[role].append(text)
        for argument, role in (("target", "Target"), ("weapon", "Weapon")):
            spans = getattr(args, argument)
            found[role].extend(s.text if (argument, s.text) in chosen else _bare(doc, s) for s in spans)
        for s in args.victim:
            if ("victim", s.text) in chosen:
                found["Victim"].append(s.text)
            elif s not in args.perpetrator and _named(doc, s):
                found["Victim"].append(_name_part(doc, s))
    return {
        role: [[m] for m in _collapse([_unpossessed(x) for x in mentions], surnames=role == "Victim")]
        for role, mentions in found.items()
    }


# what the roles stage writes in an argument's "why" for each phrase it chose: "'fmln' organisation p=0.91"
_CHOSEN = re.compile(r"'(.*?)'(?: (organisation|individual))? p=")
_KINDS = {"organisation": "PerpOrg", "individual": "PerpInd", None: ""}


def _model_choices(event: Event) -> dict[tuple[str, str], str]:
    """(argument, text) -> role of the phrases the role model chose, as their form stands (the
    model learnt MUC-4's forms: no title to strip, no name test to pass); a perpetrator's role
    says organisation or individuals."""
    chosen = {}
    for choice in event.why:
        _, said, model = choice.rule.partition("role model: ")  # after the rules' reason, if any
        if said:
            for text, kind in _CHOSEN.findall(model):
                chosen[(choice.argument, text)] = _KINDS[kind or None]
    return chosen


_POSSESSIVES = re.compile(r"^(?:our|his|her|their|its|my|your)\s+", re.I)


def _unpossessed(text: str) -> str:
    """ "our units" -> "units": a filler names the thing, not whose it is (as articles go)."""
    return _POSSESSIVES.sub("", text.strip())


def _collapse(mentions: list[str], *, surnames: bool) -> list[str]:
    kept: dict[str, str] = {}
    for mention in map(normalise, mentions):
        words = mention.split()
        if not words:
            continue
        key = " ".join(w.rstrip("s") for w in words if w not in _FILLERS) or mention
        if surnames:
            key = words[-1]
        if key not in kept or len(mention) > len(kept[key]):
            kept[key] = mention
    return list(kept.values())


_FILLERS = frozenset({"another", "other", "some", "several", "many", "this", "that", "these", "those", "his", "her",
                      "their", "its"})  # fmt: skip


def _matches(gold: list[list[str]], predicted: list[list[str]]) -> int:
    """Size of the best one-to-one alignment (bipartite matching, augmenting paths)."""
    edges = [[g for g, entity in enumerate(gold) if any(m in entity for m in p)] for p in predicted]
    owner: dict[int, int] = {}

    def assign(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g not in seen:
                seen.add(g)
                if g not in owner or assign(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    return sum(1 for p in range(len(predicted)) if assign(p, set()))


def score(gold: Sequence[Entities], predicted: Sequence[Entities]) -> Report:
    """CEAF-REE micro scores over documents and roles, and per role."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold documents but {len(predicted)} predictions")
    roles = []
    for role in ROLES:
        matched = sum(_matches(g.get(role, []), p.get(role, [])) for g, p in zip(gold, predicted, strict=True))
        roles.append(
            RoleScore(
                role,
                matched,
                sum(len(p.get(role, [])) for p in predicted),
                sum(len(g.get(role, [])) for g in gold),
            )
        )
    micro = RoleScore(
        "micro",
        sum(r.matched for r in roles),
        sum(r.predicted for r in roles),
        sum(r.gold for r in roles),
    )
    return Report(micro=micro, roles=tuple(roles), n=len(gold))


def resolve_path(path: str | Path) -> Path:
    """A GRIT JSONL file, or a folder holding ``dev.grit.jsonl``."""
    path = Path(path)
    return path / "dev.grit.jsonl" if path.is_dir() else path


def evaluate(path: str | Path, *, limit: int | None = None, pipeline: Pipeline | None = None) -> Report:
    """Run each document of ``path`` through the product's pipeline and score its role fillers."""
    from faultlines.config import Settings
    from faultlines.pipeline import Pipeline

    docs = read_docs(resolve_path(path))[:limit]
    active = pipeline or Pipeline.from_settings(Settings())
    analyses = active.analyse((d.doc_id, d.text) for d in docs)
    return score([d.gold for d in docs], [roles_of(a.events, a.doc) for a in analyses])


# When a phrase fills several roles of one document, the role it is learnt as: an organisation's
# name before the people it sends, victims before the things hit.
_ROLE_PRIORITY = ("PerpOrg", "PerpInd", "Victim", "Target", "Weapon")


def gold_role(gold: Entities, key: str) -> str:
    """The role a candidate phrase (normalised) fills in a document's gold entities, else "None"."""
    for role in _ROLE_PRIORITY:
        if any(key in entity for entity in gold.get(role, [])):
            return role
    return NONE


def training_pairs(docs: Sequence[MucDoc], pipeline: Pipeline) -> list[list[tuple[Candidate, str]]]:
    """Per document, each candidate phrase with its gold role, read from the events the stages
    before the roles stage give (what the roles stage sees at run time)."""
    from faultlines.stages.roles import candidates_of

    analyses = pipeline.analyse((d.doc_id, d.text) for d in docs)
    return [
        [(c, gold_role(d.gold, c.key)) for c in candidates_of(a.doc, a.events)]
        for d, a in zip(docs, analyses, strict=True)
    ]


def fit_model(train: str | Path, settings: Settings | None = None) -> RoleModel:
    """The role model fitted on a GRIT MUC-4 training file, with its sha1 and thresholds inside."""
    from faultlines.config import Settings
    from faultlines.events.role_model import file_sha1, fit_roles
    from faultlines.pipeline import Pipeline
    from faultlines.stages.roles import NAME

    path = Path(train)
    docs = read_docs(path)
    settings = settings or Settings()
    before = settings.stages[: settings.stages.index(NAME)] if NAME in settings.stages else settings.stages
    pairs = training_pairs(docs, Pipeline.from_settings(settings.with_(stages=before)))
    provenance = {"fitted_on": path.name, "sha1": file_sha1(path), "documents": len(docs)}
    return fit_roles(pairs, provenance=provenance)
