"""In Vietnamese, at the first size on a 1366x768 screen, no button, check box, group or label is clipped.

Vietnamese texts run longer than English ones ("Xuất dữ liệu…" for "Export…").
Each visible text widget of the main window, the export dialog, the schema
editor and the preferences is measured with its own font metrics against the
room it was given; screenshots are saved under tests/output/screenshots.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from annotator.gui.window_size import first_geometry


def _shown(text: str) -> str:
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def _needed(widget: QWidget) -> int | None:
    """The width the widget's text needs, or None when it wraps or holds no text."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or "\n" in widget.text():
            return None
        margins = widget.contentsMargins()
        return metrics.horizontalAdvance(widget.text()) + margins.left() + margins.right()
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.sizeHint().width() if widget.text() else None
    if isinstance(widget, QPushButton):
        if not widget.text():
            return None
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        size = metrics.size(0, _shown(widget.text()))
        hint = widget.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, size, widget
        )
        return (
            hint.width() - 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin) // 2
        )
    if isinstance(widget, QGroupBox):
        return metrics.horizontalAdvance(_shown(widget.title())) + 16 if widget.title() else None
    return None


def clipped(root: QWidget) -> list[str]:
    """Texts of visible widgets under `root` given less room than they need."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QToolButton):
            continue
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() + 1 < widget.tabSizeHint(i).width():
                    out.append(f"tab {widget.tabText(i)!r}")
            continue
        needed = _needed(widget)
        if needed is not None and needed > widget.width() + 1:
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            out.append(f"{type(widget).__name__} {text!r}: needs {needed} px, has {widget.width()}")
    return out


def _show(dialog, qtbot) -> None:
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()


def test_vietnamese_texts_fit_at_the_default_size(
    vietnamese, make_window, demo_path, qtbot, screenshots
):
    from annotator.gui.export.dialog import ExportDialog

    # The first size on a 1366x768 laptop (less a 28 px panel), the smallest screen in use.
    laptop = first_geometry(QRect(0, 28, 1366, 740))
    window = make_window(demo_path, size=(laptop.width(), laptop.height()))
    window.open_document(window.project.document_ids()[0])
    qtbot.waitUntil(lambda: window.documents.table.model() is not None)
    window.grab().save(str(screenshots / "vi-main-window.png"))
    problems = {"main window": clipped(window)}
    export = ExportDialog(window.project, window)
    _show(export, qtbot)
    export.grab().save(str(screenshots / "vi-export-dialog.png"))
    problems["export dialog"] = clipped(export)
    schema = window.make_schema_dialog()
    _show(schema, qtbot)
    schema.grab().save(str(screenshots / "vi-schema-editor.png"))
    problems["schema editor"] = clipped(schema)
    preferences = window.make_preferences()
    _show(preferences, qtbot)
    preferences.grab().save(str(screenshots / "vi-preferences.png"))
    problems["preferences"] = clipped(preferences)
    for dialog in (export, schema, preferences):
        dialog.close()
    assert all(
        (screenshots / f"vi-{n}.png").stat().st_size > 10_000
        for n in ("main-window", "export-dialog", "schema-editor")
    )
    assert not any(problems.values()), problems


def test_no_dialog_the_menus_open_clips_a_text(vietnamese, make_window, demo_path, qtbot):
    """Every dialog, question and panel reached from the menus, measured as it opens."""
    from tests.gui.test_i18n_completeness import read_whole_window

    window = make_window(demo_path)
    window.open_document(window.project.document_ids()[0])
    found: list[str] = []
    reader = read_whole_window(
        window, qtbot, inspect=lambda w: found.extend(f"{w.windowTitle()}: {c}" for c in clipped(w))
    )
    assert len(reader.opened) >= 8, reader.opened
    assert found == [], found


def test_the_fit_check_sees_a_clipped_button(vietnamese, qtbot):
    """A button squeezed below its text is reported (the check can fail)."""
    host = QWidget()
    qtbot.addWidget(host)
    button = QPushButton("Xuất dữ liệu huấn luyện theo âm tiết", host)
    button.setFixedWidth(60)
    label = QLabel("Gợi ý cho mọi tài liệu chưa xong", host)
    label.move(0, 40)
    label.setFixedWidth(40)
    with qtbot.waitExposed(host):
        host.show()
    found = clipped(host)
    assert len(found) == 2 and "QPushButton" in found[0] and "QLabel" in found[1], found


def test_buttons_are_measured_like_qt_does(vietnamese, qtbot):
    """A button left at its size hint is never reported: the measure is not too strict."""
    host = QWidget()
    qtbot.addWidget(host)
    buttons = [QPushButton(text, host) for text in ("&Xuất dữ liệu…", "Đồng ý", "Hủy")]
    for i, button in enumerate(buttons):
        button.move(0, 40 * i)
        button.resize(button.sizeHint())
    with qtbot.waitExposed(host):
        host.show()
    assert clipped(host) == []
    assert all(isinstance(b, QAbstractButton) for b in buttons)


def test_review_list_columns_hold_their_vietnamese_states_and_headings(
    qtbot, vietnamese, make_window, demo_path
):
    """Column widths measured from English samples cut "đã chấp nhận" and "Người chú thích"."""
    from annotator.core.model import ACCEPTED, PENDING, REJECTED
    from annotator.gui.review.provenance import state_text
    from annotator.gui.review.span_list import SpanListModel

    window = make_window(demo_path)
    lists = {"spans": window.annotations.view, "relations": window.review.relations_panel.tree}
    states = [state_text(s) for s in (PENDING, ACCEPTED, REJECTED)]
    assert "chấp nhận" in states  # short: "đã chấp nhận" took the room a relation's type needs
    lists["spans"].setColumnHidden(SpanListModel.ANNOTATOR, False)  # as with several layers
    span_header = lists["spans"].horizontalHeader()
    metrics = lists["spans"].fontMetrics()
    for column in (1, SpanListModel.ANNOTATOR):
        heading = lists["spans"].model().headerData(column, Qt.Orientation.Horizontal)
        assert span_header.sectionSize(column) > metrics.horizontalAdvance(heading), heading
    assert span_header.sectionSize(1) > max(map(metrics.horizontalAdvance, states))
    tree = lists["relations"]
    state_column = 3
    assert tree.headerItem().text(state_column) == "Tình trạng"
    assert tree.columnWidth(state_column) > max(map(tree.fontMetrics().horizontalAdvance, states))
