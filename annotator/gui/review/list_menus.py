"""The review lists' context menus and the editor's review entries, for the review controller.

A list's menu decides the suggestion under it, or many at once (accept all
like this, reject all from a suggester, accept the listed ones); after a bulk
decision the list moves on from the menu's row, as after one decision.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from annotator.core.model import PENDING, Relation, Span
from annotator.gui.review.items import RELATION, SPAN
from annotator.gui.review.menu import BULK, add_bulk, add_listed, build_review_menu


class ReviewMenusMixin:
    """Menus of the Annotations and Relations lists, and the review part of the editor's."""

    project: Any
    actions: Any
    spans_panel: Any
    relations_panel: Any
    _menu: Any

    def _span_menu(self, span_id: int, point: QPoint) -> None:
        span = self.project.span(span_id)
        self._menu = build_review_menu(self.spans_panel, self.actions, span=span)
        listed = [s.id for s in self.spans_panel.model.spans() if s.state == PENDING and s.id]
        add_listed(self._menu, self.actions, listed)
        self._after_bulk(self._menu, SPAN, span_id)
        self._menu.popup(point)

    def _relation_menu(self, relation_id: int, point: QPoint) -> None:
        relation = self.project.relation(relation_id)
        self._menu = build_review_menu(self.relations_panel, self.actions, relation=relation)
        self._after_bulk(self._menu, RELATION, relation_id)
        self._menu.popup(point)

    def _after_bulk(self, menu: QMenu, kind: str, item_id: int) -> None:
        """A bulk decision chosen in a list's menu moves on from the menu's row, as one
        decision does: the list kept no current row, and Enter and Backspace did nothing."""

        def chosen(action: QAction) -> None:
            if action.data() == BULK:  # once the decision (connected after the menu) is done
                QTimer.singleShot(0, lambda: self.move_on(kind, item_id))

        menu.triggered.connect(chosen)  # a submenu's entry reaches its parent menu too

    def _extend_editor_menu(self, menu, span: Span | None, relation: Relation | None) -> None:
        add_bulk(menu, self.actions, span=span, relation=relation)
