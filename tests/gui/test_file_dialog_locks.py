"""A file dialog showing the open project's folder keeps the project's locks (and its log)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

pytestmark = pytest.mark.skipif(
    not Path("/proc/locks").exists(), reason="reads this process's POSIX locks from /proc/locks"
)

# Another program opening the project for a moment, as `annotator info` or a second
# window does; closing it checkpoints and deletes the log if it finds itself alone.
_VISIT = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT 1 FROM documents').fetchall(); c.close()"
_STATUS = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute('SELECT status FROM documents WHERE id = ?', (int(sys.argv[2]),)).fetchone()[0])"


def _locks_held_here(path: Path) -> bool:
    """Whether this process holds a POSIX lock on `path` (SQLite's shared lock)."""
    inode = os.stat(path).st_ino
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        posix = fields[1] == "POSIX"
        if posix and fields[4] == str(os.getpid()) and fields[5].rsplit(":", 1)[-1] == str(inode):
            return True
    return False


def _list_the_folder_then_cancel(qtbot, project: Path, seen: dict) -> None:
    """Wait until the open dialog has read the project file's type, note the locks, cancel."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.type(model.index(str(project))) != "", timeout=10_000)
    seen["provider"] = type(dialog.iconProvider()).__name__
    seen["locked"] = _locks_held_here(project)
    dialog.reject()


def test_open_dialog_on_the_project_folder_keeps_the_windows_edits(
    qtbot, make_window, demo_path, monkeypatch
):
    monkeypatch.chdir(demo_path.parent)  # the dialog opens on the project's own folder
    window = make_window(demo_path)
    doc_id = window.project.document_ids()[0]
    window.open_document(doc_id)
    assert _locks_held_here(demo_path)
    seen: dict = {}
    QTimer.singleShot(0, lambda: _list_the_folder_then_cancel(qtbot, demo_path, seen))
    window.commands.open_project.trigger()  # File ▸ Open project…, cancelled
    assert seen["locked"], "listing the folder dropped the project's locks"
    subprocess.run([sys.executable, "-c", _VISIT, str(demo_path)], check=True)
    window.commands.mark_done.trigger()  # an edit after the visit
    assert Path(f"{demo_path}-wal").exists()
    shown = subprocess.run(
        [sys.executable, "-c", _STATUS, str(demo_path), str(doc_id)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert shown.stdout.strip() == "done"  # another program sees the edit


def test_importing_the_open_projects_own_files_reads_none_of_them(qtbot, make_window, demo_path):
    from tests.gui.helpers import import_and_wait

    window = make_window(demo_path)
    doc_id = window.project.document_ids()[0]
    window.open_document(doc_id)
    own = [demo_path, Path(f"{demo_path}-wal"), Path(f"{demo_path}-shm")]
    report = import_and_wait(qtbot, window, own)  # File ▸ Import files…, the wrong files
    assert _locks_held_here(demo_path), "reading the project's own file dropped its locks"
    details = report.details.toPlainText()
    assert "3 × the open project's own file" in details
    subprocess.run([sys.executable, "-c", _VISIT, str(demo_path)], check=True)
    window.commands.mark_done.trigger()
    shown = subprocess.run(
        [sys.executable, "-c", _STATUS, str(demo_path), str(doc_id)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert shown.stdout.strip() == "done"
