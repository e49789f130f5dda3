"""Item 1: a `-wal` that does not belong to the file beside it is set aside, never applied.

Before, restoring an older copy of a project (or moving another project onto
its name) while the crashed session's `-wal` was still there made SQLite
apply that log to the wrong file: "database disk image is malformed", for good.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from annotator.core.operations import AddSpan
from annotator.store import open_project
from tests.reliability.processes import digest, edit_then_crash, integrity, new_project


def _set_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("p.db-wal.set-aside-*"))


def test_an_older_copy_restored_after_a_crash_opens_as_it_was(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    older = tmp_path / "backup" / "p.db"
    older.parent.mkdir()
    shutil.copy(path, older)  # a backup, taken while the project was closed
    with open_project(path) as later:  # more work, saved and closed normally
        session = later.session()
        doc = later.document_ids()[0]
        for i in range(30):
            session.apply(AddSpan(doc, i * 4, i * 4 + 3, "ORG"))
    edit_then_crash(path, 60)  # then a session that crashed
    assert (tmp_path / "p.db-wal").stat().st_size > 0
    shutil.copy(older, path)  # the user restores the backup; the crashed log is still there

    with open_project(path) as restored:
        assert restored.document_count() == 1
        assert restored.spans(restored.document_ids()[0]) == []  # exactly the backup
        assert any("did not belong" in n and "set-aside" in n for n in restored.notices)
    assert integrity(path) == "ok"
    assert len(_set_aside(tmp_path)) == 1  # kept, not deleted: it may still matter to someone
    assert not (tmp_path / "p.db-wal").exists()


def test_another_project_moved_onto_the_name_keeps_its_own_content(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    other = new_project(tmp_path / "other.db", documents=3)
    before = digest(other)
    edit_then_crash(path, 40)
    shutil.move(other, path)
    assert digest(path) == before
    with open_project(path) as opened:
        assert opened.document_count() == 3
        assert all(opened.spans(d) == [] for d in opened.document_ids())
        assert any("another project" in n for n in opened.notices)
    assert integrity(path) == "ok"
    assert len(_set_aside(tmp_path)) == 1


def test_the_crashed_sessions_own_log_is_applied(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    acked = edit_then_crash(path, 80)
    with open_project(path) as reopened:
        stored = {s.id for s in reopened.spans(reopened.document_ids()[0])}
        assert reopened.notices == []
    assert set(acked) <= stored
    assert _set_aside(tmp_path) == []


def _unstamped_log(path: Path, rows: int) -> bytes:
    """The log another program (plain SQLite, no stamp) leaves while it writes to `path`."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(rows):
        conn.execute("INSERT INTO settings (key, value) VALUES (?, '1')", (f"k{i}",))
    data = (path.parent / (path.name + "-wal")).read_bytes()
    conn.close()
    return data


def test_an_unstamped_log_is_applied_only_if_it_fits(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    log = _unstamped_log(path, 5)
    (tmp_path / "p.db-wal").write_bytes(log)  # as if that program had crashed
    with open_project(path) as opened:
        assert opened.get_setting("k4") == 1 and opened.notices == []

    # Enough documents that its pages are laid out otherwise (texts are stored compressed).
    other = new_project(tmp_path / "other.db", documents=300)
    foreign = _unstamped_log(other, 2000)  # enough rows to need pages of its own
    (tmp_path / "p.db-wal").write_bytes(foreign)
    with open_project(path) as opened:
        assert opened.document_count() == 1
        assert any("damaged database" in n for n in opened.notices)
    assert integrity(path) == "ok"
