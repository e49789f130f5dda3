"""No status message loses its end: the review loop builds on the whole message, not on the
part the bar had room for, and every message reads whole in a log the user opens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.core.model import ACCEPTED
from tests.gui.helpers import stored_spans
from tests.gui.review_support import review_window

SIZE = (1366, 768)


def _step_to_first(qtbot, r) -> None:
    qtbot.keyClick(r.editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)


def test_a_suggestion_message_says_its_source_before_the_keys(
    qtbot, make_window, demo_path, vietnamese
) -> None:
    r = review_window(qtbot, make_window, demo_path, size=SIZE)
    _step_to_first(qtbot, r)
    whole = r.window.status.whole_message()
    assert "Ban Thường vụ Tỉnh ủy" in whole
    source, keys = whole.index("90%"), whole.index("Enter")
    assert source < keys, whole  # the reason first: a cut line loses the keys, known by heart


def test_accepting_keeps_what_was_said_whole_in_the_next_message(
    qtbot, make_window, demo_path, vietnamese
) -> None:
    """After Enter the bar says what was accepted, then the next suggestion: built from the
    cut text, the message carried a "…" in its middle and its reason was gone for good."""
    r = review_window(qtbot, make_window, demo_path, size=SIZE)
    status = r.window.status
    _step_to_first(qtbot, r)
    qtbot.keyClick(r.editor, Qt.Key.Key_Return)
    stored = {s.id: s.state for s in stored_spans(demo_path, r.doc_id)}
    assert stored[r.spans["Ban Thường vụ Tỉnh ủy"]] == ACCEPTED
    whole = status.whole_message()
    assert "…" not in whole, whole
    assert "Bí thư Tỉnh ủy" in whole and "85%" in whole  # the next one, with its source
    shown = status.currentMessage()
    assert shown.endswith("…") and len(shown) < len(whole)  # the bar at 1366 px cuts it


def test_the_log_holds_every_message_whole_newest_first(
    qtbot, make_window, demo_path, vietnamese
) -> None:
    r = review_window(qtbot, make_window, demo_path, size=SIZE)
    status = r.window.status
    _step_to_first(qtbot, r)
    first = status.whole_message()
    qtbot.keyClick(r.editor, Qt.Key.Key_Return)
    second = status.whole_message()
    qtbot.keyClick(
        r.window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = status.log_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    shown = dialog.view.toPlainText()
    assert second in shown and shown.index(second) < shown.index(first[:40])
    assert shown.count("Ban Thường vụ Tỉnh ủy") >= 1
    assert dialog.windowTitle() == "Thông báo gần đây"
    # a step is one entry: "N suggestions here · Suggested …" replaced "Suggested …"
    assert len(status.log.newest_first()) == 2, [m.text for m in status.log.newest_first()]
    dialog.close()


def test_a_click_on_the_cut_message_opens_the_log_and_the_tooltip_says_so(
    qtbot, make_window, demo_path
) -> None:
    r = review_window(qtbot, make_window, demo_path, size=SIZE)
    status = r.window.status
    text = "Accepted 12 suggestions " + "in a long sentence " * 20 + "because of THE REASON"
    status.showMessage(text, 60000)
    assert status.currentMessage().endswith("…")
    assert "THE REASON" in status.toolTip() and "Ctrl+Shift+M" in status.toolTip()
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton, pos=QPoint(20, status.height() // 2))
    QApplication.processEvents()
    assert status.log_dialog is not None and status.log_dialog.isVisible()
    assert "THE REASON" in status.log_dialog.view.toPlainText()
    status.log_dialog.close()
