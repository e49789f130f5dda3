"""Reading the first bytes of a project file without dropping this process's SQLite locks.

POSIX advisory locks belong to a process and a file, not to a descriptor:
closing ANY descriptor of a file drops every lock the process holds on it,
SQLite's included (SQLite defers closing its own descriptors for this very
reason, but it cannot know of ours). A header read with open() and close()
while a connection of this process had the project open dropped that
connection's shared lock; the next program to close the project (a command,
another window) then found itself the last user, checkpointed and deleted
the log this process was still writing to, and the project was damaged.

So while a connection of this process has the file open (store.wal counts
them), its bytes are read with os.pread through a descriptor that is kept
open, and closed only when the last of those connections has closed
(`release`, called by store.wal). With no connection here, there is no lock
to lose, and the file is read and closed as usual.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

# realpath -> descriptors kept open (a file replaced at the same path gets its own).
_KEPT: dict[str, list[int]] = {}
_GUARD = threading.Lock()


def read_prefix(path: Path, size: int, *, locks_here: bool) -> bytes:
    """The first `size` bytes of `path` (fewer if it is shorter); OSError if unreadable.

    `locks_here`: a connection of this process has the file open, so no
    descriptor of it may be closed now.
    """
    if not locks_here:
        with open(path, "rb") as handle:
            return handle.read(size)
    key = os.path.realpath(path)
    with _GUARD:
        return os.pread(_descriptor(key), size, 0)


def _descriptor(key: str) -> int:
    """A kept descriptor of the file now at `key`, opened if none of them is that file."""
    kept = _KEPT.setdefault(key, [])
    now = os.stat(key)
    for fd in kept:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) == (now.st_dev, now.st_ino):
            return fd
    fd = os.open(key, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    kept.append(fd)
    return fd


def release(path: Path | str) -> None:
    """Close the descriptors kept for `path`: this process's last connection to it has closed."""
    with _GUARD:
        for fd in _KEPT.pop(os.path.realpath(path), []):
            os.close(fd)


def kept_count(path: Path | str) -> int:
    """How many descriptors are kept open for `path` (for tests)."""
    with _GUARD:
        return len(_KEPT.get(os.path.realpath(path), []))
