"""The find bar's match is shown whole, with lines of context, at 1366×768 and 1920×1080.

Before, the match was only made "visible" (ensureCursorVisible on its first
character): searching forward left it on the view's last line, right above
the find bar, with its label row and the words after it cut off.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.core.model import SourceDocument
from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH
from tests.gui.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
FILLER = "Đoạn {n}: đại biểu Quốc hội thảo luận tại tổ về dự án luật."
TARGET = "Nghị quyết số 18-NQ/TW"


def _long_article() -> str:
    lines = [FILLER.format(n=n) for n in range(90)]
    lines[45] += f" Theo {TARGET} ngày 7.1.2022."
    lines[80] += f" Thực hiện {TARGET}."
    return "\n".join(lines)


def _match_rows(editor, start: int, end: int) -> tuple[int, int]:
    """Top of the match's first line, bottom of its last, in viewport pixels."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor._offsets.to_qt(start))
    top = editor.cursorRect(cursor).top()
    cursor.setPosition(editor._offsets.to_qt(end))
    return top, editor.cursorRect(cursor).bottom()


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
def test_each_match_is_shown_whole_with_context(qtbot, make_window, demo_path, screen):
    window = make_window(demo_path, size=(screen[0] - FRAME_WIDTH, screen[1] - FRAME_HEIGHT))
    doc_id = window.project.add_document(SourceDocument(text=_long_article(), title="dài"))
    window.open_document(doc_id)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    qtbot.waitUntil(bar.query.hasFocus)
    type_text(bar.query, TARGET)
    qtbot.waitUntil(lambda: len(bar.matches) == 2)
    editor = window.editor
    line = editor.fontMetrics().lineSpacing()
    for step in range(2):
        if step:
            qtbot.keyClick(bar.query, Qt.Key.Key_Return)
        start, end = bar.matches[bar.current]
        top, bottom = _match_rows(editor, start, end)
        assert line <= top and bottom <= editor.viewport().height() - line, (
            step,
            top,
            bottom,
            editor.viewport().height(),
        )


def test_stepping_to_a_suggestion_shows_it_whole_with_context(qtbot, make_window, demo_path):
    """F8 to the next suggestion left it on the last line, its label row under the edge."""
    from annotator.core.operations import AddSuggestions

    window = make_window(demo_path, size=(1366 - FRAME_WIDTH, 768 - FRAME_HEIGHT))
    text = _long_article()
    doc_id = window.project.add_document(SourceDocument(text=text, title="dài"))
    found = [i for i in range(len(text)) if text.startswith(TARGET, i)]
    spans = tuple((at, at + len(TARGET), "DOC", "rules", 0.9) for at in found)
    window.context.apply(AddSuggestions(doc_id, spans=spans), source="test")
    window.open_document(doc_id)
    editor = window.editor
    line = editor.fontMetrics().lineSpacing()
    for at in found:
        qtbot.keyClick(editor, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda at=at: getattr(editor.selected_span(), "start", None) == at)
        top, bottom = _match_rows(editor, at, at + len(TARGET))
        assert line <= top and bottom <= editor.viewport().height() - line, (at, top, bottom)
