"""A stored database, opened for reading from a notebook or a script: ``faultlines.open(db)``.

Every value is the one the CLI, the workbench and the exports show (reviewed values applied,
actors with their ACLED ``inter`` code), because the reader goes through the same read service
(:mod:`faultlines.store.read`). Events default to what a user would publish (asserted and
alleged), as every export does; ask for other modalities by name.

Example::

    import faultlines

    db = faultlines.open("demo.duckdb")
    records = db.events(kind="infighting")            # contract records, reviewed values applied
    frame = db.events(country="SY", frame=True)        # a pandas DataFrame (faultlines[pandas])
    db.documents(frame=True)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from faultlines.errors import UsageError
from faultlines.store import read
from faultlines.store.database import Store
from faultlines.store.queries import EventFilter

__all__ = ["Reader", "open_reader"]

_FILTERS = frozenset(EventFilter.__dataclass_fields__)
_MANY = 1_000_000_000  # "all documents": the read service pages, a notebook wants everything


def open_reader(db: str | Path) -> Reader:
    """The database at ``db`` opened for reading (never created, never migrated)."""
    path = Path(db)
    if not path.is_file():
        raise UsageError(f"no database at {path}: give the file `faultlines ingest --db` wrote")
    return Reader(Store(path, read_only=True))


class Reader:
    """Events, documents and actors of one store, as records or DataFrames."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __repr__(self) -> str:
        return f"<faultlines.Reader {self.store.path}>"

    def events(self, *, frame: bool = False, limit: int | None = None, **filters: Any) -> Any:
        """Events matching ``filters`` (the fields of :class:`~faultlines.store.queries.EventFilter`:
        ``kind``, ``actor``, ``country``, ``since``, ``until``, ``modality``, ``modalities``, ...).

        Records are the contract's event objects; ``frame=True`` gives one row per event with the
        flat columns of the ACLED-like table instead."""
        unknown = sorted(set(filters) - _FILTERS)
        if unknown:
            raise UsageError(f"unknown event filter {', '.join(unknown)}: use any of {', '.join(sorted(_FILTERS))}")
        if isinstance(filters.get("modalities"), list):
            filters["modalities"] = tuple(filters["modalities"])
        rows = read.events(self.store, read.publishable(EventFilter(**filters)), limit=limit)
        if frame:
            return _frame([{k: v for k, v in row.items() if k != "record"} for row in rows])
        return [row["record"] for row in rows]

    def documents(self, *, frame: bool = False, search: str | None = None) -> Any:
        """Documents (newest first) with their event counts."""
        rows, _ = read.documents(self.store, limit=_MANY, offset=0, search=search)
        return _frame(rows) if frame else rows

    def actors(self, *, frame: bool = False, search: str | None = None) -> Any:
        """Actors with how many documents mention them and how many events they take part in."""
        rows = read.actors(self.store, search=search, limit=_MANY)
        return _frame(rows) if frame else rows


def _frame(rows: list[dict[str, Any]]) -> Any:
    try:
        import pandas
    except ImportError as e:
        raise UsageError("DataFrames need pandas: pip install 'faultlines[pandas]'") from e
    return pandas.DataFrame.from_records(rows)
