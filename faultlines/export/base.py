"""What every exporter shares: its result (how many written, how many left out and why)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO


@dataclass
class ExportStats:
    """Events written, and events left out by reason (e.g. ``{"undated": 20}`` for ACLED CSV)."""

    written: int = 0
    left_out: dict[str, int] = field(default_factory=dict)

    def leave_out(self, reason: str) -> None:
        self.left_out[reason] = self.left_out.get(reason, 0) + 1

    def message(self) -> str:
        """What a user is told: '57 events written; 20 undated events left out (ACLED needs a date ...)'."""
        line = f"{self.written} events written"
        for reason, n in sorted(self.left_out.items()):
            line += f"; {n} {reason} event{'s' if n != 1 else ''} left out ({WHY.get(reason, reason)})"
        return line


WHY = {
    "undated": "ACLED and PLOVER need a date; they stay in the jsonl and parquet exports",
    "unlocated": "GeoJSON needs coordinates; they stay in the other exports",
}


@contextmanager
def text_writer(handle: IO[bytes]) -> Iterator[io.TextIOWrapper]:
    """A UTF-8 text view of a binary handle, detached afterwards so the handle stays open."""
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=True)
    try:
        yield text
    finally:
        text.flush()
        text.detach()
