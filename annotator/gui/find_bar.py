"""Find in the open document (Ctrl+F), with or without diacritics."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from annotator.core.find import find_all, fold_text
from annotator.gui.i18n import number
from annotator.gui.plaintext import plain_label

SEARCH_DELAY_MS = 150


class FindBar(QWidget):
    """A query box over the editor; emits `matchesChanged(matches, current index or None)`.

    Enter goes to the next match, Shift+Enter to the previous, Esc closes.
    """

    matchesChanged = Signal(object, object)
    closed = Signal()

    def __init__(self, text: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._folded: tuple[str, str] | None = None  # (text, its folded form)
        self.matches: list[tuple[int, int]] = []
        self.current: int | None = None
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Find in this document (quoc finds Quốc)"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.diacritics = QCheckBox(self.tr("Match diacritics"), self)
        self.count_label = plain_label("", self)
        previous, following, close = self._step_buttons()
        previous.clicked.connect(lambda: self.go(-1))
        following.clicked.connect(lambda: self.go(1))
        close.clicked.connect(self.close_bar)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.diacritics.toggled.connect(lambda _on: self.search())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.query, self.diacritics, self.count_label, previous, following, close):
            layout.addWidget(widget, 1 if widget is self.query else 0)
        self.hide()

    def _step_buttons(self) -> tuple[QToolButton, QToolButton, QToolButton]:
        """Previous, Next and Close as arrows and a cross, named in their tooltips.

        As three worded buttons they left the query box, in the editor's column
        at 1366×768, room for "ờng sắt" of "đường sắt" and none for its hint.
        """
        previous, following, close = (QToolButton(self) for _ in range(3))
        previous.setArrowType(Qt.ArrowType.UpArrow)
        following.setArrowType(Qt.ArrowType.DownArrow)
        close.setText("✕")
        for button, tip in (
            (previous, self.tr("Previous match (Shift+Enter)")),
            (following, self.tr("Next match (Enter)")),
            (close, self.tr("Close (Esc)")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
        return previous, following, close

    def open_bar(self) -> None:
        self.show()
        self.query.setFocus()
        self.query.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], None
        self.matchesChanged.emit([], None)
        self.closed.emit()

    def search(self) -> None:
        """Find the query now (typing waits a moment first)."""
        self._timer.stop()
        text = self._text()
        folded = None
        if not self.diacritics.isChecked():
            if self._folded is None or self._folded[0] is not text:
                self._folded = (text, fold_text(text))
            folded = self._folded[1]
        query = self.query.text()
        self.matches = find_all(text, query, diacritics=self.diacritics.isChecked(), folded=folded)
        self.current = 0 if self.matches else None
        self._show_count(query)
        self.matchesChanged.emit(self.matches, self.current)

    def go(self, step: int) -> None:
        if self._timer.isActive():
            self.search()
        if not self.matches:
            return
        self.current = ((self.current or 0) + step) % len(self.matches)
        self._show_count(self.query.text())
        self.matchesChanged.emit(self.matches, self.current)

    def _show_count(self, query: str) -> None:
        if not query.strip():
            self.count_label.setText("")
        elif not self.matches:
            self.count_label.setText(self.tr("not found"))
        else:
            self.count_label.setText(
                self.tr("{n} of {total}").format(
                    n=number((self.current or 0) + 1), total=number(len(self.matches))
                )
            )

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.go(-1 if shift else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
