"""The statistics dialog stays open beside the text: it counts again when the project changes
(an accept, a document marked done) and closes with the project."""

from __future__ import annotations

from annotator.core.model import ACCEPTED
from annotator.gui.settings import CONFIRM_DONE_PENDING, set_preference
from annotator.store.document_filter import DocumentFilter
from tests.gui.review_support import review_window


def _done_count(dialog) -> int:
    rows = dialog.stats.tables["documents"].rows
    return sum(row[1] for row in rows if row[0] in ("done", "reviewed"))


def _accepted_spans(dialog) -> int:
    return sum(row[3] for row in dialog.stats.tables["spans"].rows if row[2] == ACCEPTED)


def test_the_open_statistics_count_again_after_changes(qtbot, make_window, demo_path) -> None:
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    window.corpus.actions["statistics"].trigger()
    dialog = window.corpus.dialog
    qtbot.waitUntil(lambda: dialog.stats is not None, timeout=20000)
    first = dialog.stats
    accepted_before, done_before = _accepted_spans(dialog), _done_count(dialog)
    r.editor.select_span(r.spans["Phan Việt Cường"])
    r.editor.set_selected_state(ACCEPTED)
    set_preference(CONFIRM_DONE_PENDING, False)  # done with suggestions still pending
    window.mark_done_and_next()
    qtbot.waitUntil(lambda: dialog.stats is not first, timeout=20000)
    qtbot.waitUntil(lambda: _done_count(dialog) == done_before + 1, timeout=20000)
    stored = window.project.document_count(DocumentFilter(status=("done", "reviewed")))
    assert _done_count(dialog) == stored
    assert _accepted_spans(dialog) == accepted_before + 1
    window.corpus.actions["statistics"].trigger()  # the menu again: the same dialog, raised
    assert window.corpus.dialog is dialog
    window.close_project()
    assert not dialog.isVisible()


def test_a_closed_statistics_dialog_follows_nothing(qtbot, make_window, demo_path) -> None:
    r = review_window(qtbot, make_window, demo_path)
    r.window.corpus.actions["statistics"].trigger()
    dialog = r.window.corpus.dialog
    qtbot.waitUntil(lambda: dialog.stats is not None, timeout=20000)
    dialog.close()
    counted = dialog.stats
    r.editor.select_span(r.spans["Phan Việt Cường"])
    r.editor.set_selected_state(ACCEPTED)
    qtbot.wait(900)
    assert dialog.stats is counted
