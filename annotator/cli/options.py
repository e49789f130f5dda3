"""Options that several commands share, defined once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click


def jobs_option(work: str, verb: str) -> Callable[[Any], Any]:
    """`--jobs N`: how many worker processes do `work`; 0 = one per CPU, 1 = none."""
    return click.option(
        "--jobs",
        type=click.IntRange(min=0),
        default=0,
        show_default=True,
        help=f"Processes {work}: 0 = one per CPU, 1 = {verb} in this one.",
    )


MB = 1_048_576


def size_option(name: str, default_bytes: int, help_text: str) -> Callable[[Any], Any]:
    """A size limit in megabytes (`--max-size 5`); the command receives a float."""
    return click.option(
        name,
        type=click.FloatRange(min=0, min_open=True),
        default=default_bytes / MB,
        show_default=True,
        metavar="MB",
        help=help_text,
    )
