"""What `annotator export` prints: progress, the loss report, where the files went, and why
nothing was selected when nothing was."""

from __future__ import annotations

from typing import Any

import click

from annotator.app.exporting.bundle import BundleResult, run_bundle
from annotator.app.exporting.report import ExportStats, LossReport
from annotator.app.exporting.run import ConfirmFn, ExportOptions
from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted
from annotator.core.structure import BODY
from annotator.core.structure import KINDS as STRUCTURE_KINDS

# The region kinds an import finds in an article (the body is never cut).
REGION_KINDS = tuple(kind for kind in STRUCTURE_KINDS if kind != BODY)


class Progress:
    """A click progress bar over documents, created when the total is known."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.shown = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=max(total, 1), label="Exporting", file=None)
            self.bar.__enter__()
        self.bar.update(done - self.shown)
        self.shown = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def echo_report(report: LossReport, stats: ExportStats) -> None:
    docs = ", ".join(f"{split} {n}" for split, n in stats.documents.items()) or "none"
    click.echo(f"Documents: {docs}")
    click.echo("Loss report:")
    for line in report.lines():
        click.echo(f"  {line}")


def say_regions_not_found(asked: tuple[str, ...], report: LossReport | None) -> None:
    """A --skip-region no document has (a typo: `captions`) cut nothing: say so, by name."""
    missing = [kind for kind in asked if report is not None and not report.skipped_regions[kind]]
    for kind in missing:
        click.echo(
            f"--skip-region {kind}: no exported document has a {kind!r} region, so nothing was "
            f"cut for it (the kinds found at import: {', '.join(REGION_KINDS)}).",
            err=True,
        )


def explain_nothing_selected(project: Any, statuses: tuple[str, ...]) -> None:
    """No document matched: say how many the status choice left out, and how to take them."""
    from annotator.store.document_filter import DocumentFilter

    total = project.document_count()
    left_out = total - (
        project.document_count(DocumentFilter(status=statuses)) if statuses else total
    )
    message = "No document matches this selection: the files written hold no data."
    if left_out:
        message += (
            f" {left_out} of {counted(total, 'document')} "
            f"{'has' if left_out == 1 else 'have'} another status than "
            f"{', '.join(statuses)}; --status any (or in_progress, new) exports them."
        )
    click.echo(message, err=True)


def report_before_commit(proj: Any, options: ExportOptions, bar: Progress) -> ConfirmFn:
    """What the export shows before its files are committed: the loss report, regions asked
    for and not found, and why nothing was selected when nothing was."""

    def show(report: LossReport, stats: ExportStats) -> bool:
        bar.close()
        echo_report(report, stats)
        say_regions_not_found(options.selection.skip_regions, report)
        if not sum(stats.documents.values()):
            explain_nothing_selected(proj, options.selection.statuses)
        return True

    return show


def say_written(results: list[Any], dry_run: bool) -> None:
    """Where each export went; a dry run prints its loss report instead."""
    for result in results:
        if dry_run:
            echo_report(result.report, result.stats)
            click.echo("Dry run: nothing written.")
            continue
        written = counted(sum(result.stats.documents.values()), "document")
        click.echo(f"Wrote {written} to {result.directory}")


def export_bundle(project: Any, options: ExportOptions, bar: Progress, dry_run: bool) -> None:
    """--format all: every training format into one folder, one loss report."""

    def show(result: BundleResult) -> bool:
        bar.close()
        _echo_bundle(result)
        first = next((p.report for p in result.parts if p.report is not None), None)
        say_regions_not_found(options.selection.skip_regions, first)
        if not _bundle_documents(result):
            explain_nothing_selected(project, options.selection.statuses)
        return True

    try:
        result = run_bundle(project, options, progress=bar, dry_run=dry_run, confirm=show)
    except (AnnotatorError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        bar.close()
        project.close()
    if dry_run:
        _echo_bundle(result)
        click.echo("Dry run: nothing written.")
        return
    written = counted(_bundle_documents(result), "document")
    click.echo(f"Wrote {written} in each format to {result.directory}")


def _bundle_documents(result: BundleResult) -> int:
    stats = next((p.stats for p in result.parts if p.stats is not None), None)
    return sum(stats.documents.values()) if stats is not None else 0


def _echo_bundle(result: BundleResult) -> None:
    click.echo(f"Documents: {counted(_bundle_documents(result), 'document')} in each format")
    click.echo("Loss report:")
    for line in result.report_lines():
        click.echo(f"  {line}")
