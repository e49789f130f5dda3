"""CLI commands for team work: `package create|merge` and `agreement`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from annotator.app.team.agreement import AgreementOptions, compute_agreement, report_lines
from annotator.app.team.merge import merge_package, parse_mapping
from annotator.app.team.packages import PackageOptions, create_packages, default_overlap
from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted
from annotator.core.model import STATUSES
from annotator.store import open_project


def _list(values: tuple[str, ...]) -> tuple[str, ...]:
    """Repeated options and comma lists alike: ('a,b', 'c') -> ('a', 'b', 'c')."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _open(path: Path, access: str = "write") -> Any:
    try:
        return open_project(path, access=access)  # type: ignore[arg-type]
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None


def on_project(path: Path, work: Callable[[Any], Any], *, access: str = "write") -> Any:
    """`work(project)` on the opened project, closed after; its errors become clean messages.

    `access="read"` for a command that only reads (agreement): a read-only
    project (a folder or disk the user cannot write to) is read, not refused.
    """
    opened = _open(path, access)
    try:
        return work(opened)
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        opened.close()


def attach(project: Path, paths: tuple[Path, ...], annotator: str, fmt: str | None) -> None:
    """`import --annotator`: the files' annotations become NAME's layer (app.team.attach)."""
    from annotator.app.team.attach import attach_layer

    report = on_project(
        project,
        lambda opened: attach_layer(opened, opened.session(), paths, annotator=annotator, fmt=fmt),
    )
    for line in report.lines():
        click.echo(line)


@click.group("package")
def package_group() -> None:
    """Share documents out as work packages, and merge them back.

    Example:

    \b
        annotator package create project.db --annotators an,binh,chi --overlap 2 --out packages/
        annotator package merge project.db packages/project-an.db packages/project-binh.db
    """


@package_group.command("create")
@click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--annotators", multiple=True, required=True, help="Names, comma separated.")
@click.option(
    "--overlap",
    type=click.IntRange(min=1),
    default=None,
    show_default="2, or every annotator when fewer are named",
    help="How many annotators get each document.",
)
@click.option(
    "--common",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Documents every annotator gets (an agreement sample).",
)
@click.option("--docs", multiple=True, help="Only these document ids (comma separated).")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    help=f"Only documents of these statuses ({', '.join(STATUSES)}).",
)
@click.option("--filter", "title", help="Only documents whose title contains these words.")
@click.option("--seed", type=int, default=13, show_default=True, help="Seed of the assignment.")
@click.option(
    "--with-suggestions", is_flag=True, help="Copy pending suggestions into the packages."
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the package files (PROJECT-NAME.db).",
)
def create_cmd(project: Path, **params: Any) -> None:
    """Write one project file per annotator with their share of PROJECT's documents.

    Every document goes to --overlap annotators, balanced and seeded; a
    package is an ordinary project the annotator opens in the app.

    Example:

        annotator package create project.db --annotators an,binh,chi --overlap 2 --seed 7 --out packages/
    """
    statuses = _list(params["statuses"])
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise click.BadParameter(f"unknown status {unknown[0]!r}", param_hint="--status")
    try:
        docs = tuple(int(v) for v in _list(params["docs"]))
    except ValueError:
        raise click.BadParameter("document ids are whole numbers", param_hint="--docs") from None
    annotators = _list(params["annotators"])
    options = PackageOptions(
        annotators=annotators,
        out=params["out"],
        overlap=params["overlap"] or default_overlap(len(annotators)),
        common=params["common"],
        seed=params["seed"],
        statuses=statuses,
        doc_ids=docs,
        title_contains=params["title"] or "",
        with_suggestions=params["with_suggestions"],
    )
    report = on_project(project, lambda opened: create_packages(opened, options))
    for line in report.lines():
        click.echo(line)


@package_group.command("merge")
@click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("packages", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--map",
    "mapping",
    multiple=True,
    metavar="OLD=NEW",
    help="Read a package's label or relation type OLD as NEW (repeatable).",
)
@click.option(
    "--replace-newer",
    is_flag=True,
    help="Merge a package even when it is an older copy than the one merged last "
    "(its annotator's later work is replaced).",
)
def merge_cmd(
    project: Path, packages: tuple[Path, ...], mapping: tuple[str, ...], replace_newer: bool
) -> None:
    """Bring annotators' layers back from their package files, matched by document content.

    Merging a package again (or a newer copy) replaces that annotator's layer
    on its documents. An older copy than the one merged last is refused
    (unless --replace-newer), as are a package of another project, one whose
    labels the schema lacks, or a damaged file: nothing changes. Each
    package is one undoable step (Edit ▸ Undo in the app).

    Example:

        annotator package merge project.db packages/*.db
    """
    try:
        names = parse_mapping(mapping)
    except AnnotatorError as exc:
        raise click.BadParameter(str(exc), param_hint="--map") from None
    opened = _open(project)
    try:
        failed = _merge_each(opened, packages, names, replace_newer=replace_newer)
    finally:
        opened.close()
    if failed:
        raise click.ClickException(
            f"{failed} of {counted(len(packages), 'package')} "
            f"{'was' if failed == 1 else 'were'} not merged"
        )


def _merge_each(
    opened: Any, packages: tuple[Path, ...], names: dict[str, str], *, replace_newer: bool
) -> int:
    """Merge the packages one by one, printing each report; a refused one is said and skipped.

    Returns how many were refused.
    """
    failed = 0
    session = opened.session()
    for path in packages:
        try:
            report = merge_package(
                opened, session, path, mapping=names, replace_newer=replace_newer
            )
        except AnnotatorError as exc:
            failed += 1
            click.echo(f"Error: {exc}", err=True)
            continue
        for line in report.lines():
            click.echo(line)
    return failed


@click.command("agreement")
@click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--annotators", multiple=True, help="Only these annotators (comma separated).")
@click.option("--labels", multiple=True, help="Only these labels (comma separated).")
@click.option(
    "--unfinished",
    is_flag=True,
    help="Also count documents an annotator has only started (in progress).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--plot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Save a heat map of F1 per pair and label as a PNG.",
)
def agreement_cmd(
    project: Path,
    annotators: tuple[str, ...],
    labels: tuple[str, ...],
    unfinished: bool,
    as_json: bool,
    plot: Path | None,
) -> None:
    """Agreement between annotators: span F1, Cohen's and Fleiss' kappa, Krippendorff's alpha.

    Documents count for an annotator once their own status is done (every
    document of a merged package marked done, an imported layer). The
    documents list comes worst first, for the curator.

    Example:

        annotator agreement project.db --labels PER,ROLE --plot agreement.png
    """
    statuses = ("done", "in_progress") if unfinished else ("done",)
    options = AgreementOptions(
        annotators=_list(annotators), labels=_list(labels), statuses=statuses
    )
    report = on_project(project, lambda opened: compute_agreement(opened, options), access="read")
    if plot is not None:
        from annotator.app.team.chart import save_heatmap  # matplotlib: only when asked

        save_heatmap(report, plot, title=f"Span F1: {project.stem}")
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for line in report_lines(report):
            click.echo(line)
    if plot is not None:
        click.echo(f"Heat map saved to {plot}", err=as_json)
