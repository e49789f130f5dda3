"""`annotator import` shows a progress bar on a terminal, and none with --quiet or in a pipe."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")


def _import_on_a_terminal(tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    """Run the import with stderr on a pseudo-terminal; (exit code, stdout, terminal text)."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for i in range(7):
        (folder / f"bai-{i}.txt").write_text(f"Bài {i}\nNội dung bài số {i}.", encoding="utf-8")
    project = tmp_path / f"p{len(extra)}.db"
    command = [sys.executable, "-m", "annotator.cli"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"}
    subprocess.run([*command, "new", str(project)], check=True, capture_output=True, env=env)
    leader, follower = os.openpty()
    proc = subprocess.Popen(
        [*command, "import", *extra, str(project), str(folder)],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    stdout, _ = proc.communicate(timeout=60)
    return proc.returncode, stdout.decode(), b"".join(chunks).decode("utf-8", "replace")


def test_the_bar_counts_every_file_on_a_terminal(tmp_path):
    code, stdout, terminal = _import_on_a_terminal(tmp_path)
    assert code == 0, terminal
    assert "Importing" in terminal and "7/7" in terminal
    assert stdout.startswith("7 imported, 0 already in the project, 0 skipped")


def test_quiet_shows_no_bar(tmp_path):
    code, stdout, terminal = _import_on_a_terminal(tmp_path, "--quiet")
    assert code == 0
    assert "Importing" not in terminal and "7/7" not in terminal
    assert stdout.startswith("7 imported")
