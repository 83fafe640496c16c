"""The command line: thin layers that parse options, call the library, and format results.

Each module of this package adds its commands to :data:`main` (or to :data:`eval_group`);
they are all imported here, so a new module is picked up without editing this file.

Example::

    faultlines ingest examples/reports --db faultlines.duckdb
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from faultlines import __version__
from faultlines.cli._exit import FaultlinesGroup


@click.group(cls=FaultlinesGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="faultlines")
def main() -> None:
    """Faultlines: news reports about armed conflict in, verified source-linked event data out.

    \b
    Example:
      faultlines ingest examples/reports
      faultlines events --format table
    """


@main.group("eval")
def eval_group() -> None:
    """Score Faultlines on an annotated benchmark.

    \b
    Example:
      faultlines eval case2021 ../shared/bench/case2021/dev.tsv
    """


def _load_commands() -> None:
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


_load_commands()
