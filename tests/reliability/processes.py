"""Helpers that run a real second process on a project and kill it like a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.store import create_project

EDITOR = Path(__file__).with_name("editor_process.py")
REPO = Path(__file__).resolve().parents[2]
TEXT = "Ông Phan Việt Cường, Bí thư Tỉnh ủy Quảng Nam, chủ trì hội nghị. " * 12


def new_project(path: Path, documents: int = 1) -> Path:
    """A closed project with `documents` articles (one file)."""
    with create_project(path, annotator="t") as project:
        for i in range(documents):
            project.add_document(SourceDocument(text=f"Bài {i}. {TEXT}", title=f"bài {i}"))
    return path


def start_editor(path: Path, edits: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, str(EDITOR), str(path), str(edits)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def edit_then_crash(path: Path, edits: int) -> list[int]:
    """Let another process make `edits` edits, then SIGKILL it; the acknowledged span ids."""
    proc = start_editor(path, edits)
    assert proc.stdout is not None
    acked: list[int] = []
    for raw in proc.stdout:
        line = raw.decode().strip()
        if line == "done":
            break
        acked.append(int(line.split()[1]))
    else:
        raise AssertionError(proc.stderr.read().decode() if proc.stderr else "editor died")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return acked
