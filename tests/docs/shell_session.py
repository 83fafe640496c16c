"""Running the shell commands the docs show, as a user would type them, in a folder of their own.

Commands run through bash (so pipes, redirections and comments work as written) with the
project's `faultlines` first on PATH, a data folder of their own (so `faultlines actors add`
never writes to the user's actor file) and no terminal (so a password prompt reads stdin).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from faultlines.actors.kb import USER_FILE_NAME
from faultlines.config import default_data_dir

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "reports"
PASSWORD = "docs-pass-12345"
# Typed at a password prompt: once, and once more to confirm.
PROMPT_ANSWERS = f"{PASSWORD}\n{PASSWORD}\n"
TIMEOUT_S = 900


def seeded_data_dir(target: Path) -> Path:
    """A data folder of its own whose caches (place index, phrase patterns) are the user's, linked
    rather than rebuilt (a minute each); the user's actor file is left out, so their actors
    neither change what the commands print nor get changed by them."""
    target.mkdir(parents=True, exist_ok=True)
    source = default_data_dir()
    if source.is_dir():
        for cached in source.iterdir():
            if cached.is_file() and cached.name != USER_FILE_NAME:
                (target / cached.name).symlink_to(cached)
    return target


def shell_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FAULTLINES_DB"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["FAULTLINES_DATA"] = str(data_dir)
    env["PASSWORD"] = PASSWORD  # the docs' `echo "$PASSWORD" | faultlines users add ...`
    env["NO_COLOR"] = "1"
    return env


def run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run one command line; its output is stdout and stderr together, as a terminal shows them."""
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=cwd,
        env=env,
        input=PROMPT_ANSWERS,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=TIMEOUT_S,
        start_new_session=True,  # no controlling terminal: getpass reads the answers from stdin
        check=False,
    )


def copy_examples(folder: Path) -> None:
    """The bundled reports where the docs expect them: examples/reports under the folder."""
    shutil.copytree(EXAMPLES, folder / "examples" / "reports")


def failed(command: str, result: subprocess.CompletedProcess[str]) -> str:
    return f"`{command}` exited {result.returncode}:\n{result.stdout[-3000:]}"
