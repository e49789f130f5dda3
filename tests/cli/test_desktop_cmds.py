"""`annotator install-desktop-entry`: the entry and icon land in $XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import shlex
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.app.desktop import DESKTOP_ID, _quoted, data_home, desktop_entry
from annotator.cli import cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_entry_and_icon_are_written_under_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    result = CliRunner().invoke(cli, ["install-desktop-entry"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    entry_file = tmp_path / "data" / "applications" / f"{DESKTOP_ID}.desktop"
    icon = tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    assert f"Wrote {entry_file}" in result.output and icon.is_file()
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    entry = _entry(entry_file)
    assert entry["Type"] == "Application" and entry["Icon"] == DESKTOP_ID
    assert entry["Terminal"] == "false" and entry["Name"] == "Vietnamese Political Annotator"
    assert entry["Comment[vi]"].startswith("Chú thích")
    command = shlex.split(entry["Exec"])
    assert command[-1] == "%f"
    assert Path(command[0]).is_file()  # this install's annotator-gui (or its Python)


def test_running_it_again_replaces_the_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    for _ in range(2):
        assert CliRunner().invoke(cli, ["install-desktop-entry"]).exit_code == 0
    assert sorted(p.name for p in (tmp_path / "applications").iterdir()) == [
        f"{DESKTOP_ID}.desktop"
    ]


def test_a_relative_xdg_data_home_is_ignored(monkeypatch):
    """The XDG specification: a relative path is invalid and falls back to the default."""
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert data_home() == Path.home() / ".local/share"


def test_exec_quotes_paths_with_spaces():
    line = desktop_entry(_quoted("/home/an/My Tools/bin/annotator-gui"))
    exec_line = next(x for x in line.splitlines() if x.startswith("Exec="))
    assert shlex.split(exec_line[len("Exec=") :]) == [
        "/home/an/My Tools/bin/annotator-gui",
        "%f",
    ]
