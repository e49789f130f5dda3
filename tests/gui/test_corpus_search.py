"""The search panel, the concordance and the consistency check in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.core.model import SourceDocument
from annotator.gui.search.model import ANNOTATED, HIT, RIGHT
from annotator.store import create_project
from tests.app._corpus_projects import ARTICLES, corpus_file, find
from tests.gui.helpers import search_corpus

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    return corpus_file(tmp_path / "corpus.db")


def _search(qtbot, window, text: str) -> None:
    panel = window.corpus.search
    search_corpus(
        qtbot,
        window,
        text,
        until=lambda: panel.label_all_button.isEnabled() or "0 hit" in panel.summary.text(),
    )


def double_click(qtbot, widget, pos) -> None:
    """A real double click: press and release, then the second press (QTest's alone is ignored)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _column(panel, column: int) -> list[str]:
    model = panel.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_ctrl_shift_f_searches_without_diacritics_and_shows_annotations(
    qtbot, make_window, corpus_path
):
    window = make_window(corpus_path)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    panel = window.corpus.search
    assert window.corpus.search_dock.isVisible() and panel.query_edit.hasFocus()
    _search(qtbot, window, "quoc hoi")
    assert _column(panel, HIT) == ["Quốc hội", "QUỐC HỘI"]
    assert _column(panel, ANNOTATED) == ["ORG", ""]
    assert panel.summary.text() == "2 hits in 2 documents"
    panel.match_case.setChecked(True)
    _search(qtbot, window, "Quốc hội")
    assert _column(panel, HIT) == ["Quốc hội"]
    table = window.show_shortcuts().table  # Help ▸ Keyboard shortcuts lists the Corpus keys
    listed = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert listed["Ctrl+Shift+F"] == "Search the project…"
    assert listed["Ctrl+Shift+L"] == "Label all occurrences…"
    assert listed["Ctrl+Shift+P"] == "People and roles registry"


def test_concordance_sorts_by_right_context_and_opens_the_hit(qtbot, make_window, corpus_path):
    window = make_window(corpus_path)
    window.corpus.show_search()
    panel = window.corpus.search
    _search(qtbot, window, "Tỉnh ủy")
    assert _column(panel, ANNOTATED) == ["in ROLE", "ORG", "in ORG", ""]
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(RIGHT) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    rights = _column(panel, RIGHT)
    assert [r.split()[0] for r in rights] == ["chỉ", "khẩn", "Quảng", "Quảng"]
    # The free occurrence in the second document: click its row, the editor selects it.
    row = _column(panel, ANNOTATED).index("")
    rect = panel.table.visualRect(panel.model.index(row, HIT))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    start, end = find(ARTICLES[1][1], "Tỉnh ủy", 1)
    assert window.current_doc_id() == 2
    assert window.editor.selection_range() == (start, end)


def test_filters_and_annotation_search(qtbot, make_window, corpus_path):
    window = make_window(corpus_path)
    window.corpus.show_search()
    panel = window.corpus.search
    panel.annotated_combo.setCurrentIndex(panel.annotated_combo.findData("unannotated"))
    _search(qtbot, window, "Tỉnh ủy")
    assert _column(panel, ANNOTATED) == [""]
    panel.annotated_combo.setCurrentIndex(0)
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("done"))
    _search(qtbot, window, 'label:ROLE "chu tich"')
    assert _column(panel, HIT) == ["Chủ tịch UBND tỉnh"]
    panel.regex.setChecked(True)
    search_corpus(qtbot, window, "(unclosed", until=lambda: "not valid" in panel.summary.text())
    assert panel.model.rowCount() == 0 and not panel.label_all_button.isEnabled()


