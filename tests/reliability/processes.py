"""Helpers of the reliability tests: projects, a real second process (killed like a crash),
another program holding the write lock, the command line, and reading files as they are."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.store import create_project, open_project

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


def edit_then_crash(path: Path, edits: int, *, settle: bool = False) -> list[int]:
    """Let another process make `edits` edits, then SIGKILL it; the acknowledged span ids.

    With `settle`, the kill comes only once the main file alone holds every
    acknowledged edit (or after 10 s): the crash of a session left idle.
    """
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
    if settle:
        _wait_until_in_file(path, len(acked))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return acked


def _wait_until_in_file(path: Path, spans: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            count = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
        except sqlite3.Error:
            count = -1
        finally:
            conn.close()
        if count >= spans:
            return
        time.sleep(0.05)


_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO settings (key, value) VALUES ('holder', '1')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def hold_write_lock(path: Path) -> subprocess.Popen[bytes]:
    """Another program holding `path`'s write lock (mid-transaction) until its stdin gets a line."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != b"locked":
        raise AssertionError(proc.stderr.read().decode() if proc.stderr else "holder died")
    return proc


def release(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        assert proc.stdin is not None
        proc.stdin.write(b"go\n")
        proc.stdin.flush()
        proc.wait(timeout=30)


def integrity(path: Path) -> str:
    """SQLite's integrity check, as another program opening the file would see it."""
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(*args: str):
    """Run the command line in this process; it never shows a traceback."""
    from click.testing import CliRunner

    from annotator.cli import cli

    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def add_spans(project, count: int, label: str = "PER") -> list[int]:
    """`count` spans on the first document, one edit each; their ids."""
    session = project.session()
    doc = project.document_ids()[0]
    return [
        session.apply(AddSpan(doc, i * 4, i * 4 + 3, label)).spans_added[0] for i in range(count)
    ]


def open_and_edit(path: Path):
    """Open the project at `path` and put ten spans in its first document, committed.

    The state every replaced-while-open test starts from: a project with
    edits in its log, so a copy over it has something to lose.
    """
    project = open_project(path)
    session = project.session()
    doc = project.document_ids()[0]
    for i in range(10):
        session.apply(AddSpan(doc, i * 4, i * 4 + 3, "PER"))
    return project, session, doc
