"""Leaving the process quickly once a command that loaded the models is done.

A command that loaded spaCy, the place index and the actor knowledge base holds millions of
objects; freeing them one by one as the interpreter shuts down took 0.4 s of CPU, an eighth of
a cold ``faultlines extract``. When the command line is the program (``faultlines ...`` or
``python -m faultlines.cli``), the exit handlers run as usual (logging, Dask, temporary
folders: everything registered with :mod:`atexit`), the standard streams are flushed, and the
process ends without the teardown. Nothing else is skipped: a command whose threads are still
running, one run under a profiler or debugger, or one called from code (tests, ``CliRunner``, a
script passing its arguments) exits the ordinary way.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from typing import Any, NoReturn

from faultlines.cli._errors import CodedGroup

_HEAVY = "spacy"  # imported only by the commands that load the models


class FaultlinesGroup(CodedGroup):
    """The ``faultlines`` group: as :class:`CodedGroup`, and it leaves quickly (see above)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:  # called from code, not as the program
            return super().__call__(*args, **kwargs)
        try:
            return super().__call__()
        except SystemExit as e:
            if not quick_exit_is_safe():
                raise
            leave(e.code)


def quick_exit_is_safe() -> bool:
    """Models were loaded (so there is a teardown worth skipping), no other thread still runs
    (an ordinary exit would wait for it), no profiler or debugger watches (``python -m cProfile``
    writes its report after the program returns) and this Python can run the exit handlers."""
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    watched = sys.getprofile() is not None or sys.gettrace() is not None
    return _HEAVY in sys.modules and not others and not watched and hasattr(atexit, "_run_exitfuncs")


def leave(code: object) -> NoReturn:
    """Exit as ``sys.exit(code)`` would, less the interpreter's teardown."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message") prints the message and exits 1
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`), a closed stream
            stream.flush()
    os._exit(status)
