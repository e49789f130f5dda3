"""Slow work started from the window: import, suggestions and training."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TR_NOOP

from annotator.core.changes import ChangeSet
from annotator.gui.i18n import _tr, number
from annotator.gui.messages import shown
from annotator.gui.reports.counts import counted
from annotator.gui.reports.dialog import ReportDialog, show_report
from annotator.gui.reports.texts import import_summary, training_stage
from annotator.gui.reports.training import score_rows, training_summary
from annotator.gui.review.held_back import suggest_run_ended
from annotator.gui.workers import BackgroundTask
from annotator.store import open_project


def import_filter() -> str:
    """The file-dialog filter for articles and datasets."""
    return _tr(
        "Articles and datasets (*.txt *.md *.html *.htm *.json *.jsonl *.conll *.ann *.csv *.tsv);;"
        "All files (*)"
    )


def _start(
    window,
    *,
    title: str,
    function: Callable[..., Any],
    on_done: Callable[[Any], None],
    describe=None,
) -> BackgroundTask:
    """Run `function` in the background, keeping the task on the window until it ends."""
    task = BackgroundTask(title=title, function=function, parent=window, describe=describe)
    window.tasks.append(task)
    task.done.connect(on_done)
    task.error.connect(lambda message: _show_failure(window, task, title, message))
    task.ended.connect(lambda: _task_ended(window, task))
    task.start()
    return task


def _show_failure(window, task: BackgroundTask, title: str, message: str) -> None:
    """A task the user cancelled did not fail: the report says which it was."""
    summary = _tr("{title} cancelled.") if task.cancelled else _tr("{title} failed.")
    _show_report(window, title, summary.format(title=title), message)


def _task_ended(window, task: BackgroundTask) -> None:
    """Take in the task's last commits while it still counts as this window's, then forget it.

    The task writes through a connection of its own, which the project
    watcher would otherwise report at its next look as another window's work.
    """
    if window.context is not None:
        window.context.watcher.poll()
    if task in window.tasks:
        window.tasks.remove(task)


def _show_report(window, title: str, summary: str, details: str = "") -> ReportDialog:
    dialog = ReportDialog(title=title, summary=summary, details=details, parent=window)
    window.last_report = dialog
    _log_report(window, title, summary, details)
    return show_report(dialog, [window.commands.undo, window.commands.redo])


LOGGED_DETAIL_LINES = 12  # a report's first lines in the message log; the box holds them all


def _log_report(window, title: str, summary: str, details: str) -> None:
    """Keep a report's gist in Recent messages (Ctrl+Shift+M).

    The box goes with one Enter, and which files an import skipped, and why,
    could then be read nowhere in the window: the log said nothing of the
    import at all. It now holds the summary and the first lines of the details.
    """
    lines = [line for line in details.splitlines() if line.strip()]
    kept = lines[:LOGGED_DETAIL_LINES] + (["…"] if len(lines) > LOGGED_DETAIL_LINES else [])
    window.status.log.add("\n".join([f"{title}: {summary}", *kept]))


def close_reports(window) -> None:
    """The reports about the project go when it closes: the run's strip and the last box.

    A report box is modal over its window; left open when the window closed,
    it stayed the application's modal window, and the next question (a file
    dialog in another window) opened under it.
    """
    window.run_notice.hide()
    report = window.last_report
    if report is not None and shiboken6.isValid(report):
        report.close()


def _with_project(path: Path, work: Callable[[Any], Any]) -> Any:
    """Run `work(project)` on a connection of its own (it runs on a worker thread)."""
    project = open_project(path)
    try:
        return work(project)
    finally:
        project.close()


# --- import ----------------------------------------------------------------------


def _describe_import(progress) -> tuple[int, int, str]:
    return progress.files_done, progress.files_total, Path(progress.current).name


def start_import(
    window, paths: list[Path], *, keep_references: bool = False
) -> BackgroundTask | None:
    """Import files and folders with a cancellable progress dialog, then report."""
    from annotator.app.importing.importer import ImportOptions, import_paths

    if window.context is None:
        return None
    project_path = window.context.path
    options = ImportOptions(keep_references=keep_references)

    def run(*, progress, cancel):
        work = lambda project: import_paths(  # noqa: E731
            project, paths, options=options, progress=progress, cancel=cancel
        )
        return _with_project(project_path, work)

    return _start(
        window,
        title=_tr("Importing"),
        function=run,
        on_done=lambda report: _import_done(window, report),
        describe=_describe_import,
    )


def _import_done(window, report) -> None:
    if window.context is None:  # the project was closed while importing
        return
    window.documents.set_project(window.project)
    window.status.update_progress(window.project)
    window.indexer.start(window.project, window.context.path)
    if report.schema.lines():  # labels or relation types added: the palette shows them
        window.context.notify(ChangeSet(schema_changed=True), source="import")
    details = "\n".join(shown(line) for line in report.details())
    _show_report(window, _tr("Import"), import_summary(report), details)
    if window.current_doc_id() is None and report.doc_ids:
        window.open_document(report.doc_ids[0])


# --- suggestions -----------------------------------------------------------------


def _describe_suggest(progress) -> tuple[int, int, str]:
    eta = (
        _tr(", about {seconds} s left").format(seconds=f"{progress.eta:.0f}")
        if progress.eta
        else ""
    )
    text = _tr("{done} of {documents}{eta}").format(
        done=number(progress.done), documents=counted(progress.total, "document"), eta=eta
    )
    return progress.done, progress.total, text


def start_suggest(window, *, doc_ids: list[int] | None) -> BackgroundTask | None:
    """Suggest spans for `doc_ids`; each document's suggestions show as they arrive."""
    from annotator.app.suggest import suggest_documents

    if window.context is None or not doc_ids:
        return None
    project_path = window.context.path

    def run(*, progress, cancel):
        return suggest_documents(
            project_path, doc_ids=doc_ids, progress=progress, cancel=cancel, withdraw=False
        )

    task = _start(
        window,
        title=_tr("Suggesting"),
        function=run,
        on_done=lambda report: _suggest_done(window, report),
        describe=_describe_suggest,
    )
    task.reported.connect(lambda progress: _suggestion_arrived(window, progress))
    return task


