"""CLI: filling the full-text search index with the documents a large import left waiting.

A large import lists most of its documents in the search backlog instead of
indexing them (store.search_backlog); `annotator index` fills the index, and
every command that searches fills it first (`fill_for_search`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from annotator.cli.failures import open_for
from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted

_REPORT_EVERY = 1.0  # seconds between progress lines
_LISTED = 20  # damaged documents named one by one; beyond that, counted


def left_out_lines(left_out: list[tuple[int, str]]) -> list[str]:
    """What to say about documents left out of the search index because their text is damaged."""
    if not left_out:
        return []
    lines = [
        f"Search index: {counted(len(left_out), 'document')} left out, as the stored text is "
        "damaged (search cannot find such a document; restore the project from a backup copy, "
        "or delete it):"
    ]
    lines += [f"  document {doc_id}: {reason}" for doc_id, reason in left_out[:_LISTED]]
    if len(left_out) > _LISTED:
        lines.append(f"  and {len(left_out) - _LISTED:,} more")
    return lines


def _check(opened: Any, project: Path, left_out: bool) -> None:
    """`index --check`: compare the index with the texts; name texts damaged since indexing."""
    damaged: list[tuple[int, str]] = []
    consistent = opened.search_index_consistent(damaged)
    if damaged:
        click.echo(
            f"The stored text of {counted(len(damaged), 'document')} was damaged since "
            "indexing (a search skips such a document and names it; restore the project from "
            f"a backup copy, or delete it: annotator delete {project} ID):",
            err=True,
        )
        for doc_id, reason in damaged[:_LISTED]:
            click.echo(f"  document {doc_id}: {reason}", err=True)
    if not consistent:
        raise click.ClickException(
            f"The search index of {project} does not match its texts. Nothing was changed; "
            "please report this with the file."
        )
    click.echo(
        "Search index checked: it matches the texts"
        + (" (but for the damaged ones above)." if left_out or damaged else "."),
        err=True,
    )


def _progress(total: int):
    shown = {"at": time.monotonic()}

    def report(done: int, _total: int) -> None:
        now = time.monotonic()
        if now - shown["at"] >= _REPORT_EVERY or done >= total:
            shown["at"] = now
            click.echo(f"  indexed {done:,} of {total:,}", err=True)

    return report


def fill_index(project: Any, *, why: str, quiet: bool = False) -> int:
    """Index every waiting document of an open project, saying so on stderr; returns how many.

    Ctrl+C stops between or inside a batch: every committed batch stays
    indexed, the rest still waits, and the message says how to go on.
    """
    total = project.search_waiting()
    if not total or project.read_only:
        return 0
    if not quiet:
        click.echo(f"Indexing {counted(total, 'document')} {why}...", err=True)
    done = {"n": 0}
    report = _progress(total)

    def progress(count: int, of: int) -> None:
        done["n"] = count
        if not quiet:
            report(count, of)

    try:
        return project.index_waiting(progress=progress)
    except KeyboardInterrupt:
        left = _still_waiting(project, total - done["n"])
        click.echo(
            f"Stopped: {counted(total - left, 'document')} indexed, {left:,} still waiting; "
            f"run 'annotator index {project.path}' to finish.",
            err=True,
        )
        raise


def _still_waiting(project: Any, guess: int) -> int:
    """The backlog as committed (a batch may have committed after its last progress line)."""
    try:
        return int(project.search_waiting())
    except AnnotatorError:  # the interrupted connection cannot say: the count before the batch
        return guess


@click.command("index")
@click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--check",
    is_flag=True,
    help="Then compare the index with one rebuilt from the texts (reads every text).",
)
@click.option("--quiet", is_flag=True, help="No progress lines.")
def index_cmd(project: Path, check: bool, quiet: bool) -> None:
    """Fill the search index with the documents a large import left waiting.

    An import of more than 1,000 documents indexes the first 1,000 at once
    and lists the rest to index later; the project is usable meanwhile, a
    search from the command line fills the index first, and the window fills
    it in the background. Stopping (Ctrl+C) keeps what was indexed.

    Example:

        annotator index project.db
    """
    opened = open_for(project)
    try:
        filled = fill_index(opened, why="for search", quiet=quiet)
        left_out = left_out_lines(opened.search_unreadable())
        if not filled and not left_out and not quiet:
            click.echo("Search index complete: nothing to index.", err=True)
        for line in left_out:  # said even with --quiet: search cannot find these
            click.echo(line, err=True)
        if check:
            _check(opened, project, bool(left_out))
    finally:
        opened.close()
