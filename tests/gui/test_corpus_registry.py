"""The registry view in the real window: link, find, timeline, go to the text, confirm, split."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.store import open_project
from tests.app._corpus_projects import ARTICLES, corpus_file, find
from tests.gui.helpers import seed_doc_id
from tests.gui.i18n_support import vietnamese_interface
from tests.gui.review_support import suggest
from tests.gui.test_corpus_search import double_click

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    return corpus_file(tmp_path / "corpus.db")


def _names(view) -> list[str]:
    return [view.entities.item(i).text() for i in range(view.entities.count())]


def _links(path: Path, name: str) -> list[tuple[str, str]]:
    project = open_project(path)
    try:
        [person] = [e for e in project.registry_entities("person") if e.name == name]
        return [(m.text, m.status) for m in project.registry_mentions(person.uid)]
    finally:
        project.close()


def _undo(qtbot, window) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)


def test_link_find_read_the_timeline_and_jump_to_the_evidence(qtbot, make_window, corpus_path):
    window = make_window(corpus_path)
    qtbot.keyClick(window.editor, Qt.Key.Key_P, CTRL_SHIFT)
    view = window.corpus.registry
    assert window.corpus.registry_dock.isVisible() and _names(view) == []
    qtbot.mouseClick(view.update_button, Qt.MouseButton.LeftButton)
    assert _names(view) == ["Lê Trí Thanh (1)", "Phan Việt Cường (4)"]
    assert "1 suggested for confirmation" in window.status.currentMessage()
    qtbot.keyClicks(view.filter, "phan")
    assert _names(view) == ["Phan Việt Cường (4)"]
    qtbot.keyClicks(view.filter, " viet cuong")  # typed without diacritics, as in the search panel
    assert _names(view) == ["Phan Việt Cường (4)"]
    view.filter.setText("Phan Viêt")  # typed with them, they count
    assert _names(view) == [] and view.summary.text() == "No name matches."
    view.filter.setText("phan")
    view.pending.setChecked(False)  # the suggestion in the third document no longer counts
    assert _names(view) == ["Phan Việt Cường (3)"]
    item = view.entities.item(0)
    qtbot.mouseClick(
        view.entities.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.entities.visualItemRect(item).center(),
    )
    rows = [view.timeline.topLevelItem(i) for i in range(view.timeline.topLevelItemCount())]
    assert [(r.text(0), r.text(1), r.text(2)) for r in rows] == [
        ("Bí thư", "Tỉnh ủy Quảng Nam", "2022-02-23"),
        ("Chủ tịch", "HĐND tỉnh", "2023-03-15"),
    ]
    evidence = rows[1].child(0)
    assert evidence.text(0) == "Chủ tịch HĐND tỉnh — PHAN VIỆT CƯỜNG"
    view.timeline.expandItem(rows[1])
    view.timeline.doItemsLayout()
    double_click(qtbot, view.timeline.viewport(), view.timeline.visualItemRect(evidence).center())
    assert window.current_doc_id() == 2
    role = window.editor.selected_span()
    assert role.label == "ROLE" and (role.start, role.end) == find(
        ARTICLES[1][1], "Chủ tịch HĐND tỉnh"
    )
    # Organisations: who held the posts of the provincial party committee.
    view.filter.clear()
    view.kind.setCurrentIndex(view.kind.findData("organisation"))
    view.select_entity(
        next(
            e.uid
            for e in window.project.registry_entities("organisation")
            if e.name == "Tỉnh ủy Quảng Nam"
        )
    )
    [held] = [view.timeline.topLevelItem(i) for i in range(view.timeline.topLevelItemCount())]
    assert (held.text(0), held.text(2)) == ("Phan Việt Cường: Bí thư", "2022-02-23")
    _undo(qtbot, window)  # linking was one step
    assert window.project.registry_entities("person") == []


def test_confirm_a_short_form_and_split_a_mention_off(qtbot, make_window, corpus_path):
    window = make_window(corpus_path)
    window.corpus.show_registry()
    view = window.corpus.registry
    view.update_links()
    assert _links(corpus_path, "Phan Việt Cường")[1] == ("Cường", "suggested")
    view.tabs.setCurrentIndex(2)
    assert view.tabs.tabText(2) == "To confirm (1)"
    waiting = view.to_confirm.topLevelItem(0)
    assert (waiting.text(0), waiting.text(1)) == ("Cường", "Phan Việt Cường")
    view.to_confirm.setCurrentItem(waiting)
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    assert _links(corpus_path, "Phan Việt Cường")[1] == ("Cường", "confirmed")
    assert view.tabs.tabText(2) == "To confirm (0)"
    # The mention in the third document is someone else of the same name: split it off.
    view.select_entity(
        next(
            e.uid for e in window.project.registry_entities("person") if e.name == "Phan Việt Cường"
        )
    )
    view.tabs.setCurrentIndex(1)
    third = next(
        view.mentions.topLevelItem(i)
        for i in range(view.mentions.topLevelItemCount())
        if view.mentions.topLevelItem(i).text(0) == ARTICLES[2][0]
    )
    view.mentions.setCurrentItem(third)
    qtbot.mouseClick(view.split_button, Qt.MouseButton.LeftButton)
    assert sorted(_names(view)) == [
        "Lê Trí Thanh (1)",
        "Phan Việt Cường (1)",
        "Phan Việt Cường (3)",
    ]
    _undo(qtbot, window)
    assert sorted(_names(view)) == ["Lê Trí Thanh (1)", "Phan Việt Cường (4)"]
    others = [e for e in window.project.registry_entities("person") if e.name == "Lê Trí Thanh"]
    view.select_entity(
        next(
            e.uid for e in window.project.registry_entities("person") if e.name == "Phan Việt Cường"
        )
    )
    view.merge_into(others[0].uid)
    assert _names(view) == ["Lê Trí Thanh (5)"]


def test_the_empty_list_says_why_it_is_empty(qtbot, make_window, demo_path):
    window = make_window(demo_path)  # the demo has no PER or ORG annotation yet
    view = window.corpus.registry
    qtbot.keyClick(window.editor, Qt.Key.Key_P, CTRL_SHIFT)
    assert view.summary.text().startswith("No one here yet")
    qtbot.mouseClick(view.update_button, Qt.MouseButton.LeftButton)
    assert view.summary.text().startswith("Nothing to link: no PER or ORG annotation is new")
    suggest(window, seed_doc_id(window.project))  # pending PER and ORG suggestions only
    qtbot.mouseClick(view.update_button, Qt.MouseButton.LeftButton)
    assert _names(view)  # shown with suggestions included (the default)
    view.pending.setChecked(False)
    assert _names(view) == []
    assert view.summary.text().startswith("Every mention linked so far is a suggestion")


def test_linking_reports_in_the_window_language(qtbot, make_window, corpus_path):

    with vietnamese_interface():
        window = make_window(corpus_path)
        qtbot.keyClick(window.editor, Qt.Key.Key_P, CTRL_SHIFT)
        qtbot.mouseClick(window.corpus.registry.update_button, Qt.MouseButton.LeftButton)
        said = window.status.currentMessage()
        assert "lần nhắc được liên kết theo tên" in said and "linked by name" not in said
