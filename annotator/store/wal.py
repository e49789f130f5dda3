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
import re
import secrets
import struct
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

WAL_MAGIC = (0x377F0682, 0x377F0683)
_HEADER = 32
_FRAME_HEADER = 24
STAMP_PATTERN = re.compile(
    rb"annotator-wal-stamp:project=([0-9a-f]{16});parent=([0-9a-f]{16});self=([0-9a-f]{16})"
)
# The byte SQLite's connections hold a shared lock on while they use the -shm
# ("dead man switch"): 120 (first lock byte) + 8 lock slots.
_SHM_DMS_BYTE = 128

# Project files this process has open, by real path: their logs are live.
_OPEN_HERE: Counter[str] = Counter()


@dataclass(frozen=True)
class Stamp:
    """The identity of one log generation: which project, which file state it extends."""

    project: str
    parent: str
    own: str

    def text(self) -> str:
        return f"annotator-wal-stamp:project={self.project};parent={self.parent};self={self.own}"

    @classmethod
    def parse(cls, value: bytes | str | None) -> Stamp | None:
        if value is None:
            return None
        data = value.encode() if isinstance(value, str) else value
        match = STAMP_PATTERN.search(data)
        if match is None:
            return None
        project, parent, own = (g.decode() for g in match.groups())
        return cls(project, parent, own)

    @classmethod
    def first(cls) -> Stamp:
        return cls(secrets.token_hex(8), "0" * 16, secrets.token_hex(8))

    def next(self) -> Stamp:
        """The stamp of the log generation that follows the file state of this one."""
        return Stamp(self.project, self.own, secrets.token_hex(8))


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
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return 0, []
    if len(data) < _HEADER:
        return 0, []
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:_HEADER])
    if magic not in WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
        return 0, []
    big = bool(magic & 1)
    s0, s1 = _checksum(data[:24], 0, 0, big)
    if (s0, s1) != (c1, c2):
        return 0, []
    committed, stamps, pending = 0, [], None
    offset = _HEADER
    frame = _FRAME_HEADER + page_size
    while offset + frame <= len(data):
        pgno, commit, f1, f2, k1, k2 = struct.unpack(">6I", data[offset : offset + 24])
        if (f1, f2) != (salt1, salt2) or pgno == 0:
            break
        page = data[offset + 24 : offset + frame]
        s0, s1 = _checksum(data[offset : offset + 8], s0, s1, big)
        s0, s1 = _checksum(page, s0, s1, big)
        if (s0, s1) != (k1, k2):
            break
        pending = Stamp.parse(page) or pending
        if commit:  # only what a commit closed is ever applied
            committed += 1
            if pending is not None:
                stamps.append(pending)
            pending = None
        offset += frame
    return committed, stamps


def _checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over `data`, continuing from (s0, s1)."""
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    pairs = iter(words)
    for x0, x1 in zip(pairs, pairs, strict=True):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def judge(path: Path, file_stamp: Stamp | None, *, empty: bool = False) -> Verdict:
    """Whether the log beside `path` extends the file as it is (see the module docstring).

    It does if one of its stamps names the file's stamp as its parent (the
    generation began from this file state) or is the file's stamp (the file
    already holds part of it). `empty`: the file has no tables yet, as a new
    project's file before its first checkpoint; a log that starts the project
    from nothing extends it.
    """
    committed, stamps = log_stamps(wal_path(path))
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


def in_use(path: Path) -> bool:
    """Whether a connection (here or in another process) is using the log beside `path`."""
    if _OPEN_HERE.get(os.path.realpath(path), 0) > 0:
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
