"""The keys of a suggestion stay in the status bar at 1366 px, however long its surface.

"Suggested DOC “Kế hoạch 107 của Tỉnh ủy về việc lấy phiếu tín nhiệm”
(rules 94%): Enter accepts, Backspace rejects" lost its keys at the bar's
end on a 1366x768 screen, in English as in Vietnamese: the surface, which
the editor marks anyway, now gives way first, and the tooltip holds it whole.
"""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from PySide6.QtCore import QRect, Qt

from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH, first_geometry
from tests.gui.helpers import seed_doc_id
from tests.gui.i18n_support import vietnamese_interface
from tests.gui.review_support import suggest
from tests.gui.test_window_fit import _message_room

LONG = "Kế hoạch 107 của Tỉnh ủy về việc lấy phiếu tín nhiệm"
ITEMS = (
    ("Ban Thường vụ Tỉnh ủy", "ORG", "rules", 0.9),
    (LONG, "DOC", "rules", 0.94),
    ("Phan Việt Cường", "PER", "rules", 0.95),
)
KEYS = {"en": "Backspace rejects", "vi": "Backspace từ chối"}


# The window's first size on a 1366x768 screen (less a 28 px panel), and the whole screen.
FIRST = first_geometry(QRect(0, 28, 1366, 740)).size().toTuple()
SIZES = [FIRST, (1366 - FRAME_WIDTH, 768 - FRAME_HEIGHT)]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_keys_of_a_long_suggestion_fit_the_bar_at_1366(
    qtbot, make_window, demo_path, language, size
) -> None:
    with vietnamese_interface() if language == "vi" else nullcontext():
        window = make_window(demo_path, size=size)
        doc_id = seed_doc_id(window.project)
        window.open_document(doc_id)
        review = suggest(window, doc_id, items=ITEMS, relation=False)
        window.editor.setFocus()
        qtbot.waitUntil(lambda: len(window.annotations.span_indexes()) == len(ITEMS))
        qtbot.keyClick(window.editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.editor, Qt.Key.Key_Space)
        qtbot.keyClick(window.editor, Qt.Key.Key_Space)
        assert window.editor.selected_span().id == review.spans[LONG]
        status = window.status
        window.repaint()
        message = status.currentMessage()
        assert message.endswith(KEYS[language]), message
        needed = status.fontMetrics().horizontalAdvance(message)
        assert needed <= _message_room(status), (needed, _message_room(status), message)
        assert LONG in status.whole_message() and LONG in status.toolTip()
