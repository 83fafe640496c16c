"""Build a benchmark corpus of N distinct reports from the bundled sample reports.

Each copy varies numbers, weekdays and a few place names, so no two texts are exact duplicates
(the store keeps duplicates once, which would make an ingest benchmark measure nothing).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from faultlines.config import Settings
from faultlines.records import SourceDocument
from faultlines.stages.ingest import read_paths

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_TOWNS = ["Hajin", "Manbij", "Tabqa", "Mayadin", "Al-Bukamal", "Tal Afar", "Qayyarah", "Afrin", "Palmyra", "Raqqa"]
_NUMBER = re.compile(r"\b\d{1,3}\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_TOWN = re.compile(r"\b(" + "|".join(re.escape(t) for t in _TOWNS) + r")\b")


def sample_texts() -> list[SourceDocument]:
    return [d for d in read_paths([EXAMPLES], Settings()) if isinstance(d, SourceDocument)]


def vary(text: str, rng: random.Random) -> str:
    text = _NUMBER.sub(lambda m: str(max(1, int(m.group()) + rng.randint(-3, 3))), text)
    text = _WEEKDAY.sub(lambda m: rng.choice(_WEEKDAYS), text)
    return _TOWN.sub(lambda m: rng.choice(_TOWNS), text)


def build(count: int, folder: Path, *, seed: int = 7) -> list[Path]:
    """Write ``count`` reports as JSONL records into ``folder``; return the files."""
    rng = random.Random(seed)
    samples = sample_texts()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"corpus-{count}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            sample = samples[number % len(samples)]
            record = {
                "id": f"bench-{number:06d}",
                "title": sample.title,
                "outlet": sample.outlet,
                "published": sample.published,
                "text": vary(sample.text, rng) + f"\n\n(Report {number}.)\n",
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [path]
