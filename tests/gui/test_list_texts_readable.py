"""At a laptop's screen the lists show what the reviewer scans: the annotation's text, not
"Phan Việt C…", and a relation's type whole, not "PARTIC…"."""

from __future__ import annotations

import pytest

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
