# ruff: noqa: F811 (the GUI fixtures are imported by name, then requested as arguments)
"""A cut-short project file and a tampered package are refused in Vietnamese, SQLite's words too.

Before, the Vietnamese refusal ended in SQLite's English: "database disk image
is malformed" for a project file cut short, and "*** in database main ***
Multiple uses for byte 7616 of page 5." for a package whose bytes were changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from annotator.store import open_project
from tests.app.team.team_project import build_team_project
from tests.gui.conftest import make_window, private_settings  # noqa: F401 (fixtures)
from tests.gui.i18n_support import is_english, vietnamese_interface

SQLITE_ENGLISH = ("malformed", "database main", "Multiple uses", "not a database")


def _cut_short(path: Path, target: Path) -> Path:
    shutil.copy(path, target)
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 3])
    return target


def _tampered(path: Path, target: Path) -> Path:
    """`path` with bytes of its tables scrambled (its header and schema left as they were)."""
    shutil.copy(path, target)
    data = bytearray(target.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(data), page * 12)):
        if i % page > 200:
            data[i] ^= 0x5A
    target.write_bytes(bytes(data))
    return target


def test_a_cut_short_project_is_refused_in_vietnamese(qtbot, make_window, tmp_path: Path):
    setup = build_team_project(tmp_path)
    setup.project.close()
    broken = _cut_short(setup.project.path, tmp_path / "cut.db")
    before = broken.read_bytes()
    window = make_window()
    with vietnamese_interface():
        assert not window.open_project_path(broken)
    text = window.last_warning.text()
    assert "bị cắt cụt" in text and not is_english(text), text
    for words in SQLITE_ENGLISH:
        assert words not in text, (words, text)
    assert broken.read_bytes() == before


def test_a_tampered_package_is_refused_in_vietnamese(qtbot, make_window, tmp_path: Path):
    setup = build_team_project(tmp_path)
    setup.project.close()
    package = _tampered(setup.packages.files["an"], tmp_path / "an-tampered.db")
    window = make_window(setup.project.path)
    with vietnamese_interface():
        reports = window.team.merge([package])
    assert reports == []
    details = window.team.dialog.details.toPlainText()
    assert "SQLite" in details and not is_english(details), details
    for words in SQLITE_ENGLISH:
        assert words not in details, (words, details)
    window.close()
    project = open_project(setup.project.path)
    try:
        assert project.layer_mark("an") == (0, 0)
    finally:
        project.close()
