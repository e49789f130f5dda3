"""Long report lines wrap in report dialogs; a long status message is cut at a word, whole in a tooltip."""

from __future__ import annotations

from annotator.gui.reports.dialog import ReportDialog

REASON = (
    "composed 6 accent marks with their letters (Unicode NFC: a letter typed as a base "
    "letter and separate marks, such as o + U+0302 + U+0309, is stored as the one character "
    "that search, rules and exports expect)"
)


def test_a_report_dialog_wraps_long_reasons_instead_of_running_off_right(qtbot) -> None:
    details = "\n".join(["Warnings, by reason:", f"  2 × {REASON}", f"  e.g. a.txt: {REASON}"])
    dialog = ReportDialog(title="Import", summary="3 imported", details=details)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() * 0.9
    assert dialog.details.horizontalScrollBar().maximum() == 0
    second = dialog.details.document().findBlockByNumber(1)
    assert second.layout().lineCount() > 1  # the long reason wraps onto more lines
    assert dialog.details.verticalScrollBar().maximum() == 0  # and all of it is in view


def test_a_long_status_message_is_cut_at_a_word_with_the_whole_in_a_tooltip(
    make_window, demo_path
) -> None:
    window = make_window(demo_path)
    status = window.status
    text = " ".join([REASON] * 3)
    status.showMessage(text, 8000)
    shown = status.currentMessage()
    assert shown.endswith("…") and shown != text
    assert text.startswith(shown[:-1]) and text[len(shown) - 1] in " ,;:)"  # a whole word
    assert status.fontMetrics().horizontalAdvance(shown) <= status.message_room()
    assert REASON in status.toolTip()
    status.showMessage("Undone.", 3000)
    assert status.currentMessage() == "Undone." and status.toolTip() == ""
    status.clearMessage()
    assert status.toolTip() == ""


def test_a_cut_status_message_is_cut_again_when_the_window_is_resized(
    make_window, demo_path
) -> None:
    window = make_window(demo_path)
    status = window.status
    window.resize(1400, 800)
    text = " ".join([REASON] * 2)
    status.showMessage(text, 60000)
    wide = status.currentMessage()
    window.resize(800, 800)
    narrow = status.currentMessage()
    assert narrow.endswith("…") and len(narrow) < len(wide)
    assert status.fontMetrics().horizontalAdvance(narrow) <= status.message_room()
    assert text.startswith(narrow[:-1]) and REASON in status.toolTip()
    window.resize(1400, 800)
    assert status.currentMessage() == wide
    status.showMessage("Saved.", 3000)
    window.resize(800, 800)
    assert status.currentMessage() == "Saved." and status.toolTip() == ""
    status.clearMessage()
    window.resize(1400, 800)
    assert status.currentMessage() == ""


def test_a_cut_status_message_is_cut_again_when_a_field_beside_it_grows(
    qtbot, make_window, demo_path
) -> None:
    """A longer annotator name, or the saved field appearing, takes room from the message:
    it is cut again to stay clear of them, and shows more when they give the room back."""
    window = make_window(demo_path, size=(1100, 800))
    status = window.status
    text = " ".join([REASON] * 2)
    status.saved_label.setVisible(False)
    status.showMessage(text, 60000)
    before = status.currentMessage()
    first = status.annotator_label

    def clear_of_the_fields() -> bool:
        shown = status.currentMessage()
        return status.fontMetrics().horizontalAdvance(shown) <= status.message_room()

    window.context.set_annotator("Nguyễn Thị Thanh Hương Quỳnh Như " * 2)
    status.show_project(window.project)
    qtbot.waitUntil(lambda: first.geometry().width() >= first.sizeHint().width())
    qtbot.waitUntil(lambda: status.currentMessage() != before)
    assert clear_of_the_fields(), (status.currentMessage(), status.message_room())
    named = status.currentMessage()
    assert len(named) < len(before) and text.startswith(named[:-1])
    status.mark_saved()
    qtbot.waitUntil(lambda: status.saved_label.geometry().left() > 0)
    qtbot.waitUntil(clear_of_the_fields)
    assert len(status.currentMessage()) < len(named)
    window.context.set_annotator("an")
    status.show_project(window.project)
    status.saved_label.setVisible(False)
    qtbot.waitUntil(lambda: len(status.currentMessage()) >= len(before))
    assert status.currentMessage() == before
