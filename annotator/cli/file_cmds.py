"""CLI commands about project files themselves: clean-copy."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.core.messages import counted
from annotator.store.cleaning import clean_copy


@click.command("clean-copy")
@click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("copy", type=click.Path(dir_okay=False, path_type=Path))
def clean_copy_cmd(project: Path, copy: Path) -> None:
    """Copy a project that was refused for holding foreign SQL, without that SQL.

    Triggers, views and tables the program never creates are left out of
    the copy (nothing of them runs), redefined ones get their own definition
    back, and the copy is checked before it is kept. PROJECT is not changed.

    Example:

        annotator clean-copy received.db received-clean.db
    """
    changes = clean_copy(project, copy)
    for change in changes:
        click.echo(f"  {change}")
    click.echo(f"Wrote {copy} ({counted(len(changes), 'change')} from {project}); open it instead.")
