"""Faultlines: news reports about armed conflict in, verified, source-linked event data out.

Example::

    import faultlines

    settings = faultlines.Settings(db_path="reports.duckdb")
    for result in faultlines.extract(["examples/reports"], settings):
        print(faultlines.to_contract(result)["events"])
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# name -> module; imported on first use so `import faultlines` stays cheap.
_EXPORTS = {
    "Settings": "faultlines.config",
    "extract": "faultlines.service",
    "extract_text": "faultlines.service",
    "ingest": "faultlines.service",
    "Pipeline": "faultlines.pipeline",
    "Store": "faultlines.store.database",
    "EventFilter": "faultlines.store.queries",
    "list_events": "faultlines.store.queries",
    "export_events": "faultlines.export.formats",
    "to_contract": "faultlines.contract",
    "FaultlinesError": "faultlines.errors",
    "InputError": "faultlines.errors",
    "StoreError": "faultlines.errors",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'faultlines' has no attribute {name!r}")
