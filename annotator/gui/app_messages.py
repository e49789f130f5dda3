"""Messages of the layers below the window, as the window shows them.

The app, store and formats raise errors with English messages (the command
line prints them as they are). The fixed ones a linguist meets from the
window are listed here for the catalogues; `app_message` gives their form in
the interface language, and leaves any other message as it was written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from annotator.gui.i18n import _tr

KNOWN = (
    QT_TR_NOOP("agreement needs at least two annotators' layers in the project"),
    QT_TR_NOOP("an annotator is named twice"),
    QT_TR_NOOP("name at least one annotator"),
    QT_TR_NOOP("no documents match; nothing to share out"),
    QT_TR_NOOP("two annotators' names give the same file name; rename one"),
    QT_TR_NOOP("no annotator's layer to export separately"),
)


def app_message(text: str) -> str:
    """`text` in the interface language when it is a known message, else unchanged."""
    return _tr(text)
