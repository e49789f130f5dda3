"""In a Vietnamese window the file dialogs name file types in Vietnamese, whatever the system locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from annotator.store import create_project


def test_the_merge_dialog_names_a_package_s_type_in_vietnamese(
    vietnamese, qtbot, make_window, tmp_path: Path
) -> None:
    path = tmp_path / "p.db"
    create_project(path, annotator="mai").close()
    packages = tmp_path / "packages"
    packages.mkdir()
    (packages / "team-an.db").write_bytes(b"")
    window = make_window(path)
    seen: dict[str, str] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(packages))
        model = dialog.findChild(QFileSystemModel)

        def package_type() -> str:
            return model.type(model.index(str(packages / "team-an.db")))

        try:
            qtbot.waitUntil(lambda: bool(package_type()), timeout=10000)  # the folder is read aside
        finally:
            seen["team-an.db"] = package_type()
            dialog.reject()

    QTimer.singleShot(300, in_the_dialog)
    action = next(a for a in window.team.actions if "Gộp" in a.text().replace("&", ""))
    action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=15000)
    assert seen == {"team-an.db": "không rõ"}  # Qt's word for a type it does not know
    assert window.project.document_count() == 0  # nothing was merged
