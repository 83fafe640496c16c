"""The Dask engine: a LocalCluster by default, or separate scheduler and worker processes on
loopback TCP; a worker killed midway loses no batch and doubles none."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import dask.config
import pytest
from engine_standin import standin_batch, write_reports

from faultlines import service
from faultlines.config import Settings
from faultlines.engines import EngineError
from faultlines.engines.dask import LOCAL_CLUSTER_CONFIG, DaskEngine
from faultlines.store.database import Store

pytestmark = pytest.mark.distributed
DASK = str(Path(sys.executable).with_name("dask"))


def square_all(batch: list[int]) -> list[int]:
    return [n * n for n in batch]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def tcp_cluster(worker_env: dict[str, str], tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A scheduler and two workers, each its own process, on 127.0.0.1 (workers without a
    nanny, so a killed worker stays dead)."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = (tmp_path / "cluster.log").open("wb")
    started = [
        subprocess.Popen(
            [DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            env=worker_env,
            stdout=logs,
            stderr=subprocess.STDOUT,
        )
    ]
    for _ in range(2):
        started.append(
            subprocess.Popen(
                [
                    DASK,
                    "worker",
                    address,
                    "--host",
                    "127.0.0.1",
                    "--nthreads",
                    "1",
                    "--no-nanny",
                    "--no-dashboard",
                    "--death-timeout",
                    "30",
                ],
                env=worker_env,
                stdout=logs,
                stderr=subprocess.STDOUT,
            )
        )
    try:
        wait_for_port(port)
        yield address, started[1:]
    finally:
        for process in reversed(started):
            if process.poll() is None:
                process.terminate()
        for process in started:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        logs.close()


def wait_for_port(port: int, timeout_s: float = 60.0) -> None:
    """Until the scheduler listens (a loaded machine can take many seconds to start it)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def stored(db: str) -> dict[str, object]:
    with Store(db).reader() as con:
        return {
            "documents": con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall(),
            "events": con.execute("SELECT event_id, doc_id FROM events ORDER BY event_id").fetchall(),
            "inputs_done": con.execute("SELECT count(*) FROM run_documents").fetchone()[0],
        }


def wait_for_workers(engine: DaskEngine, count: int, timeout_s: float = 45.0) -> None:
    engine.client.wait_for_workers(count, timeout=timeout_s)


def test_engines_dask_local_cluster_returns_every_batch_in_order() -> None:
    here = worker_config(list(LOCAL_CLUSTER_CONFIG))
    with DaskEngine(workers=2) as engine:
        assert engine.workers == 2
        got = list(engine.map_batches(square_all, [(n, [n]) for n in range(10)], ordered=True))
        settings = engine.client.run(worker_config, list(LOCAL_CLUSTER_CONFIG))
    assert got == [(n, [n * n]) for n in range(10)]
    # Its workers run without what only a dashboard needs (their sampling profiler among it).
    assert list(settings.values()) == [list(LOCAL_CLUSTER_CONFIG.values())] * 2
    assert worker_config(list(LOCAL_CLUSTER_CONFIG)) == here  # this process is left as it was


def worker_config(keys: list[str]) -> list[object]:
    return [dask.config.get(key) for key in keys]


def test_engines_dask_unreachable_scheduler_says_what_to_do() -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(EngineError, match=f"E602 cannot reach the Dask scheduler at {address}"):
        DaskEngine(scheduler=address, connect_timeout_s=1)


def test_engines_dask_ingest_matches_the_local_engine(tmp_path: Path) -> None:
    corpus = write_reports(tmp_path / "in", 30)
    local = Settings(db_path=str(tmp_path / "local.duckdb"), batch_size=4)
    service.ingest([str(corpus)], local, task=standin_batch)
    on_dask = local.with_(db_path=str(tmp_path / "dask.duckdb"))
    with DaskEngine(workers=2) as engine:
        summary = service.ingest([str(corpus)], on_dask, task=standin_batch, engine=engine)
    assert summary.counts.documents == 30
    assert stored(on_dask.db_path) == stored(local.db_path)


def test_engines_dask_worker_killed_midway_loses_and_doubles_nothing(
    tmp_path: Path, tcp_cluster: tuple[str, list[subprocess.Popen[bytes]]]
) -> None:
    address, workers = tcp_cluster
    corpus = write_reports(tmp_path / "in", 48)
    pid_dir = tmp_path / "pids"
    pid_dir.mkdir()
    settings = Settings(db_path=str(tmp_path / "f.duckdb"), batch_size=2)
    task = partial(standin_batch, delay_s=0.25, pid_dir=str(pid_dir))
    batches_done = 0
    victim = workers[0]

    def kill_one_worker_midway(_: int) -> None:
        nonlocal batches_done
        batches_done += 1
        if batches_done == 6:
            assert (pid_dir / str(victim.pid)).exists(), "the victim should have taken batches"
            os.kill(victim.pid, signal.SIGKILL)

    with DaskEngine(scheduler=address, connect_timeout_s=30) as engine:
        wait_for_workers(engine, 2)
        summary = service.ingest([str(corpus)], settings, task=task, engine=engine, progress=kill_one_worker_midway)
        survivors = len(engine.client.nthreads())
    assert victim.wait(timeout=10) == -signal.SIGKILL
    assert batches_done == 24 and survivors == 1
    assert summary.counts.documents == 48
    found = stored(settings.db_path)
    assert len(found["documents"]) == 48 and len(found["events"]) == 48 and found["inputs_done"] == 48
    assert len({event_id for event_id, _ in found["events"]}) == 48


def test_engines_dask_cluster_setup_runs_once_per_worker(tmp_path: Path) -> None:
    with DaskEngine(workers=2, setup=partial(note_setup, str(tmp_path))) as engine:
        list(engine.map_batches(square_all, [(n, [n]) for n in range(6)]))
    assert len(list(tmp_path.iterdir())) == 2


def note_setup(folder: str) -> None:
    path = Path(folder) / f"setup-{os.getpid()}"
    assert not path.exists(), "setup ran twice in one worker"
    path.touch()
