"""Fixtures for the engine tests: a stand-in task (no model), report folders, a database.

Worker processes started by these tests (process pools, Dask workers) import the stand-in by
module name, so this folder is put on their PYTHONPATH.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


@pytest.fixture
def worker_env() -> dict[str, str]:
    """An environment for worker subprocesses that can import the stand-in and faultlines."""
    root = HERE.parents[1]
    paths = [str(HERE), str(root), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
