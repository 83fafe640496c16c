"""The engine interface: map batches of documents to their results on a set of workers.

Every engine streams. It pulls the next batch from a lazy iterable only while fewer than
``max_in_flight`` batches are out, and hands each result back as soon as it is ready, so the
memory of the caller (the single DuckDB writer) stays flat whatever the corpus size.

Batches travel with a *tag* that stays in the caller's process: ``map_batches`` takes
``(tag, batch)`` pairs and yields ``(tag, result)`` pairs. The tag carries what the caller needs
to finish a batch (which inputs it settles, how many files) without shipping it to a worker.

Example::

    from functools import partial
    from faultlines.engines import open_engine
    from faultlines.engines.tasks import process_batch

    with open_engine("dask", workers=2) as engine:
        for tag, results in engine.map_batches(partial(process_batch, settings=settings), pairs):
            ...

Errors: :class:`EngineError` (a :class:`~faultlines.errors.FaultlinesError`) when the engine
cannot start, cannot reach its scheduler, or keeps losing workers; an exception raised by the
task itself reaches the caller unchanged.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Any, ClassVar, TypeVar

from faultlines.errors import FaultlinesError

Tag = TypeVar("Tag")
Batch = TypeVar("Batch")
Result = TypeVar("Result")
Setup = Callable[[], object]  # run once in each worker process before its first batch

# code -> (what happened, what to do); E6xx: engines.
ENGINE_CODES: dict[str, tuple[str, str]] = {
    "E601": ("unknown engine '{name}'", "choose one of: {known}"),
    "E602": (
        "cannot reach the Dask scheduler at {address} ({detail})",
        "check the address, or start one with `dask scheduler` and `dask worker ADDRESS`",
    ),
    "E603": (
        "the {engine} engine lost workers {count} times in a row ({detail})",
        "check the workers' memory and logs, then continue with `faultlines ingest --resume`",
    ),
    "E604": ("{option} must be at least 1 (got {value})", "give a positive number"),
    "E605": (
        "the Dask scheduler at {address} has no workers after {seconds:.0f} s",
        "start workers with `dask worker {address}`",
    ),
}


class EngineError(FaultlinesError):
    """An engine cannot run: it cannot start, reach its scheduler, or keep its workers."""

    def __init__(self, code: str, values: dict[str, object] | None = None) -> None:
        super().__init__(code, values or {})  # args kept so the error pickles
        self.code = code
        self.values = values or {}

    def __str__(self) -> str:
        what, todo = ENGINE_CODES[self.code]
        return f"{self.code} {what.format(**self.values)}: {todo.format(**self.values)}"


class Engine(abc.ABC):
    """Maps a picklable task over batches, streaming, on ``workers`` worker processes.

    ``task`` must be a module-level function (or a ``functools.partial`` of one) so it pickles
    by reference; everything a worker needs (models, gazetteer) it loads itself, once per
    process, through :func:`faultlines.resources.load_resources`.
    """

    name: ClassVar[str]

    @property
    @abc.abstractmethod
    def workers(self) -> int:
        """How many batches run at the same time (worker processes x threads)."""

    @abc.abstractmethod
    def map_batches(
        self,
        task: Callable[[Batch], Result],
        batches: Iterable[tuple[Tag, Batch]],
        *,
        ordered: bool = False,
    ) -> Iterator[tuple[Tag, Result]]:
        """``(tag, task(batch))`` for each pair, in input order when ``ordered``, else as ready.

        At most ``max_in_flight`` batches are pulled from ``batches`` and not yet yielded.
        """

    @abc.abstractmethod
    def warm_up(self) -> None:
        """Start every worker and run its setup now (benchmarks start their clocks after this)."""

    @abc.abstractmethod
    def close(self) -> None:
        """Stop the workers this engine started (an external cluster is left running)."""

    def window(self) -> int:
        """The default number of batches in flight: one running and one queued per worker."""
        return 2 * max(1, self.workers)

    def describe(self) -> dict[str, Any]:
        """What to record with a run: the engine and its size."""
        return {"engine": self.name, "workers": self.workers}

    def __enter__(self) -> Engine:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def check_positive(option: str, value: int | None) -> None:
    if value is not None and value < 1:
        raise EngineError("E604", {"option": option, "value": value})
