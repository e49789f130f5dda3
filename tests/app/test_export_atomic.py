"""Atomic export folders: an export failing half-way leaves nothing; overwrite replaces whole."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from annotator.app.exporting.atomic import atomic_directory
from annotator.app.exporting.run import ExportOptions, run_export
from annotator.core.errors import ExportError
from tests.formats.pipeline import build_project


class Interrupted(Exception):
    pass


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("project.db"))


@pytest.mark.parametrize("fmt", ["conll", "jsonl", "brat", "csv"])
def test_raising_mid_export_leaves_no_dataset(project, tmp_path: Path, fmt: str) -> None:
    build_project(project)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done == 2:
            raise Interrupted

    with pytest.raises(Interrupted):
        run_export(project, ExportOptions(format=fmt, out=tmp_path / "ds"), progress=progress)
    assert calls == [1, 2]
    assert _leftovers(tmp_path) == []


def test_failed_overwrite_keeps_the_previous_export(project, tmp_path: Path) -> None:
    build_project(project)
    out = tmp_path / "ds"
    run_export(project, ExportOptions(format="jsonl", out=out))
    before = (out / "all.jsonl").read_bytes()

    def boom(done: int, total: int) -> None:
        raise Interrupted

    with pytest.raises(Interrupted):
        run_export(project, ExportOptions(format="jsonl", out=out, overwrite=True), progress=boom)
    assert (out / "all.jsonl").read_bytes() == before
    assert _leftovers(tmp_path) == ["ds"]


def test_existing_target_is_refused_without_overwrite(tmp_path: Path) -> None:
    (tmp_path / "ds").mkdir()
    with pytest.raises(ExportError, match="already exists"), atomic_directory(tmp_path / "ds"):
        pass


def test_overwrite_replaces_the_folder_whole(tmp_path: Path) -> None:
    target = tmp_path / "ds"
    target.mkdir()
    (target / "old.txt").write_text("old")
    with atomic_directory(target, overwrite=True) as temp:
        (temp / "new.txt").write_text("new")
        assert not (target / "new.txt").exists()
    assert sorted(p.name for p in target.iterdir()) == ["new.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_a_full_disk_names_the_file_by_its_place_in_the_target(tmp_path: Path) -> None:
    """Not by the hidden temporary folder the user never sees."""
    target = tmp_path / "ds"
    with pytest.raises(ExportError) as caught, atomic_directory(target) as temp:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(temp / "train" / "a.conll"))
    said = str(caught.value)
    assert "disk is full" in said and str(target / "train" / "a.conll") in said, said
    assert ".partial" not in said
    assert sorted(p.name for p in tmp_path.iterdir()) == []
