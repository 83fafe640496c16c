"""What the extraction's results depend on, as one fingerprint of file contents.

The stages' results change when their code or their rule data change (a word list, a pattern
file, the actor knowledge base, the place aliases), not only when a stage's name does. The
fingerprint hashes every source and data file of the packages the extraction runs on, so an
upgrade that edits any rule makes the next ``ingest`` redo the documents stored before it.
Reading them takes a few milliseconds and no model.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent

# The parts of the package the per-document extraction runs on (what a stored result depends
# on). The store, the CLI, the web app, exports and the cross-document step are left out: they
# read results, they do not make them.
EXTRACTION_PARTS = (
    "actors",
    "attribution",
    "dates",
    "data",
    "events",
    "gazetteer",
    "lang",
    "stages",
    "analysis.py",
    "numbers.py",
    "ontology.py",
    "pipeline.py",
    "records.py",
)
_SUFFIXES = frozenset({".py", ".json", ".yaml", ".yml", ".txt", ".tsv", ".csv"})


def extraction_files(root: Path = PACKAGE) -> list[Path]:
    """The source and data files the fingerprint covers, in a stable order."""
    files: list[Path] = []
    for part in EXTRACTION_PARTS:
        path = root / part
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(
                p for p in path.rglob("*") if p.is_file() and p.suffix in _SUFFIXES and "__pycache__" not in p.parts
            )
    return sorted(files)


def fingerprint(root: Path) -> str:
    """A hash of the names and contents of :func:`extraction_files` under ``root``."""
    digest = hashlib.sha1()
    for path in extraction_files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """The installed package's fingerprint (computed once per process)."""
    return fingerprint(PACKAGE)
