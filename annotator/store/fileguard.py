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
    told: bool = field(default=False)  # the loss was said (a refused write, the window's look)
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
        return self._look()[0]

    def _look(self) -> tuple[str, bool]:
        """(why the file is not the one opened, or ''; whether it was read whole and is ours).

        The second is False for a file that cannot be read whole now (another
        program is copying over it: cut short, header or stamp unreadable):
        a write to the log may go on, a checkpoint into that file may not.
        """
        if self.lost:
            return self.lost, False
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            place = moved_to(self.device, self.inode)
            if place is not None:
                said = message("was moved to {place} (the work saved so far is there)", place=place)
                return said, False
            return message("was deleted or moved"), False
        except OSError as exc:
            return message("can no longer be reached ({why})", why=exc.strerror), False
        if (info.st_dev, info.st_ino) != (self.device, self.inode):
            said = message("was replaced by another file (or moved, and another put in its place)")
            return said, False
        number = header_number(self.path)
        if number is not None and number not in self.numbers:
            return message("was overwritten by another project file"), False
        judged = self.log.judge()
        if judged == "foreign":
            return message("was overwritten by another copy of it (an older or a newer one)"), False
        return "", number is not None and judged == "ours"

    def before_checkpoint(self) -> bool:
        """Whether the log may be copied into the file at the path now.

        Only into a file read whole and proven this project's: copying the log
        into an older copy put in place of the open file (same name, same
        inode) would mix two states of it, and a file caught mid-copy (cut
        short, its stamp unreadable) cannot be told from one. False with
        `lost` empty: cannot tell yet; the edits stay in the log, and the
        checkpoint is tried again later.
        """
        problem, whole = self._look()
        if problem:
            self.lost = problem
        return whole

    def after_checkpoint(self) -> None:
        """A checkpoint of ours just copied the whole log into the file: prove it ours again.

        Read whole (not taken on trust from its size and time), so that a file
        put in place while the checkpoint ran is not recorded as ours.
        """
        self.log.forget()
        problem, _whole = self._look()
        if problem:
            self.lost = problem

    def notice(self) -> ProjectGoneError | None:
        """Look now, with no write to refuse: the error to show once the file is lost.

        The window asks every few seconds, so a backup put in place of the
        open project is said at once, not at the next edit; from then on it
        is lost as if a write had found it. None too once it was said (by a
        refused write, or by an earlier look): one dialog, not one per look.
        """
        if self.told:
            return None
        problem = self.problem()
        if not problem:
            return None
        self.lost, self.told = problem, True
        return ProjectGoneError(
            "{path} {problem} while it was open, so no further change will be saved to it. "
            "Your work up to the last saved change is still readable here: save it to a new "
            "file with File ▸ Save project as… before closing the project.",
            path=self.path,
            problem=problem,
        )

    def check(self) -> None:
        """Raise ProjectGoneError (and keep raising it) once the file is not the one opened."""
        problem = self.problem()
        if problem:
            self.lost, self.told = problem, True
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
