"""`faultlines roles fit`: the role model (perpetrator, victim, target, weapon) the roles stage uses."""

from __future__ import annotations

from pathlib import Path

import click

from faultlines.cli import main
from faultlines.cli.options import fail, model_output_option
from faultlines.config import Settings


@main.group("roles")
def roles_group() -> None:
    """The role model: which phrases name an attack's perpetrator, victim, target or weapon.

    \b
    Example:
      faultlines roles fit ../shared/bench/muc4/train.grit.jsonl
    """


@roles_group.command("fit")
@click.argument("train", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@model_output_option
def fit_roles(train: Path, output: Path | None) -> None:
    """Fit the role model on a MUC-4 training file (GRIT JSONL), read by the product's roles stage.

    Never fit on a file you will score: fit on train.grit.jsonl, score dev.grit.jsonl with
    `faultlines eval muc4`. The model records the training file's sha1 and the thresholds
    chosen by cross-validation on it.

    \b
    Example:
      faultlines roles fit ../shared/bench/muc4/train.grit.jsonl
    """
    from faultlines.eval.muc4 import fit_model
    from faultlines.events.role_model import MODEL_PATH

    if train.name.startswith(("dev", "test")):
        fail(f"{train.name} looks like an evaluation split: fit on the training split (train.grit.jsonl)")
    model = fit_model(train, Settings())
    target = output or MODEL_PATH
    model.save(target)
    click.echo(f"fitted on {model.provenance.get('fitted_on')} (sha1 {model.provenance.get('sha1')})")
    click.echo(f"thresholds {model.thresholds}; written to {target}")
