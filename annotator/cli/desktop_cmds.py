"""CLI command `install-desktop-entry`: the window in the Linux application menu."""

from __future__ import annotations

import click

from annotator.app.desktop import install_desktop_entry


@click.command("install-desktop-entry")
def install_desktop_entry_cmd() -> None:
    """Add the annotator to the desktop's application menu (Linux).

    Writes vn-annotator.desktop into $XDG_DATA_HOME/applications (default
    ~/.local/share/applications) and its icon into the hicolor icon theme;
    the entry starts this install's `annotator-gui`.

    Example:

        annotator install-desktop-entry
    """
    installed = install_desktop_entry()
    click.echo(f"Wrote {installed.entry}")
    click.echo(f"Wrote {installed.icon}")
    click.echo(f"The menu entry runs: {installed.command}")
