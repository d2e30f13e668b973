"""`python -m stratalign` runs the command line."""

from .cli import cli

cli()
