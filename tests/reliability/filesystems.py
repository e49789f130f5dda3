"""Real read-only and full file systems for tests, as users meet them.

For an ordinary user, permissions do it. Root ignores permissions, so as
root the file or folder is bind-mounted read-only onto itself (a real
read-only mount, which is also how a CD, a locked USB stick or a read-only
network share behaves); where even that is impossible the test is skipped.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount_read_only(path: Path) -> None:
    for args in (
        ["mount", "--bind", str(path), str(path)],
        ["mount", "-o", "remount,ro,bind", str(path)],
    ):
        result = subprocess.run(args, capture_output=True, text=True)
        if result.returncode != 0:
            if args[1] != "--bind":
                subprocess.run(["umount", str(path)], capture_output=True)
            pytest.skip(f"cannot make a read-only mount here: {result.stderr.strip()}")


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """Make the file or folder `path` read-only for the duration (and restore it)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        os.chmod(path, stat.S_IMODE(mode) & ~0o222)
        try:
            yield path
        finally:
            os.chmod(path, stat.S_IMODE(mode))
        return
    _mount_read_only(path)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


@contextlib.contextmanager
def full_disk(folder: Path, *, size_kb: int = 1536) -> Iterator[Callable[[], None]]:
    """Mount a small, real file system (tmpfs) at `folder`; yields `fill()`, which fills it.

    The default size holds a new project while it is created: its 0.5 MB file
    and the log of its migrations, which is emptied whenever it passes 256 KB
    (store.checkpoints.LOG_LIMIT; at most about 0.6 MB), with room to spare for
    later migrations. (Before that it needed 2,560 KB: the 1.6 MB log of all
    the migrations stayed until the checkpoint at the end.)

    Needs root (mount); skipped otherwise. `fill()` writes a file until the
    kernel answers "No space left on device".
    """
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("a small real file system needs root to mount")
    args = ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)]
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {result.stderr.strip()}")

    def fill() -> None:
        with contextlib.suppress(OSError), open(folder / "filler", "wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)

    try:
        yield fill
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)
