"""Merge packages opens where the packages are: the last folder written to, else beside the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.app.team.team_project import build_team_project


def _merge_action(window):
    return next(
        a for a in window.team.actions if a.text().replace("&", "").startswith("Merge packages")
    )


def _answer_later(qtbot, seen: dict, names: list[str] | None, where: Path | None = None) -> None:
    """Note where the file dialog opened; pick `names` in `where` (None: cancel)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen["folder"] = Path(dialog.directory().absolutePath())
        if names is None:
            dialog.reject()
            return
        dialog.setDirectory(str(where))  # a dialog opened elsewhere fails the test, not hangs
        line = dialog.findChild(QLineEdit)
        line.setText(" ".join(f'"{name}"' for name in names))
        qtbot.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(300, answer)


def test_the_merge_dialog_opens_where_the_packages_are(qtbot, make_window, tmp_path: Path):
    folder = tmp_path / "team"
    folder.mkdir()
    setup = build_team_project(folder)
    setup.project.close()
    window = make_window(setup.project.path)
    seen: dict = {}
    names = sorted(p.name for p in setup.packages.files.values())
    _answer_later(qtbot, seen, names, folder / "packages")
    _merge_action(window).trigger()
    qtbot.waitUntil(lambda: window.documents.model.row_at(0).status == "done")
    assert seen["folder"] == folder / "packages"
    assert set(window.project.status_annotators()) >= {"an", "binh", "chi"}
    # Packages written elsewhere from the Team menu: the next merge opens there.
    window.team.show_package_dialog()
    dialog = window.team.dialog
    dialog.names.setText("dung, em")
    dialog.folder.setText(str(tmp_path / "round2"))
    dialog.overlap.setValue(1)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    seen.clear()
    _answer_later(qtbot, seen, None)
    _merge_action(window).trigger()
    qtbot.waitUntil(lambda: "folder" in seen)
    assert seen["folder"] == tmp_path / "round2"
