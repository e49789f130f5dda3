"""Projects the command tests run on."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.store import create_project
from tests.formats.pipeline import build_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """A project file with three documents of the export pipeline (see tests/formats)."""
    path = tmp_path / "p.db"
    project = create_project(path, annotator="tester")
    build_project(project)
    project.close()
    return path
