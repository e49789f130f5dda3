"""Scrolling a form with the mouse wheel scrolls the form, never a choice the pointer passes over.

Qt gives the wheel to whatever box is under the pointer: scrolling down the
Export dialog's form, the pointer crossed the Layer box and turned "auto"
into "separate" without a click, and the export that followed wrote one
folder per annotator. Here a combo box or spin box takes the wheel only once
it has the focus (clicked or tabbed to); before that the wheel scrolls the
area that holds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    """Passes the wheel of an unfocused box on to the scroll area around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(root: QWidget) -> WheelGuard:
    """Guard every combo box and spin box under `root` (kept alive as its child)."""
    guard = WheelGuard(root)
    for box in [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]:
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone gives no focus
        box.installEventFilter(guard)
    return guard
