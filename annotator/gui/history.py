"""Undo and redo from the window: run the step, then show where it happened."""

from __future__ import annotations

from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError
from annotator.gui.i18n import _tr
from annotator.gui.messages import shown
from annotator.gui.schema_history import is_schema_step
from annotator.gui.step_words import step_message


def step(window, *, redo: bool) -> ChangeSet | None:
    """Undo (or redo) one step of the project's history and go to its document."""
    context = window.context
    if context is None:
        return None
    window.info.flush()
    try:
        changes = context.redo() if redo else context.undo()
    except AnnotatorError as exc:
        window.status.showMessage(shown(exc), 8000)
        return None
    if changes is None:
        text = _tr("Nothing to redo.") if redo else _tr("Nothing to undo.")
        window.status.showMessage(text, 3000)
        return None
    found = logged_step(context, changes)  # read once: both below need it
    if found is None or not is_schema_step(found[0]):  # the schema is in no one document
        follow(window, changes)
    # Said after following, so selecting the span does not cover it, and always: the
    # message of the step just undone must not stay.
    window.status.showMessage(step_message(context, changes, redo=redo, found=found), 5000)
    return changes


def follow(window, changes: ChangeSet) -> None:
    """Open the document a change belongs to, and select the span it touched."""
    current = window.current_doc_id()
    if current in changes.documents_removed:  # a deletion redone: its document is gone
        window.open_document(None)
        current = None
    still_there = changes.doc_ids - changes.documents_removed
    if still_there and current not in still_there:
        window.open_document(min(still_there))
    touched = changes.spans_added + changes.spans_changed
    if len(touched) == 1:
        window.editor.select_span(touched[0])  # ignored unless it is in the open document


def logged_step(context, changes: ChangeSet):
    """The (operation, inverse) the history logged for the step just run, or None.

    Asked whether the step was a change of the schema (undoing a renamed label
    touches every document holding it, and the window jumped to the first of
    them, away from the text the linguist was reading) and for the words that
    say what was undone.
    """
    try:
        return context.store_session.step_operation(changes.action_id)
    except (KeyError, TypeError, ValueError):
        return None  # a log row in a form this version cannot read: the step is still done
