"""The message templates of annotator.nlp, for the translation catalogue.

Written by `python -m annotator.gui.message_scan` (make translations); do not edit.
pyside6-lupdate reads the QT_TR_NOOP calls; gui.messages.shown translates them.
"""

from PySide6.QtCore import QT_TR_NOOP

TEMPLATES = (
    QT_TR_NOOP("Cannot read gazetteer file {name}: {exc}"),
    QT_TR_NOOP(
        "Gazetteer file {name} has unknown kind {kind!r}; name the file after one of: {choices}, or add a line '# kind: NAME'."
    ),
    QT_TR_NOOP("The stored model cannot be read ({exc}); train it again."),
    QT_TR_NOOP("The stored model names an unknown combination {name!r}; train it again."),
    QT_TR_NOOP(
        "There are no accepted annotations to learn from: mark annotated documents done first."
    ),
    QT_TR_NOOP("Training was cancelled."),
    QT_TR_NOOP("Unknown combination {combination!r}: use one of {choices}."),
)
