"""The window around a project: start page, opening, recent projects, dialogs, main()."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.core.operations import AddRelation, AddSpan, AddSuggestions
from annotator.core.resources import default_schema
from annotator.core.user_config import configured_annotator, save_annotator
from annotator.gui.settings import recent_projects
from tests.gui.helpers import NAME, ROLE_TEXT, seed_doc_id

REPO = Path(__file__).resolve().parents[2]


def test_without_a_project_the_start_page_offers_open_and_new(make_window, screenshots):
    window = make_window()
    assert window.context is None
    assert window.stack.currentWidget() is window.start_page
    assert window.start_page.open_button.isVisible()
    assert not window.commands.undo.isEnabled()
    assert not window.commands.import_files.isEnabled()
    window.grab().save(str(screenshots / "main-window-no-project.png"))


def test_new_project_then_reopen_from_recent(qtbot, make_window, tmp_path, screenshots):
    window = make_window()
    path = tmp_path / "new project.db"
    assert window.new_project_path(path)
    assert window.stack.currentWidget() is window.reading
    assert window.documents.model.rowCount() == 0
    assert window.status.progress_label.text() == "0 of 0 done"
    hint = window.documents.empty_hint
    assert hint.isVisible() and hint.text().startswith("No documents yet.")
    # The side panels take their default sizes once shown: a short palette, a long list.
    labels, annotations = window.docks["Labels"], window.docks["Annotations"]
    qtbot.waitUntil(lambda: labels.height() < annotations.height())
    window.grab().save(str(screenshots / "main-window-empty-project.png"))
    window.close_project()
    assert recent_projects() == [str(path.resolve())]
    start = window.start_page.recent
    assert start.count() == 1
    rect = start.visualItemRect(start.item(0))
    qtbot.mouseClick(start.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.start_page.recentChosen):
        qtbot.keyClick(start, Qt.Key.Key_Return)
    assert window.context is not None and window.context.path == path


def test_a_file_that_is_not_a_project_is_refused_untouched(make_window, tmp_path):
    stranger = tmp_path / "notes.db"
    stranger.write_bytes(b"just some notes, not a database" * 10)
    before = stranger.read_bytes()
    window = make_window()
    assert not window.open_project_path(stranger)
    assert window.context is None
    assert window.last_warning is not None
    assert window.last_warning.textFormat() == Qt.TextFormat.PlainText
    assert stranger.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_guidelines_are_readable_and_inert(qtbot, make_window):
    window = make_window()
    text = window.guidelines.toPlainText()
    assert not window.guidelines.openLinks() and not window.guidelines.openExternalLinks()
    assert "Phan Việt Cường" in text
    # The key table matches the schema the tool ships and the window's shortcuts.
    for label in default_schema().labels:
        assert f"{label.key} {label.name}" in text
    for action in (window.commands.word_mode, window.commands.mark_done, window.commands.redo):
        assert action.shortcut().toString().replace("Return", "Enter") in text


def test_annotated_seed_article_screenshot(qtbot, make_window, demo_path, screenshots):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    role_at = text.index(f"{ROLE_TEXT} {NAME}")
    name_at = role_at + len(ROLE_TEXT) + 1
    apply = window.context.apply
    role = apply(AddSpan(doc_id, role_at, role_at + len(ROLE_TEXT), "ROLE")).spans_added[0]
    person = apply(AddSpan(doc_id, name_at, name_at + len(NAME), "PER")).spans_added[0]
    apply(AddRelation(person, role, "HOLDS"))
    first = text.index(NAME)
    apply(AddSpan(doc_id, first, first + len(NAME), "PER"))
    for phrase, label in (("Ban Thường vụ Tỉnh ủy", "ORG"), ("Kết luận 21", "DOC"),
                          ("Sáng 23.2", "DATE"), ("Trà Leng", "LOC")):  # fmt: skip
        at = text.index(phrase)
        apply(AddSpan(doc_id, at, at + len(phrase), label))
    # Nested: ORG inside ROLE (one level), LOC inside ORG inside ROLE (two levels).
    deep = text.index("Phó Bí thư Thường trực Tỉnh ủy")
    apply(AddSpan(doc_id, deep, deep + len("Phó Bí thư Thường trực Tỉnh ủy"), "ROLE"))
    org = text.index("Tỉnh ủy", deep)
    apply(AddSpan(doc_id, org, org + len("Tỉnh ủy"), "ORG"))
    outer = text.index("Thường trực HĐND tỉnh Quảng Nam")
    apply(AddSpan(doc_id, outer, outer + len("Thường trực HĐND tỉnh Quảng Nam"), "ORG"))
    hdnd = text.index("HĐND tỉnh Quảng Nam")
    apply(AddSpan(doc_id, hdnd, hdnd + len("HĐND tỉnh Quảng Nam"), "ORG"))
    loc = text.index("Quảng Nam", hdnd)
    apply(AddSpan(doc_id, loc, loc + len("Quảng Nam"), "LOC"))
    # Pending suggestions: drawn as dashed outlines, never filled.
    suggested = [(text.index(p), text.index(p) + len(p), label, "rules")
                 for p, label in (("Lê Văn Dũng", "PER"), ("Lê Trí Thanh", "PER"),
                                  ("Chủ tịch UBND tỉnh", "ROLE"))]  # fmt: skip
    apply(AddSuggestions(doc_id, tuple(suggested)))
    window.editor.select_span(person)
    qtbot.waitUntil(lambda: len(window.annotations.span_texts()) == 12 + 3)
    assert window.relations.tree.topLevelItemCount() == 1
    path = screenshots / "main-window-seed-annotated.png"
    assert window.grab().save(str(path))


def test_main_py_opens_the_project_given_on_the_command_line(demo_path, tmp_path):
    save_annotator("Lan")  # not a first run: no question before the window
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QCoreApplication, QSettings, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv)
        QCoreApplication.setOrganizationName("annotator-tests")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        import runpy

        def report():
            window = QApplication.topLevelWidgets()
            titles = [w.windowTitle() for w in window if w.isVisible()]
            print("TITLES", titles)
            app.quit()

        QTimer.singleShot(500, report)
        sys.argv = ["main.py", {str(demo_path)!r}]
        runpy.run_path("main.py", run_name="__main__")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "demo.db" in done.stdout and "Thực hiện nghiêm" in done.stdout


def test_the_first_run_asks_who_annotates_once(qtbot):
    from annotator.gui.first_start import FirstStartDialog, ask, is_first_start

    seen: list = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, FirstStartDialog)
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "  Lan ")
        dialog.name_edit.insert("Nguyễn  Thị")  # beyond what key events can type
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert configured_annotator() is None and is_first_start()
    QTimer.singleShot(0, answer)
    ask(ask_project=False)
    assert seen == ["FirstStartDialog"]
    assert configured_annotator() == "Lan Nguyễn Thị"
    assert not is_first_start()  # asked once: the next start opens the window at once


def _close_modal_later(seen: list) -> None:
    def close():
        box = QApplication.activeModalWidget()
        seen.append(type(box).__name__ if box else None)
        if box is not None:
            box.reject()

    QTimer.singleShot(0, close)


def test_file_export_opens_its_dialog(make_window, demo_path):
    window = make_window(demo_path)
    seen: list = []
    _close_modal_later(seen)
    window.commands.export.trigger()
    assert seen == ["ExportDialog"]


def test_f1_shows_the_guidelines_beside_the_text_and_hides_them(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    dock = window.docks["Guidelines"]
    assert not dock.isVisible()
    qtbot.keyClick(window.editor, Qt.Key.Key_F1)
    qtbot.waitUntil(dock.isVisible)
    assert "Bí thư Tỉnh ủy" in window.guidelines.toPlainText()
    assert window.editor.isVisible()  # beside the text, not over it
    qtbot.keyClick(window.editor, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: not dock.isVisible())


def test_menus_hold_every_command(make_window):
    window = make_window()
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    file_items = [a.text().replace("&", "") for a in menus["File"].actions() if a.text()]
    assert file_items == [
        "New project…", "Open project…", "Open recent", "Import files…", "Import folder…",
        "Export…", "Save project as…", "Save a copy…", "Close", "Quit",
    ]  # fmt: skip
    annotate = [a.text().replace("&", "") for a in menus["Annotate"].actions() if a.text()]
    assert "Train model from my annotations…" in annotate
    shortcuts = {s.toString() for s in window.commands.redo.shortcuts()}
    assert shortcuts == {"Ctrl+Shift+Z", "Ctrl+Y"}
    assert {s.toString() for s in window.commands.mark_done.shortcuts()} == {
        "Ctrl+Return",
        "Ctrl+Enter",
    }
