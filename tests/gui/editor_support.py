"""Helpers for the annotation editor tests: a real project, a shown editor, real input."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from annotator.core.model import SourceDocument
from annotator.gui.editor import AnnotationEditor
from annotator.store import create_project

SEED = (
    "Lấy phiếu tín nhiệm\n"
    "Sáng 23.2, ông Phan Việt Cường, Bí thư Tỉnh ủy Quảng Nam, chủ trì hội nghị "
    "lấy phiếu tín nhiệm theo Nghị quyết số 18-NQ/TW ngày 7.1.2022.\n"
    "Ông N.Đ phát biểu tại hội nghị."
)


@dataclass
class Pane:
    """An editor showing one document of a temporary project."""

    editor: AnnotationEditor
    project: Any
    session: Any
    doc_id: int
    qtbot: Any

    @property
    def text(self) -> str:
        return self.project.document(self.doc_id).text

    def find(self, needle: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(needle, start + 1)
        return start, start + len(needle)

    def spans(self, states=("accepted", "pending")) -> list:
        return self.project.spans(self.doc_id, states=states)

    def surfaces(self) -> list[tuple[str, str, str]]:
        text = self.text
        return sorted((text[s.start : s.end], s.label, s.state) for s in self.spans())

    def caret_point(self, cp: int) -> QPoint:
        """Viewport point exactly at the boundary before code point `cp`."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self.editor._offsets.to_qt(cp))
        rect = self.editor.cursorRect(cursor)
        return QPoint(rect.x(), rect.center().y())

    def char_point(self, cp: int) -> QPoint:
        """Viewport point in the middle of the character at `cp`."""
        left, right = self.caret_point(cp), self.caret_point(cp + 1)
        if right.y() != left.y():
            return QPoint(left.x() + 3, left.y())
        return QPoint((left.x() + right.x()) // 2, left.y())

    def drag(self, start: int, end: int) -> None:
        """Select with the mouse from one code point boundary to another."""
        viewport = self.editor.viewport()
        first, last = self.caret_point(start), self.caret_point(end)
        self.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=first)
        self.qtbot.mouseMove(viewport, pos=QPoint((first.x() + last.x()) // 2, last.y()))
        self.qtbot.mouseMove(viewport, pos=last)
        self.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=last)

    def click(self, cp: int, button=Qt.MouseButton.LeftButton) -> None:
        self.qtbot.mouseClick(self.editor.viewport(), button, pos=self.char_point(cp))

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.editor, key, modifier)

    def caret_to(self, cp: int) -> None:
        """Move the caret with Ctrl+Home then Right presses (Right steps over a whole emoji)."""
        self.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        self.key(Qt.Key.Key_Right, times=cp)

    def apply(self, op) -> Any:
        """Apply an operation as another panel would, and tell the editor."""
        changes = self.session.apply(op, origin="elsewhere")
        self.editor.refresh(changes)
        return changes


def open_pane(
    qtbot: Any, tmp_path: Path, text: str = SEED, *, size: tuple[int, int] = (700, 400)
) -> Pane:
    """Create a project holding `text` and show it in a real, visible editor."""
    project = create_project(tmp_path / "p.db")
    doc_id = project.add_document(SourceDocument(text=text, title="t"))
    session = project.session()
    editor = AnnotationEditor()
    qtbot.addWidget(editor)
    editor.resize(*size)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_project(project, session)
    editor.load_document(doc_id)
    editor.setFocus()
    return Pane(editor, project, session, doc_id, qtbot)
