"""Item 20: what interrupted exports and migrations leave behind is removed or reused next time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.app.exporting.atomic import atomic_directory
from annotator.app.exporting.run import ExportOptions, run_export
from annotator.store import create_project, open_project
from annotator.store.migrations import MIGRATIONS, Migration
from tests.formats.pipeline import build_project


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_dead_partial_folders_are_removed_by_the_next_export(project, tmp_path: Path) -> None:
    build_project(project)
    out = tmp_path / "ds"
    run_export(project, ExportOptions(format="jsonl", out=out))
    for leftover in (".ds.k2j4.partial", ".ds.x9q1.partial", ".ds.a7b3.old"):
        (tmp_path / leftover).mkdir()
        (tmp_path / leftover / "all.jsonl").write_text("half", encoding="utf-8")
    run_export(project, ExportOptions(format="jsonl", out=out, overwrite=True))
    assert _hidden(tmp_path) == []
    assert (out / "all.jsonl").read_text(encoding="utf-8") != "half"


def test_a_running_export_keeps_its_folder(project, tmp_path: Path) -> None:
    build_project(project)
    out = tmp_path / "ds"
    with atomic_directory(out) as running:  # another export, still writing
        (running / "all.jsonl").write_text("in progress", encoding="utf-8")
        run_export(project, ExportOptions(format="jsonl", out=tmp_path / "ds", overwrite=True))
        assert running.is_dir() and (running / "all.jsonl").read_text() == "in progress"
    assert _hidden(tmp_path) == []


def test_an_old_dataset_left_aside_by_a_dead_overwrite_is_put_back(project, tmp_path: Path) -> None:
    build_project(project)
    aside = tmp_path / ".ds.q8w2.old"  # the target was renamed here, then the program died
    aside.mkdir()
    (aside / "all.jsonl").write_text("old dataset", encoding="utf-8")
    with pytest.raises(Exception, match="already exists"):
        run_export(project, ExportOptions(format="jsonl", out=tmp_path / "ds"))
    assert (tmp_path / "ds" / "all.jsonl").read_text(encoding="utf-8") == "old dataset"


def _broken(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE documents ADD COLUMN half_done TEXT")
    raise sqlite3.OperationalError("interrupted in the middle")


def test_interrupted_migrations_leave_one_backup(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    create_project(path).close()
    newer = (*MIGRATIONS, Migration("0099_broken", _broken))
    for _ in range(3):  # the upgrade is interrupted, and tried again, three times
        with pytest.raises(sqlite3.OperationalError):
            open_project(path, migrations=newer)
    backups = sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name)
    assert backups == ["p.db.before-0099_broken.bak"]
    (tmp_path / "p.db.before-0099_broken.bak.partial").write_bytes(b"half a copy, then a kill")
    open_project(path).close()
    backups = sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name)
    assert backups == ["p.db.before-0099_broken.bak"]
