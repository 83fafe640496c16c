"""Engines run the per-document pipeline on workers; they all share one interface.

``local`` runs batches in this process or a process pool; ``dask`` runs them on a Dask
cluster (a LocalCluster, or an existing scheduler). See :mod:`faultlines.engines.base`.

Example::

    with open_engine("local", workers=2) as engine:
        ...
"""

from __future__ import annotations

from faultlines.engines.base import Engine, EngineError, Setup

ENGINES = ("local", "dask")

__all__ = ["ENGINES", "Engine", "EngineError", "open_engine"]


def open_engine(
    name: str = "local",
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    setup: Setup | None = None,
    max_in_flight: int | None = None,
) -> Engine:
    """An engine by name; Dask is imported only when it is chosen.

    ``workers`` defaults to 1 for ``local`` and to the number of cores for a Dask
    LocalCluster; with ``scheduler`` the cluster's own workers are used.
    """
    if name == "local":
        from faultlines.engines.local import LocalEngine

        return LocalEngine(workers=workers or 1, setup=setup, max_in_flight=max_in_flight)
    if name == "dask":
        from faultlines.engines.dask import DaskEngine

        return DaskEngine(workers=workers, scheduler=scheduler, setup=setup, max_in_flight=max_in_flight)
    raise EngineError("E601", {"name": name, "known": ", ".join(ENGINES)})
