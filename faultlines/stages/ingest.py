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
from faultlines.errors import InputError, StageError, input_error
from faultlines.records import Failure, SourceDocument
from faultlines.stages.decode import decode_bytes

NAME = "faultlines.ingest.v1"
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
SIDECAR = ".meta.json"
SOURCES_FILE = ".faultlines-sources.json"  # {file name: source to record}, beside the files it names
METADATA_FIELDS = ("title", "url", "outlet", "author", "published")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
MAX_JSON_DEPTH = 64  # a news record nests two or three levels; this leaves room and stays far from recursion limits
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")

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
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError as e:  # a name too long, a folder above it that cannot be searched
            yield input_error("E102", detail=e.strerror or str(e)).to_failure(source=str(path), stage=NAME)
            continue
        if is_dir:
            yield from _walk(path, skipped if skipped is not None else [])
        elif is_file and path.suffix.lower() not in SUFFIXES:
            yield input_error("E103", suffix=path.suffix or "(none)").to_failure(source=str(path), stage=NAME)
        elif is_file:
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
    """The documents of one file, or the failures that say why not; never raises, so one file
    (or one record of it) that breaks a reader costs that file (or record) alone."""
    source = source_name(path)
    try:
        data = _read_bytes(path, settings)
        suffix = path.suffix.lower()
        if suffix in RECORD_SUFFIXES:
            yield from _read_records(path, source, data, settings)
            return
        text, _ = decode_bytes(data)
        if suffix in HTML_SUFFIXES:
            yield _html_document(source, text, settings)
        else:
            yield _text_document(path, source, text, settings)
    except InputError as e:
        yield e.to_failure(source=source, stage=NAME)
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError, OSError) as e:
        # A reader bug or a parser's limit (trafilatura, lxml): this file fails, the batch goes on.
        yield _unexpected(e, source)


def _unexpected(error: BaseException, source: str) -> Failure:
    detail = f"{type(error).__name__}: {error}"[:300]
    return StageError("E301", {"stage": NAME, "detail": detail}).to_failure(source=source, stage=NAME)


def source_name(path: Path) -> str:
    """What a document read from ``path`` records as its source: the path, unless the folder's
    :data:`SOURCES_FILE` names the file otherwise (the workbench stores uploads under names it
    chooses, in a temporary folder, and records the name the user gave)."""
    manifest = path.parent / SOURCES_FILE
    if not manifest.is_file():
        return str(path)
    try:
        names = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return str(path)  # an unreadable manifest names nothing: the path is still true
    name = names.get(path.name) if isinstance(names, dict) else None
    return name if isinstance(name, str) and name.strip() else str(path)


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


def _text_document(path: Path, source: str, text: str, settings: Settings) -> SourceDocument:
    metadata = _sidecar(path)
    if metadata:
        metadata.setdefault("_published_from", "sidecar")
    return make_document(text, source=source, settings=settings, metadata=metadata, input_format="txt")


def _sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.stem + SIDECAR)
    if not sidecar.exists():
        return {}
    try:
        loaded = _loads(sidecar.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise input_error("E111", detail=str(e)) from e
    except InputError as e:
        raise input_error("E111", detail=e.values["detail"]) from e
    if not isinstance(loaded, dict):
        raise input_error("E111", detail="expected an object")
    return loaded


def _html_document(source: str, html: str, settings: Settings) -> SourceDocument:
    from faultlines.stages.html import extract_html

    text, metadata = extract_html(html)
    return make_document(text, source=source, settings=settings, metadata=metadata, input_format="html")


def _read_records(path: Path, name: str, data: bytes, settings: Settings) -> Iterator[Item]:
    text, _ = decode_bytes(data)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        records = _csv_records(text)
    elif suffix == ".jsonl":
        records = _jsonl_records(text)
    else:
        records = _json_records(text)
    for number, record in records:
        source = f"{name}#{number}"
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
        except (RecursionError, MemoryError, ValueError, TypeError) as e:  # one record, not the file
            yield _unexpected(e, source)


def _jsonl_records(text: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = _loads(line)
        except json.JSONDecodeError as e:
            yield number, input_error("E108", detail=f"line {number}: {e.msg}")
            continue
        except InputError as e:
            yield number, input_error("E108", detail=f"line {number}: {e.values['detail']}")
            continue
        yield (
            number,
            record if isinstance(record, dict) else input_error("E108", detail=f"line {number}: not an object"),
        )


def _json_records(text: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    try:
        loaded = _loads(text)
    except json.JSONDecodeError as e:
        yield 1, input_error("E108", detail=f"line {e.lineno}: {e.msg}")
        return
    except InputError as e:
        yield 1, e
        return
    items = loaded if isinstance(loaded, list) else [loaded]
    for number, record in enumerate(items, start=1):
        yield (
            number,
            record if isinstance(record, dict) else input_error("E108", detail=f"item {number}: not an object"),
        )


def _loads(text: str) -> Any:
    """``json.loads`` with a nesting limit: a report is a flat record, and Python's parser recurses
    once per level, so a deeply nested file would otherwise end the whole process's batch. A
    value Python refuses to convert (an integer of over 4,300 digits) is E108 too."""
    depth = _nesting_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise input_error("E108", detail=f"nested {depth} levels deep, over the limit of {MAX_JSON_DEPTH}")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise  # the caller names its line
    except ValueError as e:
        raise input_error("E108", detail=str(e).split(";")[0]) from e


def _nesting_depth(text: str) -> int:
    """The deepest nesting of brackets outside strings (an upper bound where strings hold
    escaped quotes, which only makes the check stricter, never looser)."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return 0  # too few brackets to nest too deep: the common case costs two counts
    outside = _JSON_STRING.sub("", text)
    depth = deepest = 0
    for match in _BRACKET.finditer(outside):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _csv_records(text: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """Records numbered as before (header = 1), each checked against the header; a row the
    parser cannot read, or whose field count is not the header's (the mark of a quote left open
    that swallowed the lines after it), is a failure that names the line it starts on."""
    csv.field_size_limit(2**31 - 1)
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as e:
        yield 1, input_error("E112", detail=f"the header cannot be read ({e})")
        return
    if "text" not in header:
        yield 1, input_error("E112", detail="no 'text' column in the header")
        return
    number, line = 1, reader.line_num
    while True:
        start = line + 1
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield number, input_error("E112", detail=_csv_problem(e, start))
            if reader.line_num == line or "end of data" in str(e):
                return  # nothing after it can be read
            line = reader.line_num
            continue
        line = reader.line_num
        if not row:
            number -= 1  # a blank line is no record
        elif len(row) != len(header):
            detail = f"the record starting on line {start} has {len(row)} fields where the header has {len(header)}"
            yield number, input_error("E112", detail=detail + (" (a quote left open?)" if line > start else ""))
        else:
            yield number, dict(zip(header, row, strict=True))


def _csv_problem(error: csv.Error, line: int) -> str:
    if "end of data" in str(error):
        return f"a quote opened in the record starting on line {line} is never closed: the lines after it were not read"
    return f"the record starting on line {line}: {error}"
