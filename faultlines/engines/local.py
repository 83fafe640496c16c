"""The local engine: batches in this process (``workers=1``) or in a pool of worker processes.

The pool starts its workers with ``spawn`` (never ``fork``: the parent holds DuckDB and thread
state that must not be copied). A worker that dies (killed, out of memory) breaks a
``ProcessPoolExecutor`` as a whole; the engine then starts a fresh pool and resubmits the
batches that had not come back, up to ``max_restarts`` times in a row.

Example::

    with LocalEngine(workers=2) as engine:
        for tag, result in engine.map_batches(task, [("a", batch_a), ("b", batch_b)]):
            ...
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Generic

from faultlines.engines.base import Batch, Engine, EngineError, Result, Setup, Tag, check_positive

_END = object()


class LocalEngine(Engine):
    """One process, or a pool of ``workers`` processes on this machine."""

    name = "local"

    def __init__(
        self,
        *,
        workers: int = 1,
        setup: Setup | None = None,
        max_in_flight: int | None = None,
        max_restarts: int = 3,
    ) -> None:
        check_positive("--workers", workers)
        check_positive("max_in_flight", max_in_flight)
        self._workers = workers
        self._setup = setup
        self._set_up_here = False
        self._max_in_flight = max_in_flight
        self._max_restarts = max_restarts
        self._pool: ProcessPoolExecutor | None = None

    @property
    def workers(self) -> int:
        return self._workers

    def map_batches(
        self,
        task: Callable[[Batch], Result],
        batches: Iterable[tuple[Tag, Batch]],
        *,
        ordered: bool = False,
    ) -> Iterator[tuple[Tag, Result]]:
        if self._workers == 1:
            return self._map_here(task, batches)
        return self._map_in_pool(task, batches, ordered=ordered)

    def warm_up(self, *, timeout_s: float = 600.0) -> None:
        if self._workers == 1:
            self._set_up_once()
            return
        pool = self._start_pool()
        seen: set[int] = set()
        deadline = time.monotonic() + timeout_s
        # A worker takes tasks only once its setup has run: seeing every pid means all are ready.
        while len(seen) < self._workers and time.monotonic() < deadline:
            seen.update(pool.map(_pid_after, [0.05] * self._workers))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    # -- one process ---------------------------------------------------------------------

    def _map_here(
        self, task: Callable[[Batch], Result], batches: Iterable[tuple[Tag, Batch]]
    ) -> Iterator[tuple[Tag, Result]]:
        for tag, batch in batches:
            self._set_up_once()  # not before: a run with nothing left to do loads no model
            yield tag, task(batch)

    def _set_up_once(self) -> None:
        if self._setup is not None and not self._set_up_here:
            self._setup()
            self._set_up_here = True

    # -- a process pool --------------------------------------------------------------------

    def _start_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_run_setup,
                initargs=(self._setup,),
            )
        return self._pool

    def _restart_pool(self, restarts: int, error: BrokenProcessPool) -> ProcessPoolExecutor:
        if restarts > self._max_restarts:
            raise EngineError("E603", {"engine": self.name, "count": restarts, "detail": str(error)}) from error
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        return self._start_pool()

    def _map_in_pool(
        self, task: Callable[[Batch], Result], batches: Iterable[tuple[Tag, Batch]], *, ordered: bool
    ) -> Iterator[tuple[Tag, Result]]:
        pool = self._start_pool()
        source = iter(batches)
        limit = self._max_in_flight or self.window()
        window: dict[int, _Entry] = {}  # submission number -> entry, in submission order
        submitted = restarts = 0
        try:
            while True:
                while len(window) < limit and (pair := next(source, _END)) is not _END:
                    tag, batch = pair  # type: ignore[misc]
                    window[submitted] = _Entry(tag, batch, _submit(pool, task, batch))
                    submitted += 1
                if not window:
                    return
                number = next(iter(window)) if ordered else _first_done(window)
                try:
                    result = window[number].future.result()
                except BrokenProcessPool as e:
                    restarts += 1
                    pool = self._restart_pool(restarts, e)
                    _resubmit(window, pool, task)
                    continue
                entry = window.pop(number)
                restarts = 0
                yield entry.tag, result
        finally:
            for entry in window.values():
                entry.future.cancel()


@dataclass(slots=True, eq=False)
class _Entry(Generic[Tag, Batch, Result]):
    tag: Tag
    batch: Batch
    future: Future[Result]


def _first_done(window: dict[int, _Entry]) -> int:
    wait([entry.future for entry in window.values()], return_when=FIRST_COMPLETED)
    return next(number for number, entry in window.items() if entry.future.done())


def _resubmit(window: dict[int, _Entry], pool: ProcessPoolExecutor, task: Callable[[Batch], Result]) -> None:
    """Send again every batch whose result was lost with the broken pool."""
    for entry in window.values():
        future = entry.future
        if not (future.done() and not future.cancelled() and future.exception() is None):
            entry.future = _submit(pool, task, entry.batch)


def _submit(pool: ProcessPoolExecutor, task: Callable[[Batch], Result], batch: Batch) -> Future[Result]:
    """Submit ``batch``; a pool that broke since the last result gives a future holding the break.

    A worker can die between two submissions: the break then surfaces where results are read,
    which restarts the pool and sends the batch again, instead of escaping from ``submit``.
    """
    try:
        return pool.submit(task, batch)
    except BrokenProcessPool as error:
        broken: Future[Result] = Future()
        broken.set_exception(error)
        return broken


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _run_setup(setup: Setup | None) -> None:
    if setup is not None:
        setup()
