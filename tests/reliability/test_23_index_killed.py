"""`annotator index` killed (or stopped with Ctrl+C) mid-way: every document is still either
in the search index or waiting for it, and running the command again completes the index."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core.model import SourceDocument
from annotator.store import create_project, open_project, search_backlog
from tests.reliability.processes import TEXT

DOCUMENTS = 6_000


def _waiting_project(path: Path) -> int:
    """A project whose one large import left most documents waiting; how many wait."""
    with create_project(path, annotator="t") as project:
        docs = (SourceDocument(text=f"Bài {i}. {TEXT}", title=f"bài {i}") for i in range(DOCUMENTS))
        list(project.add_documents(docs, commit_every=1000))
        waiting = project.search_waiting()
    assert waiting == DOCUMENTS - search_backlog.INDEX_AT_ONCE
    return waiting


def _waiting_now(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM search_backlog").fetchone()[0])
    except sqlite3.Error:
        return -1
    finally:
        conn.close()


def _index_started(path: Path, waiting: int) -> subprocess.Popen[bytes]:
    """`annotator index` on `path`, once it has committed its first batch (it may
    already have finished when the caller looks: see `_interrupted`)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "annotator.cli", "index", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not 0 <= _waiting_now(path) < waiting and time.monotonic() < deadline:
        if process.poll() is not None:
            break
        time.sleep(0.005)
    return process


def _interrupted(tmp_path: Path, sig: signal.Signals) -> tuple[Path, int, int, str]:
    """A project whose `annotator index` got `sig` mid-way: its path, how many waited
    before, the command's exit code and what it wrote to stderr.

    On a busy machine the test can be descheduled long enough for the command to
    index everything before the signal arrives; such a run proves nothing either
    way, so it is done again on a fresh project, at most three times."""
    for attempt in range(3):
        path = tmp_path / f"p{attempt}.db"
        waiting = _waiting_project(path)
        process = _index_started(path, waiting)
        process.send_signal(sig)
        _, err = process.communicate(timeout=30)
        if process.returncode != 0 or _check(path) > 0:
            return path, waiting, process.returncode, err.decode()
    pytest.fail("three times, the index was filled before the signal reached the command")


def _check(path: Path) -> int:
    """How many documents still wait; the index holds exactly the others."""
    project = open_project(path)
    try:
        assert project.search_index_consistent()
        return project.search_waiting()
    finally:
        project.close()


def _finish(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "annotator.cli", "index", str(path), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _check(path) == 0
    return done.stderr


@pytest.mark.slow
def test_a_killed_index_keeps_every_batch_it_committed(tmp_path: Path) -> None:
    path, waiting, _, _ = _interrupted(tmp_path, signal.SIGKILL)
    left = _check(path)
    assert 0 < left < waiting
    assert f"Indexing {left:,} documents for search..." in _finish(path)


@pytest.mark.slow
def test_ctrl_c_says_what_is_left_and_how_to_finish(tmp_path: Path) -> None:
    path, waiting, returncode, message = _interrupted(tmp_path, signal.SIGINT)
    assert returncode != 0
    left = _check(path)
    assert 0 < left < waiting
    assert "Traceback" not in message
    assert f"{left:,} still waiting; run 'annotator index {path}' to finish." in message
    _finish(path)
