"""Command line: thin click wrappers over the functions the GUI uses too."""

from __future__ import annotations

import click

from annotator import __version__
from annotator.cli.failures import SafeGroup


@click.group(cls=SafeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotator")
def cli() -> None:
    """Annotate Vietnamese political news and export training data.

    Example:

        annotator new project.db && annotator import project.db articles/
    """


def _register_all() -> None:
    # Each command group lives in its own module and adds itself here.
    from annotator.cli import (
        corpus_cmds,
        desktop_cmds,
        export_cmds,
        file_cmds,
        labels_cmds,
        model_cmds,
        nlp_cmds,
        project_cmds,
        team_cmds,
    )

    for module in (
        project_cmds,
        export_cmds,
        nlp_cmds,
        model_cmds,
        team_cmds,
        file_cmds,
        labels_cmds,
        corpus_cmds,
        desktop_cmds,
    ):
        module.register(cli)


_register_all()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
