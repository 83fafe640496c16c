"""spaCy's entity ruler, with phrase patterns made by the tokenizer alone and cached.

``EntityRuler.add_patterns`` runs every component before the ruler (tok2vec, tagger, parser...)
over each phrase pattern: for the gazetteer's 28k names that was 12 of the 13 seconds every
command paid before its first document. The ruler's phrase matcher compares ORTH, the token
text, which only the tokenizer decides; so each pattern's ORTH ids (what the phrase matcher
reads from the pattern's Doc) are computed with the tokenizer alone and given to the phrase
matcher directly, the form spaCy itself restores a pickled ``PhraseMatcher`` from. The patterns
and their ids are cached under ``Settings.data_dir``, keyed by the tokenizer and by what the
patterns are made from. Matching and the choice among overlapping matches stay spaCy's own code.

Example::

    ruler = nlp.add_pipe("faultlines_phrase_ruler", name="faultlines_places", before="ner")
    ruler.add_phrases(*cached_phrases(nlp, "places v3", make_patterns, cache_dir=Path(data_dir)))
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler

log = logging.getLogger(__name__)

CACHE_PREFIX = "ruler-phrases-"
CACHE_FORMAT = "patterns-orth-ids-1"  # what a cache file holds; in its key, so no format reads another
_STALE_S = 24 * 3600
_ORTH_ATTRS = (None, "ORTH")  # the attributes the tokenizer alone decides

Phrase = dict[str, Any]  # {"label": ..., "pattern": "a name", "id": optional}


class PhraseRuler(EntityRuler):
    """An ``EntityRuler`` that also takes phrase patterns as ORTH ids (see the module doc)."""

    def add_phrases(self, patterns: Sequence[Phrase], orths: Sequence[Sequence[int]]) -> None:
        """Add phrase patterns whose tokens' ORTH ids are given, as ``add_patterns`` would.

        Added in the given order, as ``add_patterns`` adds them, so that phrases sharing their
        words (a town and a region of one name) are stored as spaCy would store them.
        """
        if self.phrase_matcher_attr not in _ORTH_ATTRS:  # e.g. LEMMA needs the other components
            self.add_patterns(list(patterns))
            return
        labels: dict[tuple[str, str], str] = {}  # (label, id) -> the ruler's key, made once each
        keyed = []
        for pattern, ids in zip(patterns, orths, strict=True):
            label, ent_id = pattern["label"], pattern.get("id")
            if ent_id:
                label = labels.get((label, ent_id)) or self._id_label(label, ent_id, labels)
            self.phrase_patterns[label].append(pattern["pattern"])
            if ids:  # spaCy skips an empty pattern Doc too
                keyed.append((label, ids))
        for label, run in groupby(keyed, key=lambda item: item[0]):  # consecutive runs keep the order
            self.phrase_matcher.add(label, [ids for _, ids in run])

    def _id_label(self, label: str, ent_id: str, labels: dict[tuple[str, str], str]) -> str:
        """The key of a label with an id, registered as ``add_patterns`` registers it."""
        key = self._create_label(label, ent_id)
        self._ent_ids[self.nlp.vocab.strings.add(key)] = (label, ent_id)
        labels[(label, ent_id)] = key
        return key

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The patterns as ``add_patterns`` takes them, phrases added as texts included (so
        ``to_disk`` and ``from_disk`` keep working)."""
        found = []
        for group in (self.token_patterns, self.phrase_patterns):
            for label, items in group.items():
                ent_label, ent_id = self._split_label(label)
                for item in items:
                    entry = {"label": ent_label, "pattern": getattr(item, "text", item)}  # a Doc or a text
                    if ent_id:
                        entry["id"] = ent_id
                    found.append(entry)
        return found


@Language.factory(
    "faultlines_phrase_ruler", default_config={"overwrite_ents": False}, assigns=["doc.ents", "token.ent_type"]
)
def make_phrase_ruler(nlp: Language, name: str, overwrite_ents: bool) -> PhraseRuler:
    return PhraseRuler(nlp, name, overwrite_ents=overwrite_ents, validate=False)


def cached_phrases(
    nlp: Language, source: str, make: Callable[[], Sequence[Phrase]], *, cache_dir: Path | None
) -> tuple[list[Phrase], list[list[int]]]:
    """The phrase patterns ``make()`` returns and the ORTH ids of their tokens; both from the
    cache when this tokenizer made them from the same ``source`` before.

    ``source`` names what the patterns are made from and must change whenever ``make()``'s
    result would (for the places: the index's version and contents, and the rules' code).
    """
    path = cache_dir / f"{CACHE_PREFIX}{_cache_key(nlp, source)}.pickle" if cache_dir else None
    cached = _read(path) if path else None
    if cached is not None:
        return cached
    patterns = list(make())
    orths = [[token.orth for token in nlp.make_doc(pattern["pattern"])] for pattern in patterns]
    if path:
        _write(path, (patterns, orths))
    return patterns, orths


def _cache_key(nlp: Language, source: str) -> str:
    """Changes with spaCy (its string hashes too), the tokenizer's rules and exceptions, and
    what the patterns are made from."""
    digest = hashlib.sha1(f"{CACHE_FORMAT}\0{spacy.__version__}\0{source}\0".encode())
    digest.update(nlp.tokenizer.to_bytes(exclude=["vocab"]))
    return digest.hexdigest()[:16]


def _read(path: Path) -> tuple[list[Phrase], list[list[int]]] | None:
    try:
        with path.open("rb") as f:
            patterns, orths = pickle.load(f)
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError) as e:  # rebuilt, not fatal
        log.warning("ignoring the unreadable ruler cache %s (%s); rebuilding it", path, e)
        return None
    if not isinstance(patterns, list) or not isinstance(orths, list) or len(patterns) != len(orths):
        log.warning("ignoring the ruler cache %s: patterns and token ids do not pair up; rebuilding it", path)
        return None
    return patterns, orths


def _write(path: Path, phrases: tuple[list[Phrase], list[list[int]]]) -> None:
    """Atomically, so a parallel worker never reads half a file; an unwritable folder only costs
    the next start the making again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(phrases, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as e:
        log.warning("could not cache the ruler in %s (%s): each start makes it again (about 1.5 s)", path.parent, e)
        return
    _prune(path)


def _prune(kept: Path) -> None:
    """Drop caches of this kind unused for a day: each upgrade of the rules makes a new one. (A
    version still running somewhere only makes its own again, once.)"""
    stale = time.time() - _STALE_S
    for other in kept.parent.glob(f"{CACHE_PREFIX}*"):
        with contextlib.suppress(OSError):  # another process pruned it first
            if other != kept and other.stat().st_atime < stale and other.stat().st_mtime < stale:
                other.unlink()
