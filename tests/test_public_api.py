"""The public API: everything in __all__ resolves, and nothing else is advertised."""

from __future__ import annotations

import faultlines


def test_public_api_every_name_in_all_resolves() -> None:
    for name in faultlines.__all__:
        assert getattr(faultlines, name) is not None, name


def test_public_api_all_is_what_we_document() -> None:
    assert set(faultlines.__all__) == {
        "__version__",
        "Settings",
        "extract",
        "extract_text",
        "open",
        "Reader",
        "ingest",
        "Pipeline",
        "Store",
        "EventFilter",
        "export_events",
        "to_contract",
        "FaultlinesError",
        "InputError",
        "StoreError",
    }
