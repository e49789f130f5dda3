"""A command group that imports a command's module only when that command runs.

Why: the command modules pull in the import, export, NLP and plotting
stacks; importing them all made every call, even `annotator --help`, pay
for them (0.2 s to several seconds and 70 MB). The group lists commands
from a table of names, locations and one-line helps instead.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import click

from annotator.core.errors import AnnotatorError

PACKAGE = "annotator.cli"


@dataclass(frozen=True)
class LazyCommand:
    """A command known by name: `where` is `module:attribute` inside annotator.cli."""

    name: str
    where: str
    short_help: str

    def load(self) -> click.Command:
        module_name, attribute = self.where.split(":")
        module = importlib.import_module(f"{PACKAGE}.{module_name}")
        command: click.Command = getattr(module, attribute)
        return command


class LazyGroup(click.Group):
    """The top-level group: lazy commands, and failures as one `Error: ...` line."""

    def __init__(self, *args: Any, commands_table: Sequence[LazyCommand] = (), **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.lazy = {entry.name: entry for entry in commands_table}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            self.commands[cmd_name] = self.lazy[cmd_name].load()
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of `--help`, from the table: no command module is imported."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(map(len, names))  # as click.Group does
        rows = [(name, self.command_help(name, limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def command_help(self, name: str, limit: int) -> str:
        """A command's one-line help cut to `limit`, loaded or not."""
        if name in self.commands:
            return self.commands[name].get_short_help_str(limit)
        return click.Command(name, help=self.lazy[name].short_help).get_short_help_str(limit)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AnnotatorError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            _quiet_after_closed_pipe()
        except OSError as exc:
            from annotator.cli.failures import os_message

            raise click.ClickException(os_message(exc)) from None


def _quiet_after_closed_pipe() -> None:
    """The reader of our output left (`annotator search ... | head`): stop without a word.

    Output still buffered would fail again at exit, so stdout goes to devnull first.
    """
    import os
    import sys

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(141)  # what a shell reports for a program ended by SIGPIPE
