"""Faultlines: news reports about armed conflict in, verified, source-linked event data out.

Example::

    import faultlines

    record = faultlines.extract_text("Gunmen killed three soldiers near Mosul on Tuesday.")
    settings = faultlines.Settings(db_path="reports.duckdb")
    faultlines.ingest(["examples/reports"], settings)
    faultlines.open("reports.duckdb").events(kind="infighting")
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# name -> module (or "module:attribute"); imported on first use so `import faultlines` stays cheap.
_EXPORTS = {
    "open": "faultlines.reader:open_reader",
    "Reader": "faultlines.reader",
    "Settings": "faultlines.config",
    "extract": "faultlines.service",
    "extract_text": "faultlines.service",
    "ingest": "faultlines.service",
    "Pipeline": "faultlines.pipeline",
    "Store": "faultlines.store.database",
    "EventFilter": "faultlines.store.queries",
    "export_events": "faultlines.export.formats",
    "to_contract": "faultlines.contract",
    "FaultlinesError": "faultlines.errors",
    "InputError": "faultlines.errors",
    "StoreError": "faultlines.errors",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module, _, attribute = _EXPORTS[name].partition(":")
        return getattr(importlib.import_module(module), attribute or name)
    raise AttributeError(f"module 'faultlines' has no attribute {name!r}")
