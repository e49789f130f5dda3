"""Item 15 (folders): an export folder gets the permissions the user's umask asks for, not 0700.

(Item 15's CSV defusing is tested in test_15_csv_defused.py.)
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from tests.formats.pipeline import build_project


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_export_folders_honour_the_umask(project, tmp_path: Path, umask: int) -> None:
    build_project(project)
    previous = os.umask(umask)
    try:
        for fmt in ("jsonl", "brat"):
            out = tmp_path / f"ds-{fmt}"
            run_export(project, ExportOptions(format=fmt, out=out))
            assert stat.S_IMODE(out.stat().st_mode) == 0o777 & ~umask
            for child in out.rglob("*"):
                expected = (0o777 if child.is_dir() else 0o666) & ~umask
                assert stat.S_IMODE(child.stat().st_mode) == expected, child
    finally:
        os.umask(previous)