def test_results_stream_in_pages_and_a_new_search_cancels_the_old(qtbot, make_window, tmp_path):
    path = tmp_path / "many.db"
    project = create_project(path, annotator="tester")
    for i in range(700):
        project.add_document(SourceDocument(text=f"Bài {i}. Quốc hội họp; Bộ Chính trị {i}."))
    project.close()
    window = make_window(path)
    window.corpus.show_search()
    panel = window.corpus.search
    panel.query_edit.setText("quoc hoi")
    panel.run_search()
    pages: list[int] = []
    panel._job.partial.connect(lambda hits: pages.append(len(hits)))
    with qtbot.waitSignal(panel._job.done, timeout=20000):
        pass
    assert len(pages) == 7 and panel.model.rowCount() == 700  # 100 per page, as they came
    panel.query_edit.setText("quoc hoi")
    panel.run_search()
    first = panel._job
    panel.query_edit.setText("chinh tri 12")
    panel.run_search()
    assert first.cancel_event.is_set()
    qtbot.waitUntil(lambda: panel.label_all_button.isEnabled(), timeout=20000)
    assert _column(panel, HIT) == ["Chính trị 12"]


def test_consistency_check_lists_places_and_opens_them(qtbot, make_window, corpus_path):
    window = make_window(corpus_path)
    window.corpus.actions["consistency"].trigger()
    dialog = window.corpus.dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=20000)
    items = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
    }
    tinh_uy = items["Tỉnh ủy"]
    assert tinh_uy.text(1) == "ORG 1, unlabelled 1"
    free = next(
        tinh_uy.child(i)
        for i in range(tinh_uy.childCount())
        if tinh_uy.child(i).text(1) == "(unlabelled)"
    )
    dialog.tree.expandItem(tinh_uy)
    dialog.tree.doItemsLayout()  # the expansion is laid out lazily
    dialog.tree.scrollToItem(free)
    rect = dialog.tree.visualItemRect(free)
    double_click(qtbot, dialog.tree.viewport(), rect.center())
    assert window.current_doc_id() == 2
    assert window.editor.selection_range() == find(ARTICLES[1][1], "Tỉnh ủy", 1)
    dialog.close()


def test_enter_on_a_place_opens_it_and_keeps_the_list(qtbot, make_window, corpus_path):
    """Enter in the list opened the place and also pressed the dialog's default button,
    "Check": the list emptied and was read again under the reader's eyes."""
    window = make_window(corpus_path)
    window.corpus.actions["consistency"].trigger()
    dialog = window.corpus.dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=20000)
    qtbot.waitUntil(lambda: not dialog.summary.text().startswith("Checking"))
    count, summary = dialog.tree.topLevelItemCount(), dialog.summary.text()
    tinh_uy = next(
        dialog.tree.topLevelItem(i)
        for i in range(count)
        if dialog.tree.topLevelItem(i).text(0) == "Tỉnh ủy"
    )
    dialog.tree.expandItem(tinh_uy)
    dialog.tree.setCurrentItem(tinh_uy.child(0))
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert window.current_doc_id() is not None
    assert dialog.isVisible()
    assert (dialog.tree.topLevelItemCount(), dialog.summary.text()) == (count, summary)
    dialog.close()


def test_changing_a_filter_searches_again_so_the_hits_match_what_the_filters_say(
    qtbot, make_window, corpus_path
):
    window = make_window(corpus_path)
    panel = window.corpus.search
    _search(qtbot, window, "quoc hoi")
    assert panel.summary.text() == "2 hits in 2 documents"
    panel.label_combo.setCurrentIndex(panel.label_combo.findData("ORG"))
    qtbot.waitUntil(lambda: panel.summary.text() == "1 hit in 1 document")
    assert _column(panel, HIT) == ["Quốc hội"]
    assert panel.query.labels == ("ORG",)  # what Label all… would use
    panel.label_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.summary.text() == "2 hits in 2 documents")
    panel.match_case.setChecked(True)
    panel.query_edit.setText("QUỐC HỘI")  # typed, not yet searched
    panel.match_diacritics.setChecked(True)
    qtbot.waitUntil(lambda: panel.summary.text() == "1 hit in 1 document")
    assert _column(panel, HIT) == ["QUỐC HỘI"]
