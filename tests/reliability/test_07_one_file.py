"""Item 7: a project is one file whenever it is closed, and its file alone soon holds every edit.

Before, recent edits lived only in `p.db-wal` while the project was open and
after a crash: copying only `p.db` after a crash kept 141 of 200 edits.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from annotator.store import open_project
from tests.reliability.processes import REPO, add_spans, edit_then_crash, new_project


def _spans_in_copy(path: Path, folder: Path) -> int:
    """Copy only the main file elsewhere (as a user would) and count its annotations."""
    folder.mkdir(exist_ok=True)
    copy = folder / "copy.db"
    for stale in folder.iterdir():
        stale.unlink()
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM annotations").fetchone()[0])
    finally:
        conn.close()


def _eventually(condition, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_a_closed_project_is_exactly_one_file(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    with open_project(path) as project:
        add_spans(project, 50)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.db"]
    assert _spans_in_copy(path, tmp_path / "usb") == 50


def test_after_a_crash_the_file_alone_holds_every_acknowledged_edit(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    acked = edit_then_crash(path, 200, settle=True)
    assert len(acked) == 200
    assert _spans_in_copy(path, tmp_path / "usb") == 200


def test_while_open_the_file_catches_up_within_seconds(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    with open_project(path) as project:
        add_spans(project, 120)
        assert _eventually(lambda: _spans_in_copy(path, tmp_path / "usb") == 120)


def test_the_readme_says_what_one_file_means() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### What “one file” means", 1)[1].split("\n## ", 1)[0]
    for phrase in ("-wal", "closed", "crash", "copy"):
        assert phrase in section
