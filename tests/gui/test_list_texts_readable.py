"""At a laptop's screen the lists show what the reviewer scans: the annotation's text, not
"Phan Việt C…", and a relation's type whole, not "PARTIC…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.operations import AddSuggestions
from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH
from tests.gui.review_support import review_window

SCREENS = [(1366, 768), (1280, 720)]


def _window(qtbot, make_window, demo_path, screen):
    width, height = screen
    size = (width - FRAME_WIDTH, height - FRAME_HEIGHT)
    return review_window(qtbot, make_window, demo_path, size=size)


@pytest.mark.parametrize("screen", SCREENS)
def test_the_annotation_text_column_holds_a_body_name_whole(
    vietnamese, qtbot, make_window, demo_path, screen
) -> None:
    r = _window(qtbot, make_window, demo_path, screen)
    view = r.window.annotations.view
    qtbot.wait(50)
    needed = view.fontMetrics().horizontalAdvance("    Ban Thường vụ Tỉnh ủy") + 12
    assert view.columnWidth(0) >= needed, (view.columnWidth(0), needed)
    assert not view.horizontalScrollBar().isVisible()
    for column in (1, 2, 3):  # the others are cut, never hidden
        assert view.columnWidth(column) >= 30


@pytest.mark.parametrize("screen", SCREENS)
def test_a_relation_type_is_never_cut(vietnamese, qtbot, make_window, demo_path, screen) -> None:
    r = _window(qtbot, make_window, demo_path, screen)
    text = r.text
    event = text.index("hội nghị trực tuyến toàn tỉnh")
    person = r.spans["Phan Việt Cường"]
    spans = ((event, event + len("hội nghị trực tuyến toàn tỉnh"), "EVENT", "rules", 0.8),)
    changes = r.window.context.apply(AddSuggestions(r.doc_id, spans=spans), source="test")
    from annotator.core.operations import AddRelation

    r.window.context.apply(
        AddRelation(person, changes.spans_added[0], "PARTICIPATES"), source="test"
    )
    tree = r.window.relations.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    qtbot.wait(50)
    texts = {tree.topLevelItem(i).text(1) for i in range(2)}
    assert texts == {"HOLDS", "PARTICIPATES"}
    needed = tree.fontMetrics().horizontalAdvance("PARTICIPATES") + 12
    assert tree.columnWidth(1) >= needed, (tree.columnWidth(1), needed)
    assert not tree.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("screen", SCREENS)
def test_a_cut_source_cell_still_shows_its_confidence(
    vietnamese, qtbot, make_window, demo_path, screen
) -> None:
    """ "phân loại tên 74%" cut to "phân loạ…" hid the figure a confidence filter is about."""
    from tests.gui.helpers import seed_doc_id
    from tests.gui.review_support import suggest

    width, height = screen
    window = make_window(demo_path, size=(width - FRAME_WIDTH, height - FRAME_HEIGHT))
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    r = suggest(window, doc_id, (("Lê Trí Thanh", "PER", "names", 0.74),), relation=False)
    view, model = window.annotations.view, window.annotations.model
    qtbot.waitUntil(lambda: model.row_of(r.spans["Lê Trí Thanh"]) is not None)
    cell = model.index(model.row_of(r.spans["Lê Trí Thanh"]), 2).data()
    assert cell.startswith("74% ")
    shown = view.fontMetrics().elidedText(
        cell, Qt.TextElideMode.ElideRight, view.columnWidth(2) - 12
    )
    assert shown.startswith("74%"), shown
