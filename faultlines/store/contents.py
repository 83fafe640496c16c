"""What a store holds, leaving out when and by which run: two stores made from the same input by
different engines, batch sizes or write paths hold the same contents."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from faultlines.store.database import Store

# The tables an ingest fills from the documents themselves (not the cross-document results).
EXTRACTION_TABLES = (
    "documents",
    "entities",
    "actors",
    "document_actors",
    "places",
    "events",
    "event_evidence",
    "claims",
    "failures",
)
# Columns that differ between two runs of the same input (when, and by which run).
VOLATILE_COLUMNS = frozenset({"run_id", "ingested_at", "first_seen", "last_seen"})


def _stable_columns(con: Any, table: str, volatile: Iterable[str]) -> str:
    left_out = set(volatile)
    return ", ".join(f'"{c[0]}"' for c in con.execute(f"DESCRIBE {table}").fetchall() if c[0] not in left_out)


def table_rows(
    store: Store, tables: Iterable[str] = EXTRACTION_TABLES, *, volatile: Iterable[str] = VOLATILE_COLUMNS
) -> dict[str, list[tuple]]:
    """Each table's rows without the volatile columns, in a fixed order."""
    with store.reader() as con:
        return {
            table: sorted(
                con.execute(f"SELECT {_stable_columns(con, table, volatile)} FROM {table}").fetchall(), key=repr
            )
            for table in tables
        }


def table_digests(store: Store, tables: Iterable[str] = EXTRACTION_TABLES) -> dict[str, tuple[int, int]]:
    """(rows, an order-independent hash of the rows) per table: ``table_rows`` for stores too big to list."""
    found = {}
    with store.reader() as con:
        for table in tables:
            columns = _stable_columns(con, table, VOLATILE_COLUMNS)
            row = con.execute(f"SELECT count(*), coalesce(sum(hash({columns})::HUGEINT), 0) FROM {table}").fetchone()
            found[table] = (int(row[0]), int(row[1]))
    return found
