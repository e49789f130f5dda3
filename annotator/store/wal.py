"""Whether a `-wal` file belongs to the project file beside it.

While a project is open (and after a crash) its latest commits live in
`PROJECT-wal`. SQLite applies whatever `-wal` sits beside a database when it
opens it, so an older copy restored over `PROJECT`, or another project moved
onto its name, would be corrupted by the log of the session that crashed.

Every log generation therefore carries a stamp: the row of `wal_stamp`
(migration 0020) holds `project=<id>;parent=<p>;self=<s>`. After each
checkpoint that copied the whole log into the file, the next write
transaction also writes a new stamp, whose parent is the stamp the file then
holds, so the log that follows names the file state it extends. Before a
project is opened, the stamps committed in the log are compared with the
stamp in the file: a log none of whose stamps extends the file (or is
already in it) is set aside, not applied. A log without a stamp (written by
another program, or by a version before 0020) is tried read-only first and
applied only if the result reads back whole.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from annotator.store import file_reads
from annotator.store.logscan import LogScan, Stamp

# The byte SQLite's connections hold a shared lock on while they use the -shm
# ("dead man switch"): 120 (first lock byte) + 8 lock slots.
_SHM_DMS_BYTE = 128

# Project files this process has open, by real path: their logs are live.
_OPEN_HERE: Counter[str] = Counter()


@dataclass(frozen=True)
class Verdict:
    """What to do with the `-wal` beside a project file."""

    kind: str  # "none", "ours", "foreign", "unknown"
    reason: str = ""


NONE = Verdict("none")
OURS = Verdict("ours")
UNKNOWN = Verdict("unknown")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def log_stamps(wal: Path) -> tuple[int, list[Stamp]]:
    """(committed transactions, stamps they committed, in order) of a log's current generation."""
    return LogScan(wal).update()


def judge(path: Path, file_stamp: Stamp | None, *, empty: bool = False) -> Verdict:
    """Whether the log beside `path` extends the file as it is (see the module docstring).

    It does if one of its stamps names the file's stamp as its parent (the
    generation began from this file state) or is the file's stamp (the file
    already holds part of it). `empty`: the file has no tables yet, as a new
    project's file before its first checkpoint; a log that starts the project
    from nothing extends it.
    """
    committed, stamps = log_stamps(wal_path(path))
    return verdict(committed, stamps, file_stamp, empty=empty)


def verdict(
    committed: int, stamps: list[Stamp], file_stamp: Stamp | None, *, empty: bool = False
) -> Verdict:
    if not committed:
        return NONE
    if not stamps:
        return UNKNOWN
    if empty and file_stamp is None and stamps[0].parent == "0" * 16:
        return OURS
    if file_stamp is not None:
        if any(s.parent == file_stamp.own or s == file_stamp for s in stamps):
            return OURS
        if any(s.project == file_stamp.project for s in stamps):
            return Verdict(
                "foreign",
                "it was left by an earlier session of this project over a different copy of "
                "the file (an older or newer copy was put in its place after a crash)",
            )
    return Verdict("foreign", "it was left by another project that had the same file name")


def set_aside(path: Path) -> Path:
    """Move the log beside `path` out of SQLite's way (and drop its index); return where."""
    wal = wal_path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = wal.with_name(f"{wal.name}.set-aside-{stamp}")
    n = 1
    while target.exists():
        target = wal.with_name(f"{wal.name}.set-aside-{stamp}-{n}")
        n += 1
    os.replace(wal, target)
    with contextlib.suppress(FileNotFoundError):
        shm_path(path).unlink()
    return target


def opened_here(path: Path) -> None:
    _OPEN_HERE[os.path.realpath(path)] += 1


def closed_here(path: Path) -> None:
    key = os.path.realpath(path)
    _OPEN_HERE[key] -= 1
    if _OPEN_HERE[key] <= 0:
        del _OPEN_HERE[key]
        file_reads.release(key)  # no lock of ours left to keep on the file


def open_paths() -> list[str]:
    """Real paths of the project files this process has open."""
    return sorted(_OPEN_HERE)


def open_here(path: Path) -> bool:
    return _OPEN_HERE.get(os.path.realpath(path), 0) > 0


