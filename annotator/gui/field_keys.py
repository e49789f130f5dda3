"""Window shortcuts that act on the document stay out of the text fields around it.

The window's shortcuts are window-wide, so a key a text field does not claim
for its own editing went to the window behind it: Ctrl+Enter typed in the
document's note marked the document done and opened the next one, Ctrl+G in
the search box suggested over the open document, Ctrl+Shift+L there labelled
every occurrence of the text's selection. As in a mature editor, a text
field keeps its own editing keys (Qt gives it Ctrl+Z, Ctrl+A, Home and the
like already), the commands that only open something (Export, Search, the
registry, Preferences) work from anywhere, and the commands that change the
document work only with the focus out of a field: pressed in one, the key
stays with the field and the status bar says where to press it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from annotator.gui.i18n import _tr


def is_text_field(widget: object) -> bool:
    """Whether `widget` takes typed text: an editable line, box or spin box."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox)


class FieldKeyGuard(QObject):
    """Settles the window's shortcuts pressed in a text field of `window` (its `text`
    excepted: the annotated text, where the document's keys belong).

    `commands` gives every window command, `document_commands` those that change
    the document; `say` puts a line in the status bar.
    """

    def __init__(
        self,
        window: QWidget,
        text: QWidget,
        commands: Callable[[], Iterable[QAction]],
        document_commands: Callable[[], Iterable[QAction]],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.text = text
        self.commands = commands
        self.document_commands = document_commands
        self.say = say
        QApplication.instance().focusChanged.connect(self._watch)

    def _watch(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Watch a text field of the window once it has the keys (a field made later, such
        as the registry's, too): filtering every event of the application cost more."""
        if new is not None and new is not self.text and self._in_window_field(new):
            new.installEventFilter(self)  # installed once: Qt keeps a filter once per object

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if watched is self.text or not self._in_window_field(watched):
            return False
        command = self.command_of(event, self.commands())
        if command is None:
            return False
        watched.event(event)  # the field first: it accepts the keys it edits with
        if event.isAccepted():
            self._tell(
                _tr("{key} edits this field; for {command}, press it in the text."),
                event,
                command,
            )
        elif command in list(self.document_commands()):
            event.accept()  # a key press for the field, which has no use for it
            self._tell(
                _tr(
                    "{key} ({command}) works on the document: press it in the text, not in a field."
                ),
                event,
                command,
            )
        return True  # else not accepted: the window's command runs (Export, Search...)

    def _in_window_field(self, watched: QObject) -> bool:
        """A text field of the window, its floating panels included (their own windows)."""
        if not isinstance(watched, QWidget) or not is_text_field(watched):
            return False
        widget: QWidget | None = watched
        while widget is not None and widget is not self.window:
            widget = widget.parentWidget()
        return widget is not None

    @staticmethod
    def command_of(event: QKeyEvent, commands: Iterable[QAction]) -> QAction | None:
        """The enabled command whose shortcut `event` is, if any."""
        pressed = QKeySequence(event.keyCombination())
        for command in commands:
            if command.isEnabled() and any(
                pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                for key in command.shortcuts()
            ):
                return command
        return None

    def _tell(self, text: str, event: QKeyEvent, command: QAction) -> None:
        key = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.NativeText)
        name = command.text().replace("&", "").rstrip("…")
        self.say(text.format(key=key, command=name))
