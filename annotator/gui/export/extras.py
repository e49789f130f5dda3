"""The Export dialog's formats that need an extra which is not installed: greyed, with why.

A linguist without spaCy sees the spacy entry greyed out, its tooltip and a
line under the list naming the command that installs it, instead of an
export that fails after the preview.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel

from annotator.formats.extras import EXTRAS, missing_module
from annotator.gui.i18n import _tr
from annotator.gui.plaintext import plain_label


def unavailable_formats(formats: list[str]) -> dict[str, str]:
    """Format -> the reason it cannot be written here, for each format whose extra is missing."""
    reasons = {}
    for fmt in formats:
        module = missing_module(fmt)
        if module is not None:
            extra = EXTRAS[fmt]
            reasons[fmt] = _tr(
                "The {format} format needs {library} (Python module {module}), "
                "which is not installed: {command}"
            ).format(format=fmt, library=extra.library, module=module, command=extra.install)
    return reasons


def grey_unavailable(box: QComboBox) -> QLabel:
    """Disable the entries of `box` that cannot be written; the label says what to install.

    The label is hidden when every format can be written.
    """
    formats = [box.itemText(i) for i in range(box.count())]
    reasons = unavailable_formats(formats)
    model = box.model()
    for index, fmt in enumerate(formats):
        if fmt in reasons and isinstance(model, QStandardItemModel):
            item = model.item(index)
            item.setEnabled(False)
            item.setToolTip(reasons[fmt])
    lines = [
        QCoreApplication.translate(
            "ExportDialog", "{format}: greyed out, {library} is not installed ({command})"
        ).format(format=fmt, library=EXTRAS[fmt].library, command=EXTRAS[fmt].install)
        for fmt in reasons
    ]
    label = plain_label("\n".join(lines))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("export-unavailable")
    label.setVisible(bool(reasons))
    return label


def keep_writable(box: QComboBox, fallback: str = "conll") -> None:
    """A remembered choice that can no longer be written (the extra was removed) falls back."""
    if box.currentText() in unavailable_formats([box.currentText()]):
        box.setCurrentText(fallback)
