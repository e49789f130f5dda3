"""CLI commands: nlp_cmds (filled in by its owner)."""

import click


def register(cli: click.Group) -> None:
    """Add this module's commands to the top-level group."""
