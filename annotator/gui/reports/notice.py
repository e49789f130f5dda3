"""A suggestion run's report, said in a strip under the text instead of a box over it.

After Suggest, the report came as a window of its own that sat over the
article until it was closed, while the linguist wanted to read the
suggestions it was about. Like the refusal strip (gui.refusal_notice), the
report now shows under the text: it takes no focus, keeps the keys with the
editor, and goes when closed (× or Escape in it), at the next edit, or
after a while (not while the pointer is over it, so a long report can be
read to its end).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# How long a report stays when nothing else sends it away.
REPORT_MS = 30000
# The most detail lines shown at once; more scroll.
DETAIL_LINES = 6


class ReportNotice(QFrame):
    """The summary of the last suggestion run and its details, under the editor.

    It answers as the report box did (`summary`, `details`, `windowTitle()`,
    `close()`), so whoever read the box reads the strip.
    """

    def __init__(self, text: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_view = text  # where the keys go back when the report goes
        self.setObjectName("reportNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#reportNotice { background: #eef4fb; border: 1px solid #6f94c0; }"
            "#reportNotice QLabel { color: #102840; }"
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        close = self.close_button = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this report"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        self._build_layout()
        self._timer = QTimer(self, singleShot=True, interval=REPORT_MS)
        self._timer.timeout.connect(self._time_up)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def _build_layout(self) -> None:
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.summary)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addLayout(text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_report(self, *, title: str, summary: str, details: str = "") -> None:
        """Show the run's report (plain text) and start the time it stays."""
        self.setWindowTitle(title)
        self.summary.setText(summary)
        self.details.setPlainText(details)
        self.details.setVisible(bool(details))
        if details:
            lines = min(max(details.count("\n") + 1, 2), DETAIL_LINES)
            metrics = self.details.fontMetrics()
            margins = self.details.contentsMargins()
            padding = 2 * int(self.details.document().documentMargin())
            extra = margins.top() + margins.bottom() + padding + 2
            self.details.setFixedHeight(lines * metrics.lineSpacing() + extra)
        self.show()
        self._timer.start()

    def _time_up(self) -> None:
        """Go after a while, unless the linguist is reading it (pointer or keys in it)."""
        if self.underMouse() or self.details.hasFocus():
            self._timer.start()
        else:
            self.hide()

    def enterEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if self.isVisible():
            self._timer.start()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Escape in the details closes the report, as it closed the box."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        if self.details.hasFocus():
            self.text_view.setFocus()  # the keys go back to the text, not nowhere
        super().hideEvent(event)
