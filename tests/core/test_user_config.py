"""The annotator name chosen once, read by the GUI and the command line alike."""

from __future__ import annotations

import json

from annotator.core.user_config import CONFIG_ENV, config_dir, configured_annotator, save_annotator
from annotator.store import create_project, default_annotator


def test_a_saved_name_signs_new_projects_and_blank_forgets_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "cfg"))
    assert configured_annotator() is None
    written = save_annotator("  Nguyễn   Thị Lan ")
    assert json.loads(written.read_text(encoding="utf-8")) == {"annotator": "Nguyễn Thị Lan"}
    assert config_dir() == tmp_path / "cfg"
    assert default_annotator() == "Nguyễn Thị Lan"
    with create_project(tmp_path / "p.db") as project:
        assert project.annotator == "Nguyễn Thị Lan"
    save_annotator("")
    assert configured_annotator() is None and default_annotator() != ""


def test_an_unreadable_file_means_no_name(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path))
    (tmp_path / "user.json").write_text("{not json", encoding="utf-8")
    assert configured_annotator() is None
