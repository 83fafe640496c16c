"""What went wrong with a database file, as one coded :class:`StoreError` that says what to do.

DuckDB and the operating system report the same few problems in many shapes (an
``IOException`` whose text names a lock, a ``PermissionError`` on the lock file, a
``TransactionException`` whose cause is a full disk). :func:`store_problem` reads them into
one code each, so every command prints one line instead of a traceback:

    E403 in use by another program    E404 damaged or truncated    E405 read-only
    E406 folder cannot be written     E407 disk full               E401 anything else
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import duckdb

from faultlines.errors import StoreError

# Phrases of DuckDB's messages, lower-cased, for each problem (their exception classes are too
# broad to tell them apart: IOException covers a lock, a damaged file and a full disk).
_LOCKED = ("could not set lock", "conflicting lock")
_DAMAGED = (
    "not a valid duckdb database",
    "could not read enough bytes",
    "corrupt",
    "checksum",
    "invalid block",
    "failed to deserialize",
    "serialization error",
)
_FULL = ("no space left", "disk is full", "disk full", "could not write all bytes")
_READ_ONLY = ("read-only", "read only", "readonly")
_DENIED = ("permission denied", "operation not permitted")


def store_problem(error: BaseException, path: str | Path) -> StoreError | None:
    """The coded error for ``error`` met while opening or writing the database at ``path``;
    None when it is not a problem of the file or its disk (a bug, to be raised as it is)."""
    path = Path(path)
    text = str(error).lower()
    number = getattr(error, "errno", None)
    if number == errno.ENOSPC or any(p in text for p in _FULL):
        return StoreError("E407", {"path": path})
    if any(p in text for p in _LOCKED):
        return StoreError("E403", {"path": path, "detail": _first_line(error)})
    if any(p in text for p in _DAMAGED):
        return StoreError("E404", {"path": path, "detail": _first_line(error)})
    denied = number in (errno.EACCES, errno.EPERM, errno.EROFS) or any(p in text for p in _DENIED)
    if denied or any(p in text for p in _READ_ONLY):
        return _not_writable(path, error)
    if isinstance(error, duckdb.Error | OSError):
        return StoreError("E401", {"path": path, "detail": _first_line(error)})
    return None


def _not_writable(path: Path, error: BaseException) -> StoreError:
    """E406 when the file is still to be made (its folder refused it), else E405 unless the
    file itself is writable and its folder is not. (``os.access`` says yes to root for
    everything, so the file's existence decides first.)"""
    folder = path.parent if str(path.parent) else Path(".")
    if not path.exists() or (os.access(path, os.W_OK) and not os.access(folder, os.W_OK)):
        return StoreError("E406", {"folder": folder, "detail": _first_line(error)})
    return StoreError("E405", {"path": path})


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    line = lines[0].split(" See also ")[0] if lines else type(error).__name__  # DuckDB's links to its docs
    return line.removeprefix("IO Error: ")[:200]
