"""A linguist's day in the real main window: defects met on real and awkward text.

Each test drives the window as a user does (keys, clicks, typing) and reads
the project file afterwards through another connection.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from annotator.core.model import SourceDocument
from annotator.store import create_project, open_project
from annotator.store.document_filter import DocumentFilter
from tests.gui.helpers import click_text, stored_spans, type_text
from tests.gui.i18n_support import vietnamese_interface

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ARTICLE = (
    "Tin Quảng Nam\n"
    "Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường chủ trì hội nghị trực tuyến sáng 23.2.\n"
    "Chủ tịch HĐND tỉnh phát biểu tại kỳ họp thứ 6."
)


def project_with(tmp_path: Path, *texts: str) -> tuple[Path, list[int]]:
    """A project file holding one document per text (closed, ready for the window)."""
    path = tmp_path / "day.db"
    project = create_project(path)
    ids = [project.add_document(SourceDocument(text=t, title=t.split("\n")[0])) for t in texts]
    project.close()
    return path, ids


def open_article(make_window, tmp_path: Path) -> tuple[Path, int, Any]:
    """A real main window showing ARTICLE, the only document of a new project."""
    path, (doc_id,) = project_with(tmp_path, ARTICLE)
    window = make_window(path)
    window.open_document(doc_id)
    return path, doc_id, window


def retype_in_nfd(field, text: str) -> None:
    """Type `text` into `field` instead of what it held, as an input method in NFD mode does."""
    field.clear()
    type_text(field, unicodedata.normalize("NFD", text))


def label_the_name(qtbot, window) -> None:
    """Click before "Phan Việt Cường", take its three syllables with Ctrl+Shift+Right, press 1."""
    click_text(qtbot, window.editor, ARTICLE.index("Phan Việt Cường"))
    select_syllables(qtbot, window, 3)
    qtbot.keyClick(window.editor, Qt.Key.Key_1)


def select_syllables(qtbot, window, count: int) -> None:
    for _ in range(count):
        qtbot.keyClick(window.editor, Qt.Key.Key_Right, CTRL_SHIFT)


@contextmanager
def reopened(path: Path) -> Iterator:
    """The project file as another connection reads it."""
    project = open_project(path)
    try:
        yield project
    finally:
        project.close()


def test_find_bar_finds_a_query_typed_or_pasted_in_nfd_then_labels_it(qtbot, make_window, tmp_path):
    path, doc_id, window = open_article(make_window, tmp_path)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    qtbot.waitUntil(bar.query.hasFocus)
    type_text(bar.query, unicodedata.normalize("NFD", "Phan Việt Cường"))  # combining marks
    qtbot.waitUntil(lambda: len(bar.matches) == 1)
    assert bar.count_label.text() == "1 of 1"
    start, end = bar.matches[0]
    assert ARTICLE[start:end] == "Phan Việt Cường"
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)  # on to the match
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    window.editor.setFocus()
    assert window.editor.caret_cp() == start
    select_syllables(qtbot, window, 3)
    qtbot.keyClick(window.editor, Qt.Key.Key_1)
    spans = stored_spans(path, doc_id)
    assert [(ARTICLE[s.start : s.end], s.label) for s in spans] == [("Phan Việt Cường", "PER")]


def test_export_of_work_in_progress_says_why_nothing_matches_then_exports_it(
    qtbot, make_window, tmp_path
):
    path, doc_id, window = open_article(make_window, tmp_path)
    label_the_name(qtbot, window)
    seen: dict = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.format_box.setCurrentText("jsonl")
        dialog.out_edit.setText(str(tmp_path / "out"))
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        seen["first"] = (dialog.report.toPlainText(), dialog.export_button.isEnabled())
        dialog.status_checks["in_progress"].setChecked(True)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        seen["ticked"] = dialog.export_button.isEnabled()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    QTimer.singleShot(0, drive)
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    report, enabled = seen["first"]
    assert not enabled, report
    assert report.startswith("Nothing would be exported: no document has a chosen status")
    assert "The status of 1 of 1 document is not ticked" in report
    assert seen["ticked"]
    rows = [json.loads(line) for line in (tmp_path / "out" / "all.jsonl").read_text().splitlines()]
    assert [row["text"][s:e] for row in rows for s, e, _label in row["label"]] == [
        "Phan Việt Cường"
    ]


def test_registry_no_longer_says_it_is_empty_once_linking_fills_it(qtbot, make_window, tmp_path):
    path, doc_id, window = open_article(make_window, tmp_path)
    qtbot.keyClick(window.editor, Qt.Key.Key_P, CTRL_SHIFT)
    view = window.corpus.registry
    qtbot.waitUntil(view.isVisible)
    assert view.summary.text().startswith("No one here yet")
    window.editor.setFocus()
    label_the_name(qtbot, window)
    qtbot.mouseClick(view.update_button, Qt.MouseButton.LeftButton)
    assert [view.entities.item(i).text() for i in range(view.entities.count())] == [
        "Phan Việt Cường (1)"
    ]
    assert view.summary.text() == "1 name: choose it to see its posts and mentions."
    with reopened(path) as project:
        [person] = project.registry_entities("person")
        assert [m.text for m in project.registry_mentions(person.uid)] == ["Phan Việt Cường"]


def test_search_and_registry_panels_fit_a_laptop_window_with_its_status_line(
    qtbot, make_window, tmp_path
):
    """A 1366x768 screen leaves about 700 px: opening the bottom panels must not grow the window."""
    path, doc_id, window = open_article(make_window, tmp_path)
    window.resize(1280, 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(window.corpus.search_dock.isVisible)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(window.corpus.registry_dock.isVisible)
    QApplication.processEvents()
    assert window.minimumSizeHint().height() <= 700
    assert window.height() == 700
    status = window.statusBar().geometry()
    assert status.bottom() < window.height() and status.height() > 0


def test_own_suggestions_are_not_announced_as_another_windows_changes(qtbot, make_window, tmp_path):
    path, doc_id, window = open_article(make_window, tmp_path)
    said: list[str] = []
    window.status.messageChanged.connect(said.append)
    with qtbot.waitSignal(window.commands.suggest_document.triggered):
        qtbot.keyClick(window.editor, Qt.Key.Key_G, CTRL)
    [task] = window.tasks
    with qtbot.waitSignal(task.ended, timeout=120_000):
        pass
    window.context.watcher.poll()  # what the watcher's timer does every half second
    assert "Updated with changes made in another window" not in said
    assert window.last_report.windowTitle() == "Suggestions"
    pending = stored_spans(path, doc_id)
    assert pending and {s.state for s in pending} == {"pending"}
    assert window.editor.pending_count() >= len(pending)  # spans, and relations between them


def test_names_typed_with_combining_marks_are_stored_precomposed(qtbot, make_window, tmp_path):
    """An input method in decomposed mode (NFD): the label and the signature match NFC ones."""
    path, doc_id, window = open_article(make_window, tmp_path)
    window.commands.preferences.trigger()
    preferences = window.last_dialog
    qtbot.waitUntil(preferences.isVisible)
    retype_in_nfd(preferences.name_edit, "Nguyễn Thị Lan")
    preferences.accept()
    seen: dict = {}

    def answer_name() -> None:
        box = QApplication.activeModalWidget()
        type_text(box.findChild(QLineEdit), unicodedata.normalize("NFD", "CHỨC VỤ"))
        box.accept()

    def add_a_label() -> None:
        editor = QApplication.activeModalWidget()
        add = next(
            b for b in editor.findChildren(QPushButton) if b.text() == "Add…" and b.isVisible()
        )
        QTimer.singleShot(0, answer_name)
        add.click()
        seen["labels"] = editor.schema().label_names()
        editor.accept()

    QTimer.singleShot(0, add_a_label)
    window.commands.schema.trigger()
    assert "CHỨC VỤ" in seen["labels"]
    window.editor.setFocus()
    label_the_name(qtbot, window)
    with reopened(path) as project:
        assert "CHỨC VỤ" in project.schema().label_names()
        [span] = project.spans(doc_id)
        assert span.annotator == "Nguyễn Thị Lan"


def test_the_folder_chooser_of_import_speaks_vietnamese(qtbot, make_window, tmp_path):
    """Where the desktop lends no file chooser, Qt draws its own: it must not be half English."""

    folder = tmp_path / "bài báo"
    folder.mkdir()
    (folder / "tin.txt").write_text(ARTICLE, encoding="utf-8")
    path, _ids = project_with(tmp_path, "Tin cũ\nMột dòng.")
    with vietnamese_interface():
        window = make_window(path)
        seen: dict = {}

        def choose() -> None:
            chooser = QApplication.activeModalWidget()
            seen["texts"] = {w.text() for w in chooser.findChildren(QLabel) if w.isVisible()}
            seen["buttons"] = {b.text() for b in chooser.findChildren(QPushButton) if b.isVisible()}
            name = next(e for e in chooser.findChildren(QLineEdit) if e.isVisible())
            name.setText(str(folder))
            chooser.accept()

        QTimer.singleShot(0, choose)
        window.commands.import_folder.trigger()
        [task] = window.tasks
        with qtbot.waitSignal(task.ended, timeout=60_000):
            pass
    assert {"&Tìm trong:", "Thư mục:"} <= seen["texts"], seen
    assert "&Chọn" in seen["buttons"], seen
    assert not {"&Look in:", "Directory:", "Files of &type:"} & seen["texts"]
    with reopened(path) as project:
        assert "Tin Quảng Nam" in [row.title for row in project.document_rows(limit=10)]


def test_a_title_and_a_registry_name_typed_with_combining_marks_are_stored_precomposed(
    qtbot, make_window, tmp_path
):
    path, doc_id, window = open_article(make_window, tmp_path)
    window.commands.rename.trigger()
    question = window.last_question
    qtbot.waitUntil(question.isVisible)
    field = question.findChild(QLineEdit)
    retype_in_nfd(field, "Hội nghị Tỉnh ủy Quảng Nam")
    question.accept()
    label_the_name(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_P, CTRL_SHIFT)
    view = window.corpus.registry
    qtbot.mouseClick(view.update_button, Qt.MouseButton.LeftButton)
    view.entities.setCurrentRow(0)
    view.rename(unicodedata.normalize("NFD", "Phan Việt Cường (Bí thư)"))
    with reopened(path) as project:
        assert project.document(doc_id).title == "Hội nghị Tỉnh ủy Quảng Nam"
        assert [row.title for row in project.document_rows(DocumentFilter(title="tinh uy"))] == [
            "Hội nghị Tỉnh ủy Quảng Nam"
        ]
        [person] = project.registry_entities("person")
        assert person.name == "Phan Việt Cường (Bí thư)"


def test_work_packages_for_names_typed_with_combining_marks_use_nfc(qtbot, make_window, tmp_path):
    path, doc_id, window = open_article(make_window, tmp_path)
    label_the_name(qtbot, window)
    window.team.show_package_dialog()
    dialog = window.team.dialog
    qtbot.waitUntil(dialog.isVisible)
    retype_in_nfd(dialog.names, "Lan, Bình")
    dialog.folder.setText(str(tmp_path / "goi"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert sorted(p.name for p in (tmp_path / "goi").iterdir()) == ["day-Bình.db", "day-Lan.db"]
    with reopened(tmp_path / "goi" / "day-Bình.db") as package:
        assert package.package_info()["annotator"] == "Bình"
    with reopened(path) as project:
        assert sorted(project.assigned_annotators(doc_id)) == ["Bình", "Lan"]
