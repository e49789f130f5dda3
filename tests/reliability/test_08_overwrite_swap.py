"""Item 8: an interrupted `export --overwrite` leaves the old or the new dataset, never neither.

A second process runs the real export and kills itself right after each
file-system step of putting the dataset in place, one step further each run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.core.model import SourceDocument
from annotator.core.operations import SetStatus
from annotator.store import create_project
from tests.reliability.processes import REPO, TEXT

SCRIPT = Path(__file__).with_name("interrupted_export.py")


def _done_documents(project, count: int, first: int = 0) -> None:
    session = project.session()
    for i in range(first, first + count):
        doc = project.add_document(SourceDocument(text=f"Số {i}. {TEXT}", title=f"{i}"))
        session.apply(SetStatus(doc, "done"))


def _dataset(folder: Path) -> int | None:
    """Lines of the dataset at `folder`, None if there is no complete dataset there."""
    data, card = folder / "all.jsonl", folder / "README.md"
    if not (data.is_file() and card.is_file()):
        return None
    return len(data.read_text(encoding="utf-8").splitlines())


def _interrupt(project_path: Path, out: Path, step: int) -> bool:
    """Run the export killed after `step` steps; True if it finished before that."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), str(project_path), str(out), str(step)],
        capture_output=True,
        env=env,
        timeout=120,
    )
    if proc.returncode not in (0, -9):
        raise AssertionError(proc.stderr.decode())
    return b"finished" in proc.stdout


def test_every_instant_of_an_overwrite_keeps_a_whole_dataset(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    out = tmp_path / "exports" / "ds"
    with create_project(path, annotator="t") as project:
        _done_documents(project, 2)
        run_export(project, ExportOptions(format="jsonl", out=out))
        _done_documents(project, 1, first=2)  # the new dataset has 3 documents, the old one 2
    assert _dataset(out) == 2
    seen = set()
    for step in range(1, 60):
        finished = _interrupt(path, out, step)
        lines = _dataset(out)
        assert lines in (2, 3), f"no whole dataset at the target after step {step}"
        seen.add(lines)
        if finished:
            break
    else:
        raise AssertionError("the export never finished")
    assert seen == {3} or seen == {2, 3}
    assert _dataset(out) == 3
    with create_project(tmp_path / "q.db", annotator="t") as other:
        _done_documents(other, 1)
        run_export(other, ExportOptions(format="jsonl", out=out, overwrite=True))
    hidden = [p.name for p in out.parent.iterdir() if p.name.startswith(".")]
    assert hidden == [], hidden  # what dead runs left was cleaned up by the next export
