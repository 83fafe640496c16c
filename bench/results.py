"""bench/RESULTS.md holds one section per benchmark; each benchmark rewrites only its own."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = "# Benchmarks\n\nWritten by the scripts in `bench/` (`make bench`); each rewrites only its own section.\n"


def write_section(name: str, text: str, *, path: Path = RESULTS) -> None:
    """Replace the section ``name`` of ``path`` with ``text`` (or add it at the end)."""
    begin, end = f"<!-- begin {name} -->", f"<!-- end {name} -->"
    current = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if not current.startswith(HEADER.splitlines()[0]):
        current = HEADER  # an older file without sections: start again
    block = f"{begin}\n{text.rstrip()}\n{end}"
    if begin in current and end in current:
        before, rest = current.split(begin, 1)
        after = rest.split(end, 1)[1]
        current = before + block + after
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(current, encoding="utf-8")
