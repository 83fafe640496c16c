"""The quality gate on GVDB dev: the events' dead per article, and the main event's town."""

from __future__ import annotations

from pathlib import Path

import pytest
from gates import at_least, bench_file

from faultlines.config import Settings
from faultlines.eval.gvdb import evaluate

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict:
    gvdb = bench_file("gvdb", "dev.tsv")
    return evaluate(gvdb, settings=Settings(data_dir=str(_data_dir(tmp_path_factory.mktemp("data"))))).as_dict()


@pytest.mark.parametrize("name", ["killed_exact", "city"])
def test_gate_gvdb_stays_above_its_floors(result: dict, name: str) -> None:
    at_least(f"gvdb_{name}", result[name])


def _data_dir(fresh: Path) -> Path:
    """The shared gazetteer cache when there is one (building it again takes a while)."""
    default = Settings().data_dir
    return Path(default) if Path(default).is_dir() else fresh
