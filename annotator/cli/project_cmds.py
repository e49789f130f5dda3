"""CLI commands for projects: new, info, demo (import is in import_cmds).

This module stays light (no import, export or NLP stack at module level):
`annotator info` loads only it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from annotator.cli.failures import echo_notices, open_for
from annotator.cli.index_cmds import left_out_lines
from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted


def _open(path: Path, annotator: str | None = None, *, access: str = "write") -> Any:
    return open_for(path, access=access, annotator=annotator)


@click.command("new")
@click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--annotator",
    help="Your name as recorded on annotations (default: the name chosen in the "
    "window's Preferences, else the OS user).",
)
def new_cmd(project: Path, annotator: str | None) -> None:
    """Create an empty project file; an existing file is never overwritten.

    Example:

        annotator new elections-2021.db
    """
    from annotator.store import create_project

    try:
        created = create_project(project, annotator=annotator)
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    echo_notices(created.notices)
    created.close()
    click.echo(f"Created project {project}. Next: annotator import {project} ARTICLES_FOLDER")


@click.command("info")
@click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def info_cmd(project: Path, as_json: bool) -> None:
    """Show what PROJECT holds: documents by status, spans by label, annotators.

    Example:

        annotator info project.db
    """
    opened = _open(project, access="read")
    try:
        opened.verify()  # a damaged page is said at once, not met later by an edit
        stats = opened.stats()
        stats["search_index_waiting"] = opened.search_waiting()
        left_out = opened.search_unreadable()
        stats["search_index_left_out"] = [{"doc_id": d, "reason": r} for d, r in left_out]
    finally:
        opened.close()
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2, sort_keys=True))
        return
    click.echo(f"Project {project}")
    click.echo(f"Documents: {stats.get('documents', 0)}")
    _echo_counts("By status", stats.get("by_status", {}))
    _echo_counts("Spans by label", stats.get("labels", {}))
    _echo_counts("Relations by type", stats.get("relation_types", {}))
    annotators = stats.get("annotators", [])
    click.echo("Annotators: " + (", ".join(map(str, annotators)) if annotators else "none yet"))
    click.echo(_search_index_line(stats["search_index_waiting"], stats.get("documents", 0)))
    for line in left_out_lines(left_out):
        click.echo(line)


def _search_index_line(waiting: int, documents: int) -> str:
    if not waiting:
        return "Search index: complete"
    return (
        f"Search index: {waiting:,} of {counted(documents, 'document')} waiting "
        "(a search fills it first, or run 'annotator index')"
    )


def _echo_counts(title: str, counts: dict[str, Any]) -> None:
    if not counts:
        click.echo(f"{title}: none")
        return
    click.echo(f"{title}:")
    for key, value in sorted(counts.items()):
        if isinstance(value, dict):  # spans: counts by state
            value = ", ".join(f"{n} {state}" for state, n in sorted(value.items()))
        click.echo(f"  {key:<14} {value}")


@click.command("demo")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--suggest/--no-suggest",
    default=False,
    help="Also propose pending suggestions on the demo articles (once, on the first build).",
)
def demo_cmd(path: Path, suggest: bool) -> None:
    """Create the demo project at PATH (or reopen it if it is already there).

    Example:

        annotator demo --suggest .demo/demo-project.db && python main.py .demo/demo-project.db
    """
    from annotator.app.demo import create_demo_project, suggest_demo

    try:
        project = create_demo_project(path)
        report = suggest_demo(project) if suggest else None
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    count = project.document_count()
    pending = sum(row.pending_count for row in project.document_rows(limit=count or 1))
    project.close()
    click.echo(
        f"Demo project ready: {path} ({counted(count, 'document')}, "
        f"{counted(pending, 'pending suggestion')})"
    )
    if report is not None and report.failures:
        click.echo(f"Suggestions failed for {counted(len(report.failures), 'document')}.", err=True)
