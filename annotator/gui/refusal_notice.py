"""A refused edit, said whole under the text when the status bar has to cut it.

A refusal names what it refused and why ("These words would cross the PER
span “…”: spans may nest but not cross; select words inside it, or around
it whole"); at 1366 pixels, in Vietnamese above all, the status bar showed
only its start, and the rest was in a tooltip and in Recent messages, where
no one looks after a keystroke did nothing. As desktop editors do with an
inline message bar (non-modal, under the text, wrapped, with a close
button), the refusal shows whole here; it takes no focus, so typing and
keys go on, and it goes when closed, after a while, or when the next edit
is made. A refusal that fits the bar, and every other message, stays in the
bar alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

# How long a refusal stays when nothing else sends it away.
NOTICE_MS = 20000
# How long the status bar keeps a refusal (as every edit message).
BAR_MS = 8000


class RefusalNotice(QFrame):
    """The whole text of the last refusal the status bar cut, under the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: Any = None
        self._cut = ""  # the refusal as the bar shows it, cut
        self.setObjectName("refusalNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#refusalNotice { background: #fdf0e6; border: 1px solid #d08040; }"
            "#refusalNotice QLabel { color: #402000; }"
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def attach(self, status: Any) -> None:
        """Say refusals in `status`; another message there (an undo, a step) sends this away."""
        self.status = status
        status.messageChanged.connect(self._message_changed)

    def _message_changed(self, text: str) -> None:
        """Hide once the bar says something else: the refusal is no longer the news. (The
        bar's message going after its time leaves it: the notice is there to be read.)"""
        if text and text != self._cut:
            self.hide()

    def refuse(self, text: str) -> None:
        """Say `text` in the status bar (and its log), and whole here if the bar cut it."""
        self.status.showMessage(text, BAR_MS)
        if self.status.currentMessage() == text:
            self.hide()
            return
        self._cut = self.status.currentMessage()
        self.text.setText(text)
        self.show()
        self._timer.start()
