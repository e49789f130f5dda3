"""The package dialog shows its folder and its title hint whole, in Vietnamese too."""

from __future__ import annotations

from pathlib import Path

from annotator.gui.team.package_dialog import PackageDialog
from annotator.store import create_project


def test_the_folder_and_the_title_hint_read_whole(vietnamese, qtbot, make_window, tmp_path):
    folder = tmp_path / "dự án của nhóm"
    folder.mkdir()
    path = folder / "p.db"
    create_project(path, annotator="mai").close()
    window = make_window(path)
    action = next(a for a in window.team.actions if "gói công việc" in a.text().replace("&", ""))
    action.trigger()
    dialog = window.team.dialog
    assert isinstance(dialog, PackageDialog)
    qtbot.waitExposed(dialog)
    assert Path(dialog.folder.text()) == folder / "packages"
    for edit, text in (
        (dialog.folder, dialog.folder.text()),
        (dialog.title, dialog.title.placeholderText()),
    ):
        assert edit.contentsRect().width() >= edit.fontMetrics().horizontalAdvance(text), text
    dialog.reject()
    assert window.project.document_count() == 0
