"""The DuckDB schema, as named migrations applied in name order.

Each module ``faultlines/store/migrations/mNNN_name.py`` holds a ``STATEMENTS`` list. A
database records the names it has applied (table ``migrations``), so migrations written in
parallel branches apply cleanly in any order of landing. Add a module to change the schema;
never edit one that has shipped.
"""

from __future__ import annotations

import importlib
import pkgutil

from faultlines.store import migrations as _package


def load_migrations() -> dict[str, list[str]]:
    names = sorted(m.name for m in pkgutil.iter_modules(_package.__path__) if m.name.startswith("m"))
    return {name: list(importlib.import_module(f"{_package.__name__}.{name}").STATEMENTS) for name in names}


MIGRATIONS = load_migrations()
SCHEMA_VERSION = len(MIGRATIONS)

# Tables that hold one document's extraction, replaced as a whole when it is re-ingested.
PER_DOCUMENT_TABLES = ("entities", "document_actors", "places", "events", "event_evidence", "claims")
# Tables with a primary key, where a row may be replaced.
KEYED_TABLES = ("actors", "events", "claims")
