"""Keyboard and mouse handling of the editor: label keys, snapping, clicks, context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip

from annotator.core.model import ACCEPTED, PENDING, Span
from annotator.gui.editor.menus import build_relation_menu, build_span_menu
from annotator.gui.i18n import _tr
from annotator.gui.plaintext import tooltip

_NO_PLAIN = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DELETE = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class InputMixin:
    """Turns key presses, clicks and drags into selections and operations."""

    # --- keyboard ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        action = self._key_action(event)
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        action()

    def _claims_key(self, event: QKeyEvent) -> bool:
        return self._key_action(event) is not None

    def _key_action(self, event: QKeyEvent) -> Callable[[], object] | None:
        """What a key does here, or None to let QPlainTextEdit handle it."""
        if self._doc is None:
            return None
        key, mods = event.key(), event.modifiers()
        action = self._navigation_action(key, mods)
        if action is not None:
            return action
        if mods & _NO_PLAIN:  # Ctrl+Enter and the like belong to the window's menus
            return None
        action = self._span_key_action(key)
        if action is not None:
            return action
        return self._letter_action(event.text())

    def _navigation_action(self, key: int, mods) -> Callable[[], object] | None:
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Space and not mods & _NO_PLAIN:
            return lambda: self.reviewStepRequested.emit(-1 if shift else 1)
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and shift):
            return lambda: self.cycle_spans(-1)
        if key == Qt.Key.Key_Tab and not mods & _NO_PLAIN:
            return lambda: self.cycle_spans(1)
        if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return lambda: self.cycle_spans(-1 if key == Qt.Key.Key_Up else 1)
        if mods & Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            return lambda: self.step_unit(forward=key == Qt.Key.Key_Right, keep_anchor=shift)
        return None

    def _span_key_action(self, key: int) -> Callable[[], object] | None:
        selected = self.selected_span() or self.selected_relation()
        if key == Qt.Key.Key_Escape:
            busy = self._relation_head is not None or selected is not None
            return self._escape if busy or self.textCursor().hasSelection() else None
        if key in _ENTER:
            if self._relation_head is not None:
                return self.finish_relation_with_selected
            if selected is not None and selected.state == PENDING:
                return lambda: self.set_selected_state(ACCEPTED)
            return None
        if key in _DELETE and selected is not None and not self.textCursor().hasSelection():
            return self.delete_selected
        return None

    def _letter_action(self, text: str) -> Callable[[], object] | None:
        if len(text) != 1 or not text.isprintable() or text.isspace():
            return None
        label = self._schema.label_for_key(text)
        if label is not None:
            return lambda: self.press_label(label.name)
        if text.lower() == "r" and self.selected_span() is not None:  # core.keys reserves it
            return self.start_relation
        return None

    def press_label(self, label: str) -> None:
        """A label key: label the selection, relabel the selected span, accept a suggestion as it."""
        if self._relation_head is not None:
            self.statusMessage.emit(_tr("Pick the target span first, or press Esc to cancel"))
            return
        snapped = self.selection_range()
        if snapped is not None:
            self.create_span(label, *snapped)
        elif self.textCursor().hasSelection():
            self.statusMessage.emit(_tr("The selection holds no word to label"))
        elif self.selected_span() is not None:
            self.relabel_selected(label)
        else:
            self.statusMessage.emit(_tr("Select some text first, then press a label key"))

    def _escape(self) -> None:
        if self._relation_head is not None:
            self.cancel_relation()
        elif self.textCursor().hasSelection():
            self._clear_text_selection()
        else:
            self._set_selected(None)
            self.select_relation(None)

    # --- mouse -------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._doc is None:
            return
        if self.textCursor().hasSelection():
            self._snap_visible_selection()
        else:
            self._click_at(event.position().toPoint())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Select the syllable (or word, in word mode) under the pointer."""
        if event.button() != Qt.MouseButton.LeftButton or self._doc is None:
            super().mouseDoubleClickEvent(event)
            return
        cp = self._cp_at_point(event.position().toPoint())
        unit = self._units.token_at(cp) if cp is not None else None
        if unit is None:
            return
        cursor = self._offsets.select(self.textCursor(), *unit)
        self.setTextCursor(cursor)
        event.accept()

    def _snap_visible_selection(self) -> None:
        """Grow a dragged selection to whole units and show what will be labelled."""
        cursor = self.textCursor()
        start, end = self._offsets.cursor_range(cursor)
        snapped = self._units.snap(start, end)
        if snapped is None:
            self._clear_text_selection()
            return
        if snapped != (start, end):
            backwards = cursor.position() < cursor.anchor()
            first, last = (snapped[1], snapped[0]) if backwards else snapped
            self.setTextCursor(self._offsets.select(cursor, first, last))
        if self._relation_head is None:
            self._set_selected(None)
            self.select_relation(None)
        surface = " ".join(self._doc.text[snapped[0] : snapped[1]].split())
        if "\n" in self._doc.text[snapped[0] : snapped[1]]:
            message = _tr("“{surface}” crosses a paragraph break: most labels refuse it")
        else:
            message = _tr("“{surface}”: press a label key")
        self.statusMessage.emit(message.format(surface=surface))

    def _click_at(self, point: QPoint) -> None:
        relation = self.relation_at(QPointF(point)) if self._relation_head is None else None
        if relation is not None:
            self.select_relation(relation.id, ensure_visible=False)
            return
        cp = self._cp_at_point(point)
        spans = self._index.at(cp) if cp is not None else []
        if self._relation_head is not None:
            targets = [s for s in spans if s.id != self._relation_head]
            if targets:
                self.pick_relation_target(targets[-1])
            return
        self._set_selected(self._next_clicked(spans))

    def _next_clicked(self, spans: list[Span]) -> int | None:
        """Innermost span first; clicking again moves outwards."""
        if not spans:
            return None
        ids = [s.id for s in spans]
        if self._selected_id in ids:
            return ids[ids.index(self._selected_id) - 1]
        return ids[-1]

    def _cp_at_point(self, point: QPoint) -> int | None:
        """Code point of the character under a viewport point."""
        cursor = self.cursorForPosition(point)
        cp = self._offsets.cursor_position(cursor)
        if point.x() < self.cursorRect(cursor).x() and cp > 0:
            cp -= 1
        return cp

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseMoveEvent(event)
        if self._doc is None or event.buttons() != Qt.MouseButton.NoButton:
            return
        cp = self._cp_at_point(event.position().toPoint())
        hovered = cp if cp is not None and self._index.at(cp) else None
        if hovered != self._hover_cp:
            self._hover_cp = hovered
            self.viewport().update()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().leaveEvent(event)
        if self._hover_cp is not None:
            self._hover_cp = None
            self.viewport().update()

    def hovered_spans(self) -> list[Span]:
        """Spans under the mouse pointer, whose label tags are shown above them."""
        return self._index.at(self._hover_cp) if self._hover_cp is not None else []

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.hover_text(event.pos()) if self._doc is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def hover_text(self, point: QPoint) -> str:
        """What the spans (or the arc chip) under the pointer are, with provenance (plain text)."""
        relation = self.relation_at(QPointF(point))
        if relation is not None:
            return self.describe_relation(relation)
        cp = self._cp_at_point(point)
        lines = []
        for span in self._index.at(cp) if cp is not None else []:
            lines.append(self._describe(span))
            for relation, other, outgoing in self.relation_partners(span.id):
                arrow = "→" if outgoing else "←"
                lines.append(f"    {relation.type} {arrow} {other.label}: {self.surface(other)}")
        return "\n".join(lines)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        if self._doc is None:
            return
        relation = self.relation_at(QPointF(event.pos()))
        if relation is not None:
            self.select_relation(relation.id, ensure_visible=False)
            self._menu = build_relation_menu(self, relation)
            self._menu.popup(event.globalPos())
            event.accept()
            return
        cp = self._cp_at_point(event.pos())
        spans = self._index.at(cp) if cp is not None else []
        ids = [s.id for s in spans]
        span_id = self._selected_id if self._selected_id in ids else (ids[-1] if ids else None)
        if span_id is not None:
            self._set_selected(span_id)
        self._menu = build_span_menu(self, self.selected_span() if span_id else None)
        self._menu.popup(event.globalPos())
        event.accept()
