"""The window's recent status messages, whole and with their times, in a dialog the user opens.

The status line has one row beside the permanent fields: a long message
(the suggestion's source, the count after a bulk action, why a step went
where it went) is cut at a word, and a message shown for eight seconds is
gone before a reviewer looks down. The log keeps each message as it was
given, so none loses its end: View ▸ Recent messages (Ctrl+Shift+M), or a
click on the message itself, shows them wrapped, the newest first.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

KEPT = 200  # messages the log remembers; a day of review says far more, the recent ones matter
MERGED = 3  # how far back a message may hold one it was built from (said, then the next step)


@dataclass(frozen=True)
class LoggedMessage:
    when: float  # time.time()
    text: str


class MessageLog:
    """The last KEPT messages, each once in a row (a message shown again is not repeated).

    The review loop builds a message from the one before it ("57 suggestions
    here · Suggested ROLE …", "Accepted … › 5 suggestions here · …"): the
    longer one takes the place of the recent ones it holds, so a step is one
    entry, not three.
    """

    def __init__(self) -> None:
        self._items: deque[LoggedMessage] = deque(maxlen=KEPT)

    def add(self, text: str, when: float | None = None) -> None:
        text = text.strip()
        if not text:
            return
        recent = [self._items.pop() for _ in range(min(MERGED, len(self._items)))]
        self._items.extend(m for m in reversed(recent) if m.text not in text)
        self._items.append(LoggedMessage(time.time() if when is None else when, text))

    def newest_first(self) -> list[LoggedMessage]:
        return list(reversed(self._items))

    def as_text(self) -> str:
        """One paragraph per message, "HH:MM:SS  text", the newest first."""
        return "\n\n".join(
            f"{time.strftime('%H:%M:%S', time.localtime(m.when))}  {m.text}"
            for m in self.newest_first()
        )


class MessageLogDialog(QDialog):
    """The log as wrapped plain text (a message holds article text: never rich text)."""

    def __init__(self, log: MessageLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recent messages"))
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._log = log
        self.refresh()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def refresh(self) -> None:
        """Show the log as it is now (the newest message on top, in view)."""
        self.view.setPlainText(self._log.as_text() or self.tr("No message yet."))
