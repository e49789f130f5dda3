"""CLI command `import`: article files, corpus files and folders into a project."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from annotator.app.importing.importer import (
    DEFAULT_MAX_BYTES,
    ImportOptions,
    ImportStopped,
    import_paths,
)
from annotator.app.importing.labels import NEW_LABEL_MODES, read_label_map
from annotator.app.importing.reading import (
    DEFAULT_MAX_CORPUS_BYTES,
    DEFAULT_MAX_RECORD_BYTES,
    DUPLICATE_MODES,
)
from annotator.app.importing.report import ImportProgress, ImportReport
from annotator.app.importing.workers import start_workers
from annotator.app.workers import WorkerPool
from annotator.cli.failures import open_for
from annotator.cli.options import MB, jobs_option, size_option
from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted

# Exit status of `import` when something was skipped (documented in its help).
EXIT_SKIPPED = 3


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


def _known_reader(name: str | None) -> str | None:
    """--format NAME, refused at once when no reader has that name (not once per file)."""
    if not name:
        return name
    from annotator.formats.registry import reader_named

    try:
        reader_named(name)
    except AnnotatorError as exc:
        raise click.BadParameter(str(exc)) from None
    return name


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
@size_option("--max-size", DEFAULT_MAX_BYTES, "Skip plain-text articles larger than this.")
@size_option(
    "--max-corpus-size",
    DEFAULT_MAX_CORPUS_BYTES,
    "Skip corpus files read whole (JSON, VLSP, brat, spaCy, Parquet) larger than this.",
)
@size_option(
    "--max-record-size",
    DEFAULT_MAX_RECORD_BYTES,
    "Skip a record (line, document) of a JSONL, CoNLL or PhoNER file larger than this; "
    "such files are read in pieces, whatever their size.",
)
@click.option(
    "--format",
    "format_name",
    metavar="NAME",
    callback=lambda _ctx, _param, value: _known_reader(value),
    help="Read every file with this reader.",
)
@click.option(
    "--new-labels",
    type=click.Choice(NEW_LABEL_MODES),
    default="add",
    show_default=True,
    help="Labels and relation types the project lacks: add them to its schema (listed in "
    "the report), or refuse the documents that use them.",
)
@click.option(
    "--label-map",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Rename labels while importing: a file of 'OLD = NEW' lines (or a JSON object), "
    "e.g. 'LOCATION = LOC'. Nothing is renamed without it.",
)
@click.option(
    "--duplicates",
    type=click.Choice(DUPLICATE_MODES),
    default="keep",
    show_default=True,
    help="A corpus record whose text is already in the project (other annotations, or a "
    "repeated sentence): keep it as a document of its own, or skip it. Plain-text "
    "articles with a known text are always skipped.",
)
@click.option(
    "--keep-character-references",
    "keep_references",
    is_flag=True,
    help="Store HTML character references ('&#39;', '&amp;', '&nbsp;') of plain-text files "
    "and of token or record files (CoNLL, PhoNER, VLSP, HF, text-only JSONL) as written. "
    "Default: they are decoded to the characters they stand for, and the report counts them. "
    "Files with character offsets (brat, offset JSONL) always keep them.",
)
@jobs_option("reading files for large imports", "read")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--annotator",
    metavar="NAME",
    help="Attach the files' annotations to documents already in PROJECT (matched by text) "
    "as NAME's layer, to compare them; no document is added.",
)
def import_cmd(project: Path, paths: tuple[Path, ...], quiet: bool, **params: Any) -> None:
    """Import article files, corpus files and folders (recursively) into PROJECT.

    Bad files and records (binary, empty, too large, undecodable, malformed)
    are skipped with a reason and the rest is imported; the report groups
    what was skipped by reason, with the documents and entities it cost.
    Labels the project lacks are added to its schema. Documents already in
    the project are recognised, so an interrupted import can simply be run
    again.

    \b
    Exit status:
      0  everything was imported (or was already there)
      3  something was skipped (even every file): the report says what and why
      1  the import could not run, or found no files to import

    Example:

    \b
        annotator import project.db articles/ extra.jsonl --include '*.txt' --include '*.jsonl'
        annotator import project.db other-tool.jsonl --annotator binh
    """
    annotator = params.pop("annotator")
    if annotator is not None:
        from annotator.cli.team_cmds import attach

        attach(project, paths, annotator, params["format_name"])
        return
    options = import_options(params)
    # Reading workers start first, forked from this process before it opens anything.
    with start_workers(paths, options.jobs, fork=True) as pool:
        report = _import(project, paths, options, quiet=quiet, pool=pool)
    _print_report(report, project)
    if report.lost:
        sys.exit(EXIT_SKIPPED)
    if not report.processed_anything:
        raise click.ClickException(
            "nothing was imported" if report.files_total else "no files found to import"
        )


def _import(
    project: Path, paths: tuple[Path, ...], options: ImportOptions, *, quiet: bool, pool: WorkerPool
) -> ImportReport:
    opened = open_for(project)
    bar = _Bar(enabled=not quiet)
    try:
        return import_paths(opened, paths, options=options, progress=bar, pool=pool)
    except ImportStopped as exc:
        bar.close()
        _print_report(exc.report, project)
        raise click.ClickException(str(exc)) from None
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        bar.close()
        opened.close()


def import_options(params: dict[str, Any]) -> ImportOptions:
    """ImportOptions from the command's parameters; a bad label map is a message."""
    try:
        label_map = params["label_map"]
        mapping = tuple(read_label_map(label_map).items()) if label_map else ()
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    return ImportOptions(
        include=params["include"],
        max_bytes=int(params["max_size"] * MB),
        max_corpus_bytes=int(params["max_corpus_size"] * MB),
        max_record_bytes=int(params["max_record_size"] * MB),
        format=params["format_name"] or None,
        new_labels=params["new_labels"],
        label_map=mapping,
        duplicates=params["duplicates"],
        jobs=params["jobs"],
        keep_references=params["keep_references"],
    )


def _print_report(report: ImportReport, project: Path) -> None:
    click.echo(report.summary())
    for line in report.details():
        click.echo("  " + line)
    if report.search_waiting:
        click.echo(
            f"  Search index: {counted(report.search_waiting, 'document')} "
            f"{'waits' if report.search_waiting == 1 else 'wait'} to be indexed; "
            f"the next search indexes them first, 'annotator index {project}' does it now, "
            "and the window does it in the background."
        )
