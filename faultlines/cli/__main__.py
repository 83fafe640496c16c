"""`python -m faultlines.cli`: the same as the `faultlines` command."""

from faultlines.cli import main

main()
