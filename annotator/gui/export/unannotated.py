"""The question the Export dialog asks before writing documents that hold no annotation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox

from annotator.app.exporting.select import Selection
from annotator.app.exporting.unannotated import Unannotated, unannotated
from annotator.gui.dialog_keys import open_modal
from annotator.gui.i18n import _tr, number
from annotator.gui.plaintext import message_box
from annotator.gui.reports.counts import counted


def unannotated_warning(project: Any, selection: Selection) -> str:
    """The warning for the preview's report, or "" when every chosen document holds one."""
    found = unannotated(project, selection)
    return unannotated_text(found) if found.bare else ""


def unannotated_text(found: Unannotated) -> str:
    """How many chosen documents would be written bare, and why pending ones do not count."""
    text = _tr(
        "Documents to export without an accepted annotation: {bare} of {documents}. "
        "Their files will hold the text alone."
    ).format(bare=number(found.bare), documents=counted(found.chosen, "document"))
    if found.pending:
        text += " " + _tr(
            "Of those, with pending suggestions only: {pending}. Pending suggestions are "
            "not exported (accept them first, or tick “Include pending suggestions”)."
        ).format(pending=number(found.pending))
    return text


def ask_if_unannotated(
    dialog: Any, project: Any, selection: Selection, go_on: Callable[[], object]
) -> QMessageBox | None:
    """Run `go_on` at once when every chosen document holds an annotation; otherwise ask
    first (without blocking: the box is returned, for the dialog to keep), and run it
    on Yes only. No is the default: Enter pressed by habit writes nothing."""
    found = unannotated(project, selection)
    if not found.bare:
        go_on()
        return None
    text = unannotated_text(found) + "\n\n" + _tr("Export anyway?")
    box = message_box(dialog, _tr("Export documents without annotations?"), text, ask=True)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.finished.connect(
        lambda result: go_on() if result == QMessageBox.StandardButton.Yes else None
    )
    open_modal(box, dialog)
    return box
