"""The NLP stage: spaCy's small English pipeline plus an entity ruler fed from the gazetteer and
the actor knowledge base.

spaCy alone tags "Manbij" as PRODUCT and "Tall Abyad" as PERSON and splits "Islamic" / "State";
the ruler runs before the statistical NER, which keeps the ruler's spans and labels the rest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faultlines.config import Settings
from faultlines.errors import ResourceError

if TYPE_CHECKING:
    from faultlines.gazetteer.index import Gazetteer
    from faultlines.stages.actors import ActorKB

NAME = "faultlines.nlp.v1"


def load_spacy(model: str) -> Any:
    import spacy

    try:
        return spacy.load(model)
    except OSError as e:
        raise ResourceError("E501", {"model": model}) from e


def build_nlp(settings: Settings, *, gazetteer: Gazetteer | None, actors: ActorKB | None) -> Any:
    """spaCy with place and actor names marked before ``ner``, which keeps them.

    Place names are phrase patterns in spaCy's entity ruler (cheap to match), made with the
    tokenizer alone and cached in ``settings.data_dir`` with the patterns themselves, keyed by
    :func:`places_source` (see :mod:`.phrase_ruler`). Actor names
    are token patterns with spelling variants; spaCy's Matcher doubled the parse time on them, so
    they go to :class:`~faultlines.actors.matcher.NameMatcher`, a dict lookup per n-gram. The
    model's own attribute ruler finds its matches the same way (:mod:`.attribute_rules`): the same
    matches at a fifth of the cost.
    """
    from faultlines.actors import matcher  # noqa: F401  (registers the "faultlines_names" factory)
    from faultlines.actors.patterns import ruler_patterns as actor_patterns
    from faultlines.stages.attribute_rules import speed_up as speed_up_attribute_ruler
    from faultlines.stages.phrase_ruler import cached_phrases  # registers "faultlines_phrase_ruler"

    nlp = load_spacy(settings.spacy_model)
    speed_up_attribute_ruler(nlp)  # the same matches, a lookup per token instead of spaCy's Matcher
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("faultlines_paragraphs", before="parser")
    if gazetteer is not None:
        ruler = nlp.add_pipe("faultlines_phrase_ruler", name="faultlines_places", before="ner")
        source, cache_dir = places_source(gazetteer), Path(settings.data_dir)
        ruler.add_phrases(*cached_phrases(nlp, source, gazetteer.ruler_patterns, cache_dir=cache_dir))
    if actors is not None:
        names = nlp.add_pipe("faultlines_names", before="ner")
        names.add_patterns(actor_patterns(actors, tokenizer=nlp.tokenizer))  # no second, blank tokenizer
    return nlp


def places_source(gazetteer: Gazetteer) -> str:
    """What the place patterns are made from, cheaply: the index's sources (its version, or the
    GeoNames file imported), its size and a digest of its main names, feature codes and countries
    (another import gives another), and the code and data ``ruler_patterns`` runs on."""
    table = gazetteer.table
    digest = hashlib.sha1()
    for column in (table.name, table.fcode, table.country):
        digest.update("\x1f".join(column).encode("utf-8", "surrogatepass"))
        digest.update(b"\x1e")
    return f"{table.source}|{len(table)}|{digest.hexdigest()}|{places_rules_fingerprint()}"


# What the place patterns depend on besides the index: the gazetteer's code (``ruler_patterns``),
# the word lists it leaves out (lang) and the project's aliases (data). Not the other rules: an
# edit of the event rules need not cost the next start the making of 28k patterns (some 7 s).
PLACE_PATTERN_PARTS = ("gazetteer", "lang", "data")


@lru_cache(maxsize=1)
def places_rules_fingerprint() -> str:
    """The installed package's :func:`parts_fingerprint` of ``PLACE_PATTERN_PARTS`` (once per process)."""
    from faultlines.versioning import PACKAGE

    return parts_fingerprint(PACKAGE, PLACE_PATTERN_PARTS)


def parts_fingerprint(root: Path, parts: tuple[str, ...]) -> str:
    """A hash of the names and contents of the rule files under ``root`` in the given top-level parts."""
    from faultlines.versioning import extraction_files

    digest = hashlib.sha1()
    for path in extraction_files(root):
        name = path.relative_to(root)
        if name.parts[0] in parts:
            digest.update(name.as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


_SHORT_LINE = 50  # a headline, a byline: shorter than any hard-wrapped line of a paragraph
_LINE_ENDS = frozenset('.!?:"\u201d\u2019)')


def _register_paragraphs() -> None:
    """The "faultlines_paragraphs" component: a sentence starts at each new paragraph.

    The parser runs sentences across line breaks, so a headline, a byline and a dateline with no
    full stop between them became one "sentence" and evidence spans began at the title. A blank
    line always starts a sentence; a single line break does after a short line or one that ends
    like a sentence (a hard-wrapped paragraph breaks mid-sentence at long lines only).
    """
    from spacy.language import Language

    if "faultlines_paragraphs" in Language.factories:
        return

    @Language.component("faultlines_paragraphs")
    def paragraphs(doc: Any) -> Any:
        text = doc.text
        previous_end = None  # end of the last word (not whitespace) seen
        starts = []
        for token in doc:
            if token.is_space:
                continue
            if previous_end is not None and _new_paragraph(text, previous_end, token.idx):
                starts.append(token.i)
            previous_end = token.idx + len(token)
        if starts:
            _start_sentences(doc, starts)
        return doc


def _start_sentences(doc: Any, starts: list[int]) -> None:
    """Each token of ``starts`` starts a sentence, all set at once: ``token.is_sent_start = True``
    checks the whole document for a parse on every call, so a long report's time grew with its
    square."""
    from spacy.attrs import SENT_START

    values = doc.to_array(SENT_START)
    values[starts] = 1
    doc.from_array([SENT_START], values)


def _new_paragraph(text: str, previous_end: int, start: int) -> bool:
    gap = text[previous_end:start]
    if gap.count("\n") >= 2:
        return True
    if "\n" not in gap:
        return False
    line = text[text.rfind("\n", 0, previous_end) + 1 : previous_end].strip()
    return len(line) < _SHORT_LINE or line[-1:] in _LINE_ENDS


_register_paragraphs()


def parse(nlp: Any, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Any]:
    """Parse texts in batches (nlp.pipe is several times faster than one call per text)."""
    yield from nlp.pipe(texts, batch_size=batch_size)
