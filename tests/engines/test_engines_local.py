"""The local engine: one process or a process pool, streaming with a bounded window, and a
pool that loses a worker still returns every batch once."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from faultlines.engines import EngineError, open_engine
from faultlines.engines.local import LocalEngine


def square_all(batch: list[int]) -> list[int]:
    return [n * n for n in batch]


def square_slowly_noting_pid(batch: list[int], *, pid_dir: str) -> list[int]:
    (Path(pid_dir) / str(os.getpid())).touch()
    time.sleep(0.2)
    return square_all(batch)


def explode(batch: list[int]) -> list[int]:
    raise ValueError(f"bad batch {batch}")


def pairs(count: int) -> list[tuple[int, list[int]]]:
    return [(n, [n, n + 1]) for n in range(count)]


def test_engines_local_one_process_returns_each_batch_with_its_tag() -> None:
    with LocalEngine(workers=1) as engine:
        got = list(engine.map_batches(square_all, pairs(5)))
    assert got == [(n, [n * n, (n + 1) ** 2]) for n in range(5)]


def test_engines_local_pool_ordered_keeps_input_order() -> None:
    with LocalEngine(workers=2) as engine:
        got = list(engine.map_batches(square_all, pairs(12), ordered=True))
    assert got == [(n, [n * n, (n + 1) ** 2]) for n in range(12)]


def test_engines_local_pool_unordered_returns_every_batch_once() -> None:
    with LocalEngine(workers=2) as engine:
        got = list(engine.map_batches(square_all, pairs(12)))
    assert sorted(tag for tag, _ in got) == list(range(12))
    assert all(result == [tag * tag, (tag + 1) ** 2] for tag, result in got)


def test_engines_local_pool_pulls_batches_lazily() -> None:
    pulled: list[int] = []

    def lazy() -> Iterator[tuple[int, list[int]]]:
        for tag, batch in pairs(50):
            pulled.append(tag)
            yield tag, batch

    with LocalEngine(workers=2, max_in_flight=3) as engine:
        stream = engine.map_batches(square_all, lazy())
        next(stream)
        assert len(pulled) <= 4, "the engine read ahead of its window"
        rest = list(stream)
    assert len(rest) == 49 and len(pulled) == 50


def test_engines_local_pool_runs_setup_once_in_each_worker(tmp_path: Path) -> None:
    with LocalEngine(workers=2, setup=partial(note_setup, str(tmp_path))) as engine:
        list(engine.map_batches(square_all, pairs(6)))
    assert len(list(tmp_path.iterdir())) == 2


def test_engines_local_warm_up_sets_up_every_worker_before_any_batch(tmp_path: Path) -> None:
    with LocalEngine(workers=2, setup=partial(note_setup, str(tmp_path))) as engine:
        engine.warm_up()
        assert len(list(tmp_path.iterdir())) == 2


def note_setup(folder: str) -> None:
    path = Path(folder) / f"setup-{os.getpid()}"
    assert not path.exists(), "setup ran twice in one worker"
    path.touch()


def test_engines_local_task_error_reaches_the_caller() -> None:
    with LocalEngine(workers=2) as engine, pytest.raises(ValueError, match="bad batch"):
        list(engine.map_batches(explode, pairs(3)))


def test_engines_local_pool_survives_a_killed_worker(tmp_path: Path) -> None:
    task = partial(square_slowly_noting_pid, pid_dir=str(tmp_path))
    got = []
    with LocalEngine(workers=2) as engine:
        for number, (tag, result) in enumerate(engine.map_batches(task, pairs(16))):
            got.append((tag, result))
            if number == 2:
                victim = int(next(tmp_path.iterdir()).name)
                os.kill(victim, signal.SIGKILL)
    assert sorted(tag for tag, _ in got) == list(range(16))
    assert all(result == [tag * tag, (tag + 1) ** 2] for tag, result in got)


def test_engines_local_pool_survives_a_worker_killed_between_submissions(tmp_path: Path) -> None:
    # The pause lets the pool notice the death before the engine submits its next batch, so
    # the break is met in submit() rather than while waiting for a result.
    task = partial(square_slowly_noting_pid, pid_dir=str(tmp_path))
    got = []
    with LocalEngine(workers=2, max_in_flight=2) as engine:
        for number, (tag, result) in enumerate(engine.map_batches(task, pairs(8), ordered=True)):
            got.append((tag, result))
            if number == 1:
                os.kill(int(next(tmp_path.iterdir()).name), signal.SIGKILL)
                time.sleep(1.0)
    assert [tag for tag, _ in got] == list(range(8))
    assert all(result == [tag * tag, (tag + 1) ** 2] for tag, result in got)


def test_engines_open_engine_unknown_name_says_what_to_choose() -> None:
    with pytest.raises(EngineError, match=r"E601 unknown engine 'spark': choose one of: local, dask"):
        open_engine("spark")


def test_engines_local_rejects_zero_workers() -> None:
    with pytest.raises(EngineError, match="E604 --workers must be at least 1"):
        LocalEngine(workers=0)
