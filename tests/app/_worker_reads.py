"""Module-level read functions for the worker-process tests (workers import them by name)."""

from __future__ import annotations

import os
import time
from pathlib import Path


def name_and_pid(path: str, options: object) -> tuple[str, int]:
    """Which file, read by which process."""
    return os.path.basename(path), os.getpid()


def die_in_worker(path: str, options: object) -> tuple[str, int]:
    """Kill the worker process at the file named 'die' (never the test process, `options`)."""
    if os.path.basename(path).startswith("die") and os.getpid() != options:
        os._exit(3)
    return os.path.basename(path), os.getpid()


def size_and_pid(data: bytes, options: object) -> tuple[int, int]:
    """How many bytes a request held, and which process read it."""
    return len(data), os.getpid()


def wait_for_go() -> None:
    """A worker's warm-up that lasts until the file named in ANNOTATOR_TEST_GO exists (30 s at most)."""
    go = Path(os.environ["ANNOTATOR_TEST_GO"])
    deadline = time.monotonic() + 30
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
