"""File ▸ New project offers the projects folder, not the program's working folder."""

from __future__ import annotations

from pathlib import Path

from annotator.gui import file_dialogs, first_start


def test_new_project_is_offered_in_the_projects_folder(make_window, tmp_path, monkeypatch):
    folder = tmp_path / "Annotator"
    monkeypatch.setenv(first_start.PROJECTS_ENV, str(folder))
    asked = []

    def answer(parent, caption, directory="", filters=""):
        asked.append(directory)
        return "", ""

    monkeypatch.setattr(file_dialogs, "save_file_name", answer)
    make_window().ask_new_project()
    assert [Path(d).parent for d in asked] == [folder] and folder.is_dir()