def in_use(path: Path) -> bool:
    """Whether a connection (here or in another process) is using the log beside `path`."""
    if open_here(path):
        return True
    shm = shm_path(path)
    try:
        import fcntl
    except ImportError:  # Windows: an open log cannot be renamed there, which says enough
        return False
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False  # no index: no connection; unreadable: it cannot be ours to judge
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE)
        return False
    finally:
        os.close(fd)


def file_stamp(path: Path) -> tuple[bool, Stamp | None]:
    """(readable, stamp) of the main file alone, read without trusting it.

    An immutable connection sees the file without its log; nothing stored in
    the file may run (an authorizer refuses anything a trigger or view would
    do) and the read stops after two seconds.
    """
    import sqlite3

    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False, None
    deadline = time.monotonic() + 2.0
    try:
        conn.set_authorizer(lambda *args: sqlite3.SQLITE_DENY if args[4] else sqlite3.SQLITE_OK)
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        tables = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'wal_stamp'"
        if not conn.execute(tables).fetchone()[0]:
            return True, None  # a file from before migration 0020 (or an empty one)
        row = conn.execute("SELECT value FROM wal_stamp WHERE id = 1").fetchone()
    except sqlite3.Error:
        return False, None
    finally:
        conn.close()
    return True, Stamp.parse(None if row is None else str(row[0]))


# How many times a log that seems not to extend the file is looked at again.
_LOOKS = 3
_LOOK_AGAIN_SECONDS = 0.05


class LogWatch:
    """Whether the log still extends the file at `path`, cheap enough to ask before each write.

    The log is read on from where the last look stopped; the file's stamp is
    read again only when the file itself changed (size, time, inode).
    Checked before a write and before and after a checkpoint: an older copy
    of the project put in place of the open file (same name, same inode)
    must not receive this session's pages.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._scan = LogScan(wal_path(path))
        self._checked: tuple[int, int, int] | None = None
        # A file from before migration 0020 has no stamp to prove anything by.
        self._stamped = file_stamp(path)[1] is not None

    def forget(self) -> None:
        """Read the file again at the next look, whatever its size, time and inode say."""
        self._checked = None

    def fits(self) -> bool:
        """False only when the log certainly does not extend the file now at the path."""
        return self.judge() != "foreign"

    def judge(self) -> str:
        """The verdict on the file now at the path: "ours", "foreign" or "unknown".

        The file changes only when a checkpoint writes into it (or something
        replaces it): while its size, time and inode stay as last proven
        ours, it is ours without reading anything. "unknown" is a file caught
        mid-copy (cut short, its stamp unreadable): a write to the log may go
        on, but no checkpoint may go into it (store.fileguard).
        """
        try:
            info = os.stat(self.path)
        except OSError:
            return "unknown"  # gone: the file guard says so
        key = (info.st_ino, info.st_size, info.st_mtime_ns)
        if key == self._checked:
            return "ours"
        if self._shrank(info.st_size):
            return "foreign"
        # The file and its log are read one after the other, and another program
        # sharing the file (`annotator index` beside the window) may checkpoint
        # and start a new log generation in between: the log then extends a file
        # state newer than the one read. Only a verdict that stands on every
        # look counts; an older copy put in place stays foreign.
        for look in range(_LOOKS):
            if look:
                time.sleep(_LOOK_AGAIN_SECONDS)
            readable, stamp = file_stamp(self.path)
            if not readable or (stamp is None and self._stamped):
                return "unknown"  # a copy under way, a checkpoint cut short
            if stamp is None:
                return "ours"  # a file from before the stamps: its header is all there is
            committed, stamps = self._scan.update()
            if verdict(committed, stamps, stamp).kind != "foreign":
                self._checked = key
                return "ours"
        return "foreign"

    def _shrank(self, size: int) -> bool:
        """Whether a shorter file was put in place while the log holds nothing to add.

        With an empty log the file holds every page, and a checkpoint (ours or
        another program's) never makes it shorter. A backup copied over the open
        project (same name, same inode) does; its stamp is older than anything
        this session knew, but the log, empty, has no stamp to compare it with,
        and a write would then go on from pages read before the copy.
        """
        if self._checked is None or size >= self._checked[1]:
            return False
        committed, _stamps = self._scan.update()
        return committed == 0
