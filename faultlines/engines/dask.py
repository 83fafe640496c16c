"""The Dask engine: batches on a Dask cluster, a LocalCluster by default.

Without ``scheduler`` it starts a LocalCluster of ``workers`` processes with one thread each
(spaCy holds the GIL while it parses, so threads would not add throughput); with
``scheduler="tcp://HOST:PORT"`` it joins an existing cluster and leaves it running on close.

Models load once per worker: ``setup`` is registered as a worker plugin, so it runs on every
worker now and on every worker that joins (or is restarted by its nanny) later. When a worker
dies, the scheduler reschedules its batches on the others; the caller sees each batch once.

Example::

    with DaskEngine(scheduler="tcp://10.0.0.5:8786") as engine:
        for tag, result in engine.map_batches(task, pairs):
            ...
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import dask.config
from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin, as_completed

from faultlines.engines.base import Batch, Engine, EngineError, Result, Setup, Tag, check_positive

_END = object()
WAIT_FOR_WORKERS_S = 60.0
# What the processes of a LocalCluster do besides parsing, cut down (a remote cluster keeps its
# own settings; docs/scale-out.md gives them for `dask worker`). Measured on 2 cores: idle, the
# scheduler, nannies and workers took 11% of a core, 4% with these; busy, each worker spent
# about a tenth more CPU per batch than a process-pool worker. The sampling profiler feeds only
# the dashboard, which a LocalCluster here does not serve; the tick only checks that event loops
# stay responsive; work stealing rebalances queues that the engine keeps at one batch per worker.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.scheduler.work-stealing": False,
}


class DaskEngine(Engine):
    """A Dask client on a LocalCluster it starts, or on an existing scheduler."""

    name = "dask"

    def __init__(
        self,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        setup: Setup | None = None,
        max_in_flight: int | None = None,
        connect_timeout_s: float = 10.0,
    ) -> None:
        check_positive("--workers", workers)
        check_positive("max_in_flight", max_in_flight)
        self._max_in_flight = max_in_flight
        self._cluster: Any = None
        self.address = scheduler
        if scheduler is None:
            with dask.config.set(LOCAL_CLUSTER_CONFIG):  # nannies hand their config to their workers
                self._cluster = LocalCluster(
                    n_workers=workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            self.address = self._cluster.scheduler_address
        try:
            self._client = Client(self._cluster or scheduler, timeout=connect_timeout_s, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise EngineError("E602", {"address": scheduler, "detail": str(e) or type(e).__name__}) from e
        try:
            self._client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS_S)
        except TimeoutError as e:
            self.close()
            raise EngineError("E605", {"address": self.address, "seconds": WAIT_FOR_WORKERS_S}) from e
        if setup is not None:
            self._client.register_plugin(_SetupPlugin(setup), name="faultlines-setup")

    @property
    def client(self) -> Any:
        """The ``distributed.Client`` (for measurements: ``engine.client.run(...)``)."""
        return self._client

    @property
    def workers(self) -> int:
        return max(1, sum(self._client.nthreads().values()))

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "scheduler": self.address, "local_cluster": self._cluster is not None}

    def map_batches(
        self,
        task: Callable[[Batch], Result],
        batches: Iterable[tuple[Tag, Batch]],
        *,
        ordered: bool = False,
    ) -> Iterator[tuple[Tag, Result]]:
        source = iter(batches)
        window: dict[str, tuple[Tag, Any]] = {}  # future key -> (tag, future), in submission order
        ready = as_completed(loop=self._client.loop)
        try:
            while True:
                limit = self._max_in_flight or self.window()  # a remote cluster may grow or shrink
                while len(window) < limit and (pair := next(source, _END)) is not _END:
                    tag, batch = pair  # type: ignore[misc]
                    future = self._client.submit(task, batch, key=f"faultlines-batch-{uuid.uuid4().hex}", pure=False)
                    window[future.key] = (tag, future)
                    if not ordered:
                        ready.add(future)
                if not window:
                    return
                key = next(iter(window)) if ordered else next(ready).key
                tag, future = window.pop(key)
                try:
                    result = future.result()
                except KilledWorker as e:
                    allowed = dask.config.get("distributed.scheduler.allowed-failures", 3)
                    raise EngineError("E603", {"engine": self.name, "count": allowed + 1, "detail": str(e)}) from e
                future.release()
                yield tag, result
        finally:
            if window:
                self._client.cancel([future for _, future in window.values()])

    def warm_up(self) -> None:
        """Every worker has run its setup once the plugin is registered (in ``__init__``)."""

    def close(self) -> None:
        client, self._client = getattr(self, "_client", None), None
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


class _SetupPlugin(WorkerPlugin):  # type: ignore[misc]
    """Runs ``function`` once on each worker, off the worker's event loop (a model load takes
    seconds, and a blocked loop misses heartbeats)."""

    def __init__(self, function: Setup) -> None:
        self.function = function

    async def setup(self, worker: Any) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.function)
