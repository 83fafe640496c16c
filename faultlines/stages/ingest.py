"""The ingest stage: files and folders in, :class:`SourceDocument` records (or coded failures) out.

Reads ``.txt`` (with an optional ``NAME.meta.json`` sidecar), ``.html``/``.htm`` (main text and
metadata through trafilatura), and records in ``.json`` (one object or a list), ``.jsonl`` and
``.csv`` (a ``text`` field plus optional ``id``, ``title``, ``url``, ``outlet``, ``published``,
``author``). One bad file or record never stops the others: it becomes a :class:`Failure`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from faultlines.config import Settings
from faultlines.errors import InputError, input_error
from faultlines.records import Failure, SourceDocument
from faultlines.stages.decode import decode_bytes

NAME = "faultlines.ingest.v1"
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
SIDECAR = ".meta.json"
METADATA_FIELDS = ("title", "url", "outlet", "author", "published")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")

Item = SourceDocument | Failure


def normalised_hash(text: str) -> str:
    """Hash of the text with whitespace collapsed: equal for exact duplicates up to spacing."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def list_files(paths: Iterable[str | Path], skipped: list[Path] | None = None) -> Iterator[Path | Failure]:
    """Every readable input file under ``paths``, in a stable (sorted) order.

    Files of other types inside a folder are passed over (and listed in ``skipped``); a file
    named explicitly with an unsupported type is a failure.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, skipped if skipped is not None else [])
        elif path.is_file() and path.suffix.lower() not in SUFFIXES:
            yield input_error("E103", suffix=path.suffix or "(none)").to_failure(source=str(path), stage=NAME)
        elif path.is_file():
            yield path
        else:
            yield input_error("E101").to_failure(source=str(path), stage=NAME)


def _walk(folder: Path, skipped: list[Path]) -> Iterator[Path | Failure]:
    def on_error(error: OSError) -> None:
        failures.append(
            input_error("E102", detail=error.strerror or str(error)).to_failure(source=str(error.filename), stage=NAME)
        )

    failures: list[Failure] = []
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.endswith(SIDECAR):
                continue
            path = Path(root) / name
            (found if path.suffix.lower() in SUFFIXES else skipped).append(path)
    yield from failures
    yield from found


def read_paths(paths: Iterable[str | Path], settings: Settings, skipped: list[Path] | None = None) -> Iterator[Item]:
    """Documents and failures from files and folders, in input order."""
    for entry in list_files(paths, skipped):
        if isinstance(entry, Failure):
            yield entry
        else:
            yield from read_file(entry, settings)


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    source = str(path)
    try:
        data = _read_bytes(path, settings)
        suffix = path.suffix.lower()
        if suffix in RECORD_SUFFIXES:
            yield from _read_records(path, data, settings)
            return
        text, _ = decode_bytes(data)
        if suffix in HTML_SUFFIXES:
            yield _html_document(source, text, settings)
        else:
            yield _text_document(path, text, settings)
    except InputError as e:
        yield e.to_failure(source=source, stage=NAME)


def _read_bytes(path: Path, settings: Settings) -> bytes:
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise input_error("E104", size_mb=size / 2**20, limit_mb=settings.max_mb)
        with path.open("rb") as handle:
            return handle.read()
    except PermissionError as e:
        raise input_error("E102", detail="permission denied") from e
    except IsADirectoryError as e:
        raise input_error("E102", detail="it is a directory") from e
    except OSError as e:
        raise input_error("E102", detail=e.strerror or str(e)) from e


def make_document(
    text: str, *, source: str, settings: Settings, metadata: dict[str, Any], input_format: str
) -> SourceDocument:
    """A SourceDocument with its id, hash and metadata; ``settings.published`` overrides dates."""
    if not text.strip():
        raise input_error("E106")
    text_hash = normalised_hash(text)
    record_id = metadata.get("id")
    published, published_from = _published(metadata, settings)
    return SourceDocument(
        doc_id=str(record_id) if record_id not in (None, "") else text_hash,
        source=source,
        text=text,
        text_hash=text_hash,
        title=_clean_field(metadata.get("title")),
        url=_clean_field(metadata.get("url")),
        outlet=_clean_field(metadata.get("outlet")),
        author=_clean_field(metadata.get("author")),
        published=published,
        published_from=published_from,
        input_format=input_format,
    )


def _published(metadata: dict[str, Any], settings: Settings) -> tuple[str | None, str | None]:
    if settings.published:
        return settings.published, "option"
    value = metadata.get("published")
    match = _ISO_DATE.match(str(value).strip()) if value else None
    if match:
        return match.group(1), str(metadata.get("_published_from", "metadata"))
    return None, None


def _clean_field(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _text_document(path: Path, text: str, settings: Settings) -> SourceDocument:
    metadata = _sidecar(path)
    if metadata:
        metadata.setdefault("_published_from", "sidecar")
    return make_document(text, source=str(path), settings=settings, metadata=metadata, input_format="txt")


def _sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.stem + SIDECAR)
    if not sidecar.exists():
        return {}
    try:
        loaded = json.loads(sidecar.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise input_error("E111", detail=str(e)) from e
    if not isinstance(loaded, dict):
        raise input_error("E111", detail="expected an object")
    return loaded


def _html_document(source: str, html: str, settings: Settings) -> SourceDocument:
    from faultlines.stages.html import extract_html

    text, metadata = extract_html(html)
    return make_document(text, source=source, settings=settings, metadata=metadata, input_format="html")


def _read_records(path: Path, data: bytes, settings: Settings) -> Iterator[Item]:
    text, _ = decode_bytes(data)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        records = _csv_records(text)
    elif suffix == ".jsonl":
        records = _jsonl_records(text)
    else:
        records = _json_records(text)
    for number, record in records:
        source = f"{path}#{number}"
        if isinstance(record, InputError):
            yield record.to_failure(source=source, stage=NAME)
            continue
        try:
            body = record.get("text")
            if not isinstance(body, str) or not body.strip():
                raise input_error("E109")
            body = body.replace("\r\n", "\n").replace("\r", "\n")
            yield make_document(body, source=source, settings=settings, metadata=record, input_format=suffix[1:])
        except InputError as e:
            yield e.to_failure(source=source, stage=NAME)


def _jsonl_records(text: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield number, input_error("E108", detail=f"line {number}: {e.msg}")
            continue
        yield (
            number,
            record if isinstance(record, dict) else input_error("E108", detail=f"line {number}: not an object"),
        )


def _json_records(text: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as e:
        yield 1, input_error("E108", detail=f"line {e.lineno}: {e.msg}")
        return
    items = loaded if isinstance(loaded, list) else [loaded]
    for number, record in enumerate(items, start=1):
        yield (
            number,
            record if isinstance(record, dict) else input_error("E108", detail=f"item {number}: not an object"),
        )


def _csv_records(text: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    csv.field_size_limit(2**31 - 1)
    try:
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "text" not in reader.fieldnames:
            yield 1, input_error("E112", detail="no 'text' column in the header")
            return
        for number, row in enumerate(reader, start=2):
            yield number, dict(row)
    except csv.Error as e:
        yield 0, input_error("E112", detail=str(e))
