"""Item 16: a read-only file, folder or mount is read (and said to be), never a traceback.

Before, every command failed with a raw traceback, even `info`; an export
from a read-only file wrote the dataset, then failed in `PRAGMA optimize`.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from annotator.core.operations import SetStatus
from annotator.store import open_project
from tests.reliability.filesystems import read_only
from tests.reliability.processes import new_project, run_cli


def _project(folder: Path) -> Path:
    folder.mkdir()
    path = new_project(folder / "p.db", documents=2)
    with open_project(path) as project:
        session = project.session()
        for doc in project.document_ids():
            session.apply(SetStatus(doc, "done"))
    return path


def _state(folder: Path) -> tuple[list[str], str]:
    digest = hashlib.sha256((folder / "p.db").read_bytes()).hexdigest()
    return sorted(os.listdir(folder)), digest


def test_a_read_only_folder_is_read_and_said_so(tmp_path: Path) -> None:
    folder = tmp_path / "cd"
    path = _project(folder)
    before = _state(folder)
    with read_only(folder):
        info = run_cli("info", str(path))
        assert info.exit_code == 0 and "Documents: 2" in info.output
        assert "open for reading only" in info.output and "folder is read-only" in info.output
        out = tmp_path / "exports" / "ds"
        export = run_cli("export", str(path), "--format", "jsonl", "--out", str(out), "--quiet")
        assert export.exit_code == 0, export.output
        assert (out / "all.jsonl").read_text(encoding="utf-8").count("\n") == 2
        imported = run_cli("import", str(path), str(tmp_path))
        assert imported.exit_code == 1 and "cannot be opened for editing" in imported.output
        assert _state(folder) == before


def test_a_read_only_file_is_read_and_said_so(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    path = _project(folder)
    before = _state(folder)
    with read_only(path):
        info = run_cli("info", str(path))
        assert info.exit_code == 0 and "file is read-only" in info.output
        out = tmp_path / "ds"
        export = run_cli("export", str(path), "--format", "conll", "--out", str(out), "--quiet")
        assert export.exit_code == 0, export.output
        assert "optimize" not in export.output
        with open_project(path, access="auto") as project:
            assert project.read_only and project.document_count() == 2
    assert _state(folder) == before


def test_new_in_a_read_only_folder_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        result = run_cli("new", str(folder / "p.db"))
        assert result.exit_code == 1 and "read-only" in result.output
    assert os.listdir(folder) == []


def test_the_commands_that_only_read_read_a_read_only_project(tmp_path: Path) -> None:
    """search, stats, agreement and evaluate --project read; they used to be refused as
    "cannot be opened for editing", though the message itself says a read-only project
    can be read."""
    folder = tmp_path / "ro"
    path = _project(folder)
    before = _state(folder)
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "Ông Lê Văn Thanh.", "spans": [[4, 16, "PER"]]}\n', encoding="utf-8")
    with read_only(folder):
        for args in (
            ("search", str(path), "the"),
            ("stats", str(path)),
            ("agreement", str(path)),
            ("evaluate", str(gold), "--project", str(path), "--suggester", "rules"),
        ):
            result = run_cli(*args)
            assert "cannot be opened for editing" not in result.output, (args, result.output)
            assert "Traceback" not in result.output, (args, result.output)
        stats = run_cli("stats", str(path), "--json")
        assert stats.exit_code == 0 and '"documents"' in stats.output
    assert _state(folder) == before
