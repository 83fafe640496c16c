"""Editing the analyst's actor file: add an actor, or names and facts to one.

The bundled file is never written. An entry in the user file with the id of a bundled actor is
merged over it when the knowledge base loads (see :func:`faultlines.actors.kb.ActorKB.load`).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from faultlines.actors.entries import merge_mapping
from faultlines.actors.kb import BUNDLED, ActorKB, read_file, user_file
from faultlines.config import Settings

_LIST_KEYS = ("aliases", "acronyms", "ambiguous", "nominals", "self_names", "countries")


def _rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    return read_file(path) if path.exists() else {"actors": [], "people": []}


def add_to_user_file(settings: Settings, actor_id: str, values: dict[str, Any]) -> tuple[Path, list[str]]:
    """Merge `values` into the user file's entry `actor_id`; return the file and what is wrong.

    Nothing is written when the resulting knowledge base has a problem involving this actor.
    """
    path = user_file(settings)
    bundled, user = read_file(BUNDLED), _rows(path)
    values = {k: list(v) if k in _LIST_KEYS else v for k, v in values.items()}
    known = {str(a.get("id")) for a in bundled["actors"]}
    existing = next((a for a in user["actors"] if str(a.get("id")) == actor_id), None)
    if existing is None and actor_id not in known and not values.get("name"):
        raise ValueError(f"actor {actor_id} is new: give it a --name")
    row = merge_mapping(existing or {"id": actor_id}, values)
    user["actors"] = [a for a in user["actors"] if str(a.get("id")) != actor_id] + [row]
    merged = {str(a["id"]): dict(a) for a in bundled["actors"]}
    for a in user["actors"]:
        key = str(a["id"])
        merged[key] = merge_mapping(merged[key], a) if key in merged else dict(a)
    kb = ActorKB.from_mappings(merged.values(), [*bundled["people"], *user["people"]], sources=(str(path),))
    problems = [p for p in kb.validate() if actor_id in p]
    if not problems:
        _write(path, user)
    return path, problems


def _write(path: Path, data: dict[str, list[dict[str, Any]]]) -> None:
    """Write atomically, so a crash never leaves half a file the pipeline then fails to read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "# Faultlines actors added by the analyst; merged over the bundled knowledge base.\n"
    text += yaml.safe_dump({k: v for k, v in data.items() if v}, sort_keys=False, allow_unicode=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".actors-", suffix=".yaml")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)
