"""CLI commands for projects: new, import, info, demo."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from annotator.app.demo import create_demo_project, suggest_demo
from annotator.app.import_report import ImportProgress, ImportReport
from annotator.app.importer import DEFAULT_MAX_BYTES, ImportOptions, ImportStopped, import_paths
from annotator.cli.failures import echo_notices, open_for
from annotator.cli.options import jobs_option
from annotator.core.errors import AnnotatorError
from annotator.store import create_project

# Printed in full up to this many; beyond, the reasons are counted.
MAX_LISTED = 200


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
    try:
        created = create_project(project, annotator=annotator)
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    echo_notices(created.notices)
    created.close()
    click.echo(f"Created project {project}. Next: annotator import {project} ARTICLES_FOLDER")


class _Bar:
    """A click progress bar created on the first report, when the total is known."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None

    def __call__(self, progress: ImportProgress) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            self.bar = click.progressbar(
                length=progress.files_total,
                label="Importing",
                file=sys.stderr,
                show_pos=True,
            )
            self.bar.__enter__()
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@click.command("import")
@click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--include",
    "include",
    multiple=True,
    metavar="PATTERN",
    help="File-name pattern to import from folders, e.g. '*.txt' (repeatable). "
    "Default: every extension a reader knows (.txt, .json, .jsonl...).",
)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_MAX_BYTES / 1_048_576,
    show_default=True,
    metavar="MB",
    help="Skip files larger than this many megabytes.",
)
@click.option("--format", "format_name", metavar="NAME", help="Read every file with this reader.")
@jobs_option("reading files for large imports", "read")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--annotator",
    metavar="NAME",
    help="Attach the files' annotations to documents already in PROJECT (matched by text) "
    "as NAME's layer, to compare them; no document is added.",
)
def import_cmd(
    project: Path,
    paths: tuple[Path, ...],
    include: tuple[str, ...],
    max_size: float,
    format_name: str | None,
    jobs: int,
    quiet: bool,
    annotator: str | None,
) -> None:
    """Import article files and folders (recursively) into PROJECT.

    Bad files (binary, empty, too large, undecodable, unreadable) are skipped
    with a reason and the rest is imported. Articles already in the project
    are recognised and not imported twice, so an interrupted import can simply
    be run again. Exit code 0 when anything was imported or already there.

    Example:

        annotator import project.db articles/ extra.jsonl --include '*.txt' --include '*.jsonl'
        annotator import project.db other-tool.jsonl --annotator binh
    """
    if annotator is not None:
        from annotator.cli.team_cmds import attach

        attach(project, paths, annotator, format_name)
        return
    options = ImportOptions(
        include=include,
        max_bytes=int(max_size * 1_048_576),
        format=format_name or None,
        jobs=jobs,
    )
    opened = _open(project)
    bar = _Bar(enabled=not quiet)
    try:
        report = import_paths(opened, paths, options=options, progress=bar)
    except ImportStopped as exc:
        bar.close()
        _print_report(exc.report)
        raise click.ClickException(str(exc)) from None
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        bar.close()
        opened.close()
    _print_report(report)
    if not report.processed_anything:
        raise click.ClickException(
            "nothing was imported" if report.files_total else "no files found to import"
        )


def _print_report(report: ImportReport) -> None:
    click.echo(report.summary())
    details = report.details()
    for line in details[:MAX_LISTED]:
        click.echo("  " + line)
    if len(details) > MAX_LISTED:
        click.echo(f"  ... and {len(details) - MAX_LISTED} more; skipped by reason:")
        for reason, count in report.skip_reasons().most_common():
            click.echo(f"    {count:6d}  {reason}")


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
    finally:
        opened.close()
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2, sort_keys=True))
        return
    click.echo(f"Project {project}")
    click.echo(f"Documents: {stats.get('documents', 0)}")
    _echo_counts("By status", stats.get("by_status", {}))
    _echo_counts("Spans by label", stats.get("labels", {}))
    _echo_counts("Relations by type", stats.get("relations", {}))
    annotators = stats.get("annotators", [])
    click.echo("Annotators: " + (", ".join(map(str, annotators)) if annotators else "none yet"))


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
    try:
        project = create_demo_project(path)
        report = suggest_demo(project) if suggest else None
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    count = project.document_count()
    pending = sum(row.pending_count for row in project.document_rows(limit=count or 1))
    project.close()
    click.echo(f"Demo project ready: {path} ({count} documents, {pending} pending suggestions)")
    if report is not None and report.failures:
        click.echo(f"Suggestions failed for {len(report.failures)} document(s).", err=True)


def register(cli: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    for command in (new_cmd, import_cmd, info_cmd, demo_cmd):
        cli.add_command(command)
