"""After Suggest, the run's report shows in a strip under the text, never in a box over it.

Walking the window, the report box stayed open over the article until it
was closed. It now says the same under the text, keeps the keys with the
editor, and goes at the next edit, after a while, with × or with Escape.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.helpers import NAME, drag_select, seed_doc_id

pytestmark = pytest.mark.slow
CTRL = Qt.KeyboardModifier.ControlModifier


def _suggest_here(qtbot, window) -> str:
    """Open the seed article, press Ctrl+G, wait for the run; return the article's text."""
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_G, CTRL)  # Annotate ▸ Suggest for this document
    assert len(window.tasks) == 1
    with qtbot.waitSignal(window.tasks[0].ended, timeout=240_000):
        pass
    return window.project.document(doc_id).text


def _place(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_the_report_is_under_the_text_and_goes_at_the_next_edit(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    text = _suggest_here(qtbot, window)
    strip = window.run_notice
    assert window.last_report is strip and strip.isVisible()
    assert " relations in 1 document (" in strip.summary.text()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert boxes == []  # nothing over the text
    assert not _place(strip, window).intersects(_place(window.editor, window))
    assert _place(strip, window).top() >= _place(window.editor, window).bottom()
    assert QApplication.focusWidget() is window.editor  # the keys stay with the text

    start = text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    qtbot.keyClick(window.editor, "1")  # an edit: the report is no longer the news
    qtbot.waitUntil(lambda: not strip.isVisible(), timeout=3000)


def test_the_report_goes_after_a_while_or_when_closed(qtbot, make_window, demo_path, monkeypatch):
    from annotator.gui.reports import notice

    monkeypatch.setattr(notice, "REPORT_MS", 300)
    window = make_window(demo_path)
    _suggest_here(qtbot, window)
    strip = window.run_notice
    assert strip.isVisible()
    qtbot.waitUntil(lambda: not strip.isVisible(), timeout=5000)  # after a while

    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_G, CTRL)  # again: the report comes back
    with qtbot.waitSignal(window.tasks[0].ended, timeout=240_000):
        pass
    assert strip.isVisible()
    qtbot.mouseClick(strip.close_button, Qt.MouseButton.LeftButton)
    assert not strip.isVisible()
    assert QApplication.focusWidget() is window.editor