def _suggestion_arrived(window, progress) -> None:
    if window.context is not None and progress.change is not None:
        window.context.notify(progress.change, source="suggest")


def _suggest_done(window, report) -> None:
    report = _withdraw(window, report)
    suggest_run_ended(window, report)
    summary = _tr("{suggestions} and {relations} in {documents} ({seconds} s)").format(
        suggestions=counted(report.added, "suggestion"),
        relations=counted(report.relations, "relation"),
        documents=counted(report.documents, "document"),
        seconds=number(round(report.seconds, 1)),
    )
    if report.cancelled:
        summary += _tr(" (cancelled before the end)")
    lines = [
        _tr("document {id}: {reason}").format(id=f.doc_id, reason=shown(f.reason))
        for f in report.failures
    ]
    if not report.added and report.already:
        # "0 suggestions" alone read as a failure when suggesting a document again
        again = _tr(
            "The %Ln span(s) found were already there (pending, accepted or rejected; a "
            "rejected one is never proposed again).",
            "",
            report.already,
        )
        summary += "\n" + again
    if report.min_confidence > 0:
        left_out = _tr(
            "Suggestions under {percent}% were left out (Annotate ▸ Minimum confidence of "
            "suggestions)."
        )
        summary += "\n" + left_out.format(percent=round(report.min_confidence * 100))
    if report.left_out:
        summary += "\n" + _left_out_line(report.left_out)
    for told in (_held_back(report), _withdrawn_lines(report)):
        if told:
            summary += "\n" + told[0]
            lines += told[1:]
    details = "\n".join(lines)  # shown under the text, not over it, until the next edit
    window.run_notice.show_report(title=_tr("Suggestions"), summary=summary, details=details)
    window.last_report = window.run_notice


# What Annotate ▸ Suggesters may leave out, as the report names it.
_LEFT_OUT_WORDS = {
    "rules": QT_TR_NOOP("the rules"),
    "model": QT_TR_NOOP("the model"),
    "memory": QT_TR_NOOP("the project's memory"),
}


def _left_out_line(names) -> str:
    """ "Left out: the rules, the project's memory (Annotate ▸ Suggesters)." """
    words = ", ".join(_tr(_LEFT_OUT_WORDS[n]) for n in names if n in _LEFT_OUT_WORDS)
    return _tr("Left out: {what} (Annotate ▸ Suggesters).").format(what=words)


def _held_back(report) -> list[str]:
    """What the project's memory left out: a sentence for the summary, then the names.

    Without it a suggestion missing from a new document had no reason a
    linguist could read.
    """
    count = len(report.held_back)
    if not count:
        return []
    sentence = _tr(
        "The project's memory held back %Ln suggestion(s) rejected at least twice and never "
        "accepted with that label.",
        "",
        count,
    )
    heading = _tr("Held back by the project's memory:")
    return [sentence, heading, *report.held_back_names()]


def _withdraw(window, report):
    """Withdraw, through the window's session (so Ctrl+Z reaches it), the pending suggestions
    of earlier runs the memory holds back now and nobody touched meanwhile."""
    from annotator.app.suggest.withdrawing import still_untouched, withdraw_operation

    if not report.withdrawn or window.context is None:
        return report
    left = tuple(still_untouched(window.project, report.withdrawn))
    op = withdraw_operation(left)
    if op is not None:
        window.context.apply(op, source="suggest")
    return replace(report, withdrawn=left)


def _withdrawn_lines(report) -> list[str]:
    """Pending suggestions of earlier runs the memory holds back now and this run took away.

    Without a word a suggestion the linguist had seen pending would vanish.
    """
    count = len(report.withdrawn)
    if not count:
        return []
    sentence = _tr(
        "Withdrew %Ln pending suggestion(s) the project's memory now holds back (Ctrl+Z puts "
        "them back).",
        "",
        count,
    )
    heading = _tr("Withdrawn, as the project's memory now holds them back:")
    from annotator.app.suggest.withdrawing import withdrawn_names

    return [sentence, heading, *withdrawn_names(report.withdrawn)]


# --- training --------------------------------------------------------------------


def _describe_training(progress) -> tuple[int, int, str]:
    return (
        progress.done,
        progress.total,
        _tr("Training: {stage}…").format(stage=training_stage(progress.stage)),
    )


def start_training(window) -> BackgroundTask | None:
    """Train the project's model from finished documents, then show held-out scores."""
    from annotator.app.training import train_project

    if window.context is None:
        return None
    project_path = window.context.path

    def run(*, progress, cancel):
        return train_project(project_path, progress=progress, cancel=cancel)

    return _start(
        window,
        title=_tr("Training"),
        function=run,
        on_done=lambda report: _training_done(window, report),
        describe=_describe_training,
    )


def _training_done(window, report) -> ReportDialog:
    rows = score_rows(report)
    dialog = _show_report(window, _tr("Training"), training_summary(report, scored=bool(rows)))
    if rows:
        headers = [_tr("Label"), _tr("Precision"), _tr("Recall"), "F1", _tr("Rules F1")]
        dialog.set_rows(headers, rows)
    return dialog
