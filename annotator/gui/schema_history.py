"""Undo and redo inside the schema editor: its changes of the schema only.

The label-schema dialog had the window's own Undo and Redo keys. It is modal
and covers the text, so Ctrl+Z pressed there to take back a label just added
took back, when no schema change was left, the span labelled in the document
behind it, out of sight. The dialog's keys now step over changes of the
schema alone (whenever they were made); when the next step of the history is
an edit of the documents, the dialog leaves it and says what it is and where
it is undone. Each schema change stays one step of the project's history, so
once the dialog is closed Ctrl+Z in the window takes back the latest one
first, as it would any edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel

from annotator.core.errors import AnnotatorError
from annotator.core.operations import Batch, Operation
from annotator.gui.i18n import _tr
from annotator.gui.messages import shown
from annotator.gui.step_words import describe, step_message

SCHEMA_KINDS = frozenset(
    {"put_label", "rename_label", "remove_label", "put_relation_type", "remove_relation_type"}
)


def is_schema_step(op: Operation) -> bool:
    """Whether `op` changes the schema and nothing else (a schema read from a file is a batch)."""
    if isinstance(op, Batch):
        return bool(op.operations) and all(is_schema_step(part) for part in op.operations)
    return op.kind in SCHEMA_KINDS


def schema_step(context, *, redo: bool) -> str:
    """Undo (or redo) the next step if it is a change of the schema; say what happened."""
    session = context.store_session
    found = session.step_operation(session.next_step(redo=redo))
    if found is None:
        return _tr("Nothing to redo.") if redo else _tr("Nothing to undo.")
    if not is_schema_step(found[0]):
        return _left_for_the_window(describe(context.project, *found), redo=redo)
    try:
        changes = context.redo() if redo else context.undo()
    except AnnotatorError as exc:
        return shown(exc)
    if changes is None:
        return _tr("Nothing to redo.") if redo else _tr("Nothing to undo.")
    return step_message(context, changes, redo=redo)


def _left_for_the_window(what: str, *, redo: bool) -> str:
    if redo:
        text = _tr(
            "Not redone here: the next step to redo, {what}, is an edit of the documents, "
            "not of the schema. Close this window to redo it in the text."
        )
    else:
        text = _tr(
            "Not undone here: the last step, {what}, is an edit of the documents, not of "
            "the schema. Close this window to undo it in the text."
        )
    return text.format(what=what or _tr("an edit"))


def add_schema_history(
    dialog: QDialog, context, note: QLabel, window_steps: Sequence[QAction]
) -> tuple[QAction, QAction]:
    """Give `dialog` Undo and Redo on the keys of the window's (`window_steps`), for schema
    changes only; `note` says what each press did.

    The window's own Undo and Redo are greyed while the dialog is up: their keys
    would otherwise be claimed twice (and Qt then runs neither), and their menu
    entries, where a platform leaves the menu bar reachable, would undo the text.
    """
    was_enabled = [step.isEnabled() for step in window_steps]
    for step in window_steps:
        step.setEnabled(False)

    def give_back(_result: int = 0) -> None:
        for step, enabled in zip(window_steps, was_enabled, strict=True):
            step.setEnabled(enabled)

    dialog.finished.connect(give_back)

    def action(keys: list[QKeySequence], redo: bool) -> QAction:
        step = QAction(dialog)
        step.setShortcuts(keys)
        step.triggered.connect(lambda: note.setText(schema_step(context, redo=redo)))
        dialog.addAction(step)
        return step

    undo, redo = window_steps
    return action(undo.shortcuts(), False), action(redo.shortcuts(), True)
