"""Item 19: a damaged page is named clearly by `info`, edits and exports, and reading never changes the file.

Before, `info` and edits raised a raw DatabaseError, an export succeeded
and reported nothing lost, and using the file changed its bytes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from annotator.core.operations import AddSpan, SetStatus
from annotator.store import open_project
from annotator.store.errors import ProjectDamagedError
from tests.reliability.processes import digest, new_project, run_cli


def _page_of(path: Path, table: str, *, middle: bool) -> int:
    """A page of `table`'s b-tree: its root, or a leaf from the middle of the file."""
    conn = sqlite3.connect(path)
    try:
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        return pages[len(pages) // 2] if middle else int(root.fetchone()[0])
    finally:
        conn.close()


def _damage(path: Path, page: int) -> str:
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    start = (page - 1) * size
    data[start + 8 : start + size] = bytes((i * 37) % 251 for i in range(size - 8))
    path.write_bytes(bytes(data))
    return hashlib.sha256(bytes(data)).hexdigest()


def _project(tmp_path: Path) -> Path:
    path = new_project(tmp_path / "p.db", documents=240)  # spans on more than one 8 KB page
    with open_project(path) as project:
        session = project.session()
        for doc in project.document_ids():
            session.apply(SetStatus(doc, "done"))
            session.apply(AddSpan(doc, 4, 19, "PER"))
    return path


@pytest.mark.parametrize("table", ["document_bodies", "annotations", "documents_fts_data"])
def test_info_and_export_name_the_damage_and_change_nothing(tmp_path: Path, table: str) -> None:
    path = _project(tmp_path)
    damaged = _damage(path, _page_of(path, table, middle=True))
    info = run_cli("info", str(path))
    assert info.exit_code == 1 and "is damaged" in info.output and "Restore it" in info.output
    out = tmp_path / "ds"
    export = run_cli("export", str(path), "--format", "jsonl", "--out", str(out), "--quiet")
    assert export.exit_code == 1 and "is damaged" in export.output
    assert not out.exists()
    assert digest(path) == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.db"]


def test_an_edit_that_meets_the_damage_says_so(tmp_path: Path) -> None:
    path = _project(tmp_path)
    damaged = _damage(path, _page_of(path, "annotations", middle=False))
    with open_project(path) as project:
        doc = project.document_ids()[0]
        with pytest.raises(ProjectDamagedError, match="is damaged"):
            project.session().apply(AddSpan(doc, 30, 40, "ORG"))
        with pytest.raises(ProjectDamagedError, match="Nothing was changed"):
            project.spans(doc)
    assert digest(path) == damaged


def test_damage_the_export_never_reads_is_found_by_the_check_beside_it(tmp_path: Path) -> None:
    """The page check runs in a thread beside the export; its verdict still refuses the file."""
    from annotator.app.exporting.run import ExportOptions, run_export
    from annotator.app.exporting.select import Selection

    path = _project(tmp_path)
    _damage(path, _page_of(path, "documents_fts_data", middle=True))  # no export reads it
    out = tmp_path / "ds"
    with open_project(path) as project:
        options = ExportOptions(format="jsonl", out=out, selection=Selection(statuses=()))
        with pytest.raises(ProjectDamagedError, match="is damaged"):
            run_export(project, options)
        with pytest.raises(ProjectDamagedError, match="is damaged"):
            run_export(project, options, dry_run=True)
    assert not out.exists()


def test_an_export_that_fails_first_leaves_no_check_running_and_no_log_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page check's read-only connection ends before the export returns, also on failure.

    SQLite removes `-wal` and `-shm` with the last connection to close; a
    check still reading after the project closed kept them beside the file.
    Here the export fails at once (a full disk, say) while the check is slow.
    """
    import threading
    import time

    from annotator.app.exporting import run
    from annotator.app.exporting.select import Selection
    from annotator.store import page_check

    path = _project(tmp_path)
    checked = page_check.PageCheck._run

    def slow_check(self, checked_path: Path) -> None:
        time.sleep(0.5)
        checked(self, checked_path)

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(page_check.PageCheck, "_run", slow_check)
    monkeypatch.setattr(run, "_Run", full_disk)
    with open_project(path) as project:
        options = run.ExportOptions(format="jsonl", out=tmp_path / "ds", selection=Selection())
        with pytest.raises(OSError, match="No space left"):
            run.run_export(project, options)
        running = [t for t in threading.enumerate() if t.name == page_check.THREAD_NAME]
        assert running == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.db"]
