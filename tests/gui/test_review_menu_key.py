"""The Menu key on a review list acts on the selected row, not on the row below it.

Pressed on "Việt" in the Annotations list, the Menu key opened the menu of
the next row down, and "Reject all like this" rejected three "Trần Đông A":
Qt gives a keyboard context menu a point in the view's coordinates, where the
heading takes a row's height, and the list looked that point up in its
viewport's.
"""

from __future__ import annotations

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from annotator.core.model import ACCEPTED, PENDING
from tests.gui.helpers import stored_relations, stored_spans
from tests.gui.review_support import review_window


def _menu_key(view) -> None:
    """What Qt sends when the Menu key is pressed on a list: a keyboard context menu event
    at the current row's middle, in the coordinates of the view (heading included)."""
    index = view.currentIndex()
    rect = view.visualRect(index)
    point = view.viewport().mapTo(view, rect.center())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, view.mapToGlobal(point))
    QApplication.sendEvent(view, event)


def _accept_from(menu) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Accept\t"))
    menu.close()
    action.trigger()


def test_the_menu_key_on_a_span_row_opens_that_spans_menu(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    panel = r.window.annotations
    chosen = r.spans["Lê Văn Dũng"]  # the row under it is "Lê Trí Thanh"
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(panel.model.row_of(chosen), 0))
    _menu_key(panel.view)
    title = r.window.review._menu.actions()[0].text()
    assert title.startswith("PER “Lê Văn Dũng” · suggested by underthesea NER"), title
    _accept_from(r.window.review._menu)
    states = {s.id: s.state for s in stored_spans(demo_path, r.doc_id)}
    assert states[chosen] == ACCEPTED
    assert states[r.spans["Lê Trí Thanh"]] == PENDING


def test_the_menu_key_on_a_relation_row_opens_that_relations_menu(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    tree = r.window.relations.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    r.window.review._menu = None
    _menu_key(tree)
    assert r.window.review._menu is not None  # the row's menu, not none at all
    title = r.window.review._menu.actions()[0].text()
    assert title.startswith("HOLDS: Phan Việt Cường → Bí thư Tỉnh ủy · "), title
    _accept_from(r.window.review._menu)
    (relation,) = stored_relations(demo_path, r.doc_id)
    assert relation.id == r.relation and relation.state == ACCEPTED
