"""A test run leaves no cache folder behind, and leaves alone one it was given."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# One quick test: the hooks under test run around any session.
ONE_TEST = "tests/core/test_offsets.py::test_emoji_shifts_utf16_positions"


def _run_pytest(temp: Path, **extra: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ANNOTATOR_CACHE_DIR"}
    env.update(TMPDIR=str(temp), **extra)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", ONE_TEST],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_cache_folder_a_run_makes_is_removed_when_it_ends(tmp_path: Path) -> None:
    _run_pytest(tmp_path)
    assert not list(tmp_path.glob("annotator-cache-*"))


def test_a_cache_folder_given_to_the_run_is_kept_and_no_other_made(tmp_path: Path) -> None:
    given = tmp_path / "given-cache"
    given.mkdir()
    _run_pytest(tmp_path, ANNOTATOR_CACHE_DIR=str(given))
    assert given.is_dir()
    assert not list(tmp_path.glob("annotator-cache-*"))
