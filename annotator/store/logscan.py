"""Reading the stamps in a SQLite `-wal` file, as SQLite itself would read its frames.

Only what SQLite would apply counts: frames of the current generation (the
header's salts), with an unbroken checksum chain, up to the last commit. A
scan remembers where it stopped, so reading a log again before each write
costs only the frames added since (store.fileguard).
"""

from __future__ import annotations

import functools
import os
import re
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

WAL_MAGIC = (0x377F0682, 0x377F0683)
_HEADER = 32
_FRAME_HEADER = 24
_BLOCK_FRAMES = 16
STAMP_PATTERN = re.compile(
    rb"annotator-wal-stamp:project=([0-9a-f]{16});parent=([0-9a-f]{16});self=([0-9a-f]{16})"
)


def _token() -> str:
    """16 random hex digits (`secrets.token_hex(8)`, without importing `random` at start)."""
    return os.urandom(8).hex()


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
        return cls(_token(), "0" * 16, _token())

    def next(self) -> Stamp:
        """The stamp of the log generation that follows the file state of this one."""
        return Stamp(self.project, self.own, _token())


class LogScan:
    """The committed transactions and stamps of one `-wal` file, read incrementally."""

    def __init__(self, wal: Path) -> None:
        self.wal = wal
        self._reset(None)

    def _reset(self, header: tuple[int, ...] | None) -> None:
        self.header = header
        self.offset = _HEADER
        self.sums = (0, 0)
        self.committed = 0
        self.stamps: list[Stamp] = []

    def update(self) -> tuple[int, list[Stamp]]:
        """(committed transactions, their stamps in order) as the log stands now."""
        try:
            with open(self.wal, "rb") as handle:
                head = handle.read(_HEADER)
                header = self._header(head)
                if header is None:
                    self._reset(None)
                    return 0, []
                if header != self.header:  # a new generation (or a new file)
                    self._reset(header)
                    self.sums = (header[6], header[7])
                handle.seek(self.offset)
                self._scan(handle)
        except FileNotFoundError:
            self._reset(None)
        return self.committed, list(self.stamps)

    @staticmethod
    def _header(head: bytes) -> tuple[int, ...] | None:
        if len(head) < _HEADER:
            return None
        fields = struct.unpack(">8I", head)
        magic, page_size = fields[0], fields[2]
        if magic not in WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
            return None
        if checksum(head[:24], 0, 0, bool(magic & 1)) != (fields[6], fields[7]):
            return None
        return fields

    def _scan(self, handle: BinaryIO) -> None:
        """Read frames on from the last commit seen; stop at the first that SQLite would not apply.

        Frames are read a block at a time: the file goes on past the current
        generation with the stale frames of earlier ones. Only a commit moves
        the saved position: frames after it may still be rewritten (a
        transaction rolled back), so they are read again next time.
        """
        assert self.header is not None
        page_size, salts, big = self.header[2], self.header[4:6], bool(self.header[0] & 1)
        frame = _FRAME_HEADER + page_size
        s0, s1 = self.sums
        pending: Stamp | None = None
        read = 0  # bytes read past self.offset's start point
        start = self.offset
        while True:
            block = handle.read(frame * _BLOCK_FRAMES)
            for position in range(0, len(block) - frame + 1, frame):
                header = block[position : position + 24]
                pgno, commit, f1, f2, k1, k2 = struct.unpack(">6I", header)
                if (f1, f2) != salts or pgno == 0:
                    return
                page = block[position + 24 : position + frame]
                s0, s1 = checksum(header[:8], s0, s1, big)
                s0, s1 = checksum(page, s0, s1, big)
                if (s0, s1) != (k1, k2):
                    return
                pending = Stamp.parse(page) or pending
                if commit:  # only what a commit closed is ever applied
                    self.committed += 1
                    if pending is not None:
                        self.stamps.append(pending)
                    pending = None
                    self.offset, self.sums = start + read + position + frame, (s0, s1)
            if len(block) < frame * _BLOCK_FRAMES:
                return
            read += len(block)


def checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over `data`, continuing from (s0, s1).

    A whole page is summed with numpy where the process has it loaded already
    (the window, the NLP commands): after each checkpoint every frame the
    window committed since is read once, and the word-by-word loop below was
    most of an undo's time then. A command that never loaded numpy keeps the
    loop rather than pay its import for a few pages.
    """
    numpy = sys.modules.get("numpy")
    if numpy is not None and len(data) >= _VECTOR_BYTES:
        return _vector_checksum(numpy, data, s0, s1, big)
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    pairs = iter(words)
    for x0, x1 in zip(pairs, pairs, strict=True):
        s0 = (s0 + x0 + s1) & _MASK
        s1 = (s1 + x1 + s0) & _MASK
    return s0, s1


# Below this many bytes (a frame's header) the loop is as quick as numpy.
_VECTOR_BYTES = 256
_MASK = 0xFFFFFFFF


def _vector_checksum(np: Any, data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    """The same sum in closed form: each step is linear in (s0, s1) modulo 2**32.

    One step maps (s0, s1) to M (s0, s1) + (x0, x0 + x1) with M = [[1, 1], [1, 2]],
    so n steps give M^n (s0, s1) plus each pair's words weighted by a power of M:
    two dot products, in uint64 arithmetic that wraps modulo 2**64 (a multiple
    of 2**32, so the low 32 bits come out exact).
    """
    words = np.frombuffer(data, dtype=">u4" if big else "<u4", count=len(data) // 4)
    weights, (a, b, c, d) = _weights(len(words) // 2)
    first, second = (weights @ words.astype(np.uint64)).tolist()
    return (a * s0 + b * s1 + first) & _MASK, (c * s0 + d * s1 + second) & _MASK


@functools.lru_cache(maxsize=8)
def _weights(pairs: int) -> tuple[Any, tuple[int, int, int, int]]:
    """(each word's weight in s0 and in s1 after `pairs` steps, as a 2 x 2n array; M^pairs)."""
    import numpy as np

    powers = [(1, 0, 0, 1)]  # M^0, M^1, ... row by row, modulo 2**32
    for _ in range(pairs):
        a, b, c, d = powers[-1]
        powers.append(((a + c) & _MASK, (b + d) & _MASK, (a + 2 * c) & _MASK, (b + 2 * d) & _MASK))
    weights = np.empty((2, 2 * pairs), dtype=np.uint64)
    for k in range(pairs):
        a, b, c, d = powers[pairs - 1 - k]  # pair k is followed by pairs - 1 - k more steps
        weights[0, 2 * k : 2 * k + 2] = ((a + b) & _MASK, b)
        weights[1, 2 * k : 2 * k + 2] = ((c + d) & _MASK, d)
    return weights, powers[pairs]
