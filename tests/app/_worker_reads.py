"""Module-level read functions for the worker-process tests (workers import them by name)."""

from __future__ import annotations

import os


def name_and_pid(path: str, options: object) -> tuple[str, int]:
    """Which file, read by which process."""
    return os.path.basename(path), os.getpid()


def die_in_worker(path: str, options: object) -> tuple[str, int]:
    """Kill the worker process at the file named 'die' (never the test process, `options`)."""
    if os.path.basename(path).startswith("die") and os.getpid() != options:
        os._exit(3)
    return os.path.basename(path), os.getpid()
