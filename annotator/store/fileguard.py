"""Noticing that an open project's file was deleted, moved or replaced.

SQLite keeps writing to the file it opened, even after that file was
deleted or another file was put at its path: edits would be acknowledged,
then lost on close, or written into someone else's project. Before each
write the guard checks that the path still names the same file (device and
inode) and that the file still carries this project's number (SQLite header,
user_version, set by migration 0020). Once the check fails it keeps failing:
no further edit is acknowledged, and the message says where the work can be
saved instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.messages import message
from annotator.store import file_reads, wal
from annotator.store.errors import ProjectGoneError

_USER_VERSION = slice(60, 64)


def header_number(path: Path) -> int | None:
    """The project number in the file's SQLite header (user_version), or None if unreadable."""
    try:
        header = file_reads.read_prefix(path, 100, locks_here=wal.open_here(path))
    except OSError:
        return None
    if len(header) < 100:
        return None
    return int.from_bytes(header[_USER_VERSION], "big")


@dataclass
class FileGuard:
    """The identity of an open project file, checked before every write."""

    path: Path
    device: int
    inode: int
    numbers: frozenset[int]
    lost: str = field(default="")
    log: wal.LogWatch = field(init=False)

    def __post_init__(self) -> None:
        self.log = wal.LogWatch(self.path)

    @classmethod
    def of(cls, path: Path, number: int) -> FileGuard:
        """Capture the file at `path` now; `number` is its project number as SQLite reads it."""
        info = os.stat(path)
        on_disk = header_number(path)
        # Until the first checkpoint, the header on disk may still hold the
        # number from before migration 0020: both are this file's.
        numbers = frozenset(n for n in (number, on_disk) if n is not None)
        return cls(path, info.st_dev, info.st_ino, numbers)

    def problem(self) -> str:
        """Why the file at the path is no longer the one opened ('' when it still is)."""
        if self.lost:
            return self.lost
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            place = moved_to(self.device, self.inode)
            if place is not None:
                return message("was moved to {place} (the work saved so far is there)", place=place)
            return message("was deleted or moved")
        except OSError as exc:
            return message("can no longer be reached ({why})", why=exc.strerror)
        if (info.st_dev, info.st_ino) != (self.device, self.inode):
            return message("was replaced by another file (or moved, and another put in its place)")
        number = header_number(self.path)
        if number is not None and number not in self.numbers:
            return message("was overwritten by another project file")
        if not self.log.fits():
            return message("was overwritten by another copy of it (an older or a newer one)")
        return ""

    def before_checkpoint(self) -> bool:
        """Whether the log may be copied into the file at the path (False: the file is lost).

        Copying the log into an older copy of the project put in place of the
        open file (same name, same inode) would mix two states of it.
        """
        problem = self.problem()
        if problem:
            self.lost = problem
        return not self.lost

    def check(self) -> None:
        """Raise ProjectGoneError (and keep raising it) once the file is not the one opened."""
        problem = self.problem()
        if problem:
            self.lost = problem
            raise gone(self.path, problem)


def moved_to(device: int, inode: int) -> Path | None:
    """Where the file this process holds open now is, if it was moved (None: deleted, or unknown).

    A project dragged to another folder while open keeps every saved edit
    there; saying where spares the user a search. Read from the links of
    this process's descriptors (Linux `/proc`), without opening the file:
    closing a descriptor of it would drop the connection's locks
    (store.file_reads).
    """
    folder = "/proc/self/fd"
    try:
        names = os.listdir(folder)
    except OSError:
        return None
    for name in names:
        try:
            target = os.readlink(os.path.join(folder, name))
            info = os.stat(target)
        except OSError:
            continue  # a pipe, a socket, a deleted file ("... (deleted)")
        if (info.st_dev, info.st_ino) == (device, inode):
            return Path(target)
    return None


def gone(path: Path, problem: str) -> ProjectGoneError:
    return ProjectGoneError(
        "{path} {problem} while it was open, so this change was NOT saved and no further "
        "change will be. Your work up to the last saved change is still readable here: "
        "save it to a new file with File ▸ Save project as… before closing the project.",
        path=path,
        problem=problem,
    )
