"""The quality gate on GVDB dev: the events' dead per article, and the main event's town.

Floors live in gate_floors.json and only go up; the gate skips when the bench data is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faultlines.config import Settings
from faultlines.eval.gvdb import evaluate

BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench"
GVDB = BENCH / "gvdb" / "dev.tsv"
FLOORS = Path(__file__).with_name("gate_floors.json")


@pytest.mark.gate
@pytest.mark.slow
def test_gate_gvdb_counts_and_city_stay_above_their_floors(tmp_path: Path) -> None:
    if not GVDB.is_file():
        pytest.skip(f"GVDB dev data not found at {GVDB}: the gate runs where ../shared/bench is present")
    floors = {k: v for k, v in json.loads(FLOORS.read_text()).items() if not k.startswith("_")}
    result = evaluate(GVDB, settings=Settings(data_dir=str(_data_dir(tmp_path)))).as_dict()
    print(json.dumps(result, indent=2))
    below = {k: (result[k], floor) for k, floor in floors.items() if result[k] < floor}
    assert not below, f"GVDB dev below its floors (score, floor): {below}"


def _data_dir(tmp_path: Path) -> Path:
    """The shared gazetteer cache when there is one (building it again takes a while)."""
    default = Settings().data_dir
    return Path(default) if Path(default).is_dir() else tmp_path
