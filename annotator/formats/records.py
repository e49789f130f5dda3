"""Multi-record files read in pieces: whole records at a time, never the whole file in memory.

A JSONL, PhoNER or CoNLL file can hold a million records. It is cut into
pieces of whole records (about `PIECE_BYTES` each) while it is read from
disk; each piece is read on its own (by worker processes for a large
import) and stored in its own transaction, so the memory an import needs
does not grow with the file, and an interrupted import keeps every piece
stored before it. A record over the size limit is refused with its line
number and size as soon as the limit is passed: the rest of it is skipped
on disk, never loaded.

Decisions a reader takes once per file (word level, which columns are
tags) are taken from the file's head and travel with every piece as hints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from annotator.core.errors import ImportFailure
from annotator.core.messages import message

# About this many bytes of records per piece; read from disk a piece at a time.
PIECE_BYTES = 256 * 1024
BLOCK_BYTES = PIECE_BYTES
# What readers look at to take their per-file decisions.
HINT_BYTES = 1 << 20
# Bytes of a skipped record kept to find a boundary that straddles two blocks.
_OVERLAP = 16


# Decisions a reader took once for the whole file, as (name, value) pairs.
Hints = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Piece:
    """Whole records of a file: their bytes, the line they start on, the file's hints.

    `failure` is set (and `data` empty) for a record refused before reading.
    """

    data: bytes
    line: int = 1
    hints: Hints = ()
    failure: str = ""

    def hint(self, key: str, default: Any = None) -> Any:
        return dict(self.hints).get(key, default)


def opened(
    name: str, data: bytes, piece: Piece | None, hints_of: Callable[[bytes], Hints]
) -> tuple[str, Piece]:
    """The text of a file or piece, and its piece (hints taken from the file's head when whole).

    Raises ImportFailure when the bytes are not UTF-8.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailure(
            "{name} is not UTF-8 (byte {start}); save it as UTF-8", name=name, start=exc.start
        ) from None
    return text, piece or Piece(data, hints=hints_of(data[:HINT_BYTES]))


@dataclass(frozen=True)
class Boundary:
    """Where records end: just after `pattern` (a line end, a blank line, before -DOCSTART-)."""

    pattern: re.Pattern[bytes]

    def first(self, data: bytes | bytearray, start: int = 0) -> int:
        match = self.pattern.search(data, start)
        return match.end() if match else -1

    def last(self, data: bytes | bytearray, start: int = 0) -> int:
        """The offset after the last boundary at or after `start`, or -1 (searched from the end)."""
        window = 4096
        while True:
            low = max(start, len(data) - window)
            found = -1
            for match in self.pattern.finditer(data, low):
                found = match.end()
            if found > 0 or low == start:
                return found
            window *= 4


LINES = Boundary(re.compile(rb"\n"))
BLANK_LINES = Boundary(re.compile(rb"\n[ \t\r]*\n"))
DOCSTARTS = Boundary(re.compile(rb"\n(?=-DOCSTART-)"))


class Rewound:
    """A stream whose first bytes were already read (to take hints): they are read again first."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head = head
        self.stream = stream

    def read(self, size: int = -1) -> bytes:
        if self.head:
            cut = len(self.head) if size < 0 else size
            data, self.head = self.head[:cut], self.head[cut:]
            return data
        return self.stream.read(size)


def split(
    stream: BinaryIO | Rewound,
    *,
    limit: int,
    boundary: Boundary,
    hints: tuple[tuple[str, Any], ...] = (),
    target: int = PIECE_BYTES,
) -> Iterator[Piece]:
    """Pieces of whole records of `stream`, in order; a record over `limit` bytes as a failure."""
    splitter = _Splitter(limit, boundary, hints, target)
    while block := stream.read(BLOCK_BYTES):
        yield from splitter.feed(block)
    yield from splitter.finish()


class _Splitter:
    """The state of one split: whole records waiting, the record being read, or one skipped."""

    def __init__(
        self, limit: int, boundary: Boundary, hints: tuple[tuple[str, Any], ...], target: int
    ) -> None:
        self.limit = limit
        self.boundary = boundary
        self.hints = hints
        self.target = target
        self.piece = bytearray()  # whole records waiting to go out
        self.pending = bytearray()  # the start of a record not ended yet
        self.line = 1  # the line `piece` starts on
        self.skipped = 0  # bytes of a refused record skipped so far (0: not skipping)
        self.skipped_lines = 0
        self.tail = b""  # the last bytes skipped, where a boundary may begin

    def feed(self, block: bytes) -> Iterator[Piece]:
        if self.skipped:
            rest = self._skip(block)
            if rest is None:
                return
            yield self._refused()
            block = rest
        # The part read before held no boundary: look only where one can now be.
        searched = max(0, len(self.pending) - _OVERLAP)
        self.pending += block
        cut = self.boundary.last(self.pending, searched)
        if cut > 0:
            complete = self.pending[:cut]
            del self.pending[:cut]
            if len(complete) > self.limit:
                yield from self._checked(complete)
            else:
                self.piece += complete
            if len(self.piece) >= self.target:
                yield from self._flush()
        if len(self.pending) > self.limit:
            yield from self._flush()
            self.skipped = len(self.pending)
            self.skipped_lines = self.pending.count(b"\n")
            self.tail = bytes(self.pending[-_OVERLAP:])
            self.pending = bytearray()

    def _checked(self, complete: bytearray) -> Iterator[Piece]:
        """Whole records, each looked at: one over the limit is refused, the others kept."""
        start = 0
        ends = [m.end() for m in self.boundary.pattern.finditer(complete)]
        if not ends or ends[-1] != len(complete):
            ends.append(len(complete))
        for end in ends:
            if end - start > self.limit:
                yield from self._flush()
                record = complete[start:end]
                self.skipped, self.skipped_lines = len(record), record.count(b"\n")
                yield self._refused()
            else:
                self.piece += complete[start:end]
            start = end

    def _skip(self, block: bytes) -> bytes | None:
        """Skip on through a refused record; what follows its end, or None if it goes on."""
        joined = self.tail + block
        end = self.boundary.first(joined)
        if end < 0:
            self.skipped += len(block)
            self.skipped_lines += block.count(b"\n")
            self.tail = joined[-_OVERLAP:]
            return None
        used = end - len(self.tail)
        self.skipped += used
        self.skipped_lines += block.count(b"\n", 0, used)
        return block[used:]

    def _refused(self) -> Piece:
        piece = Piece(
            b"",
            self.line,
            self.hints,
            failure=message(
                "line {line}: a record of {size} MB is over the {limit} MB limit per record; it "
                "was skipped unread (raise the limit with --max-corpus-size)",
                line=self.line,
                size=f"{self.skipped / 1_048_576:.1f}",
                limit=f"{self.limit / 1_048_576:g}",
            ),
        )
        self.line += self.skipped_lines
        self.skipped = self.skipped_lines = 0
        self.tail = b""
        return piece

    def _flush(self) -> Iterator[Piece]:
        if self.piece:
            data = bytes(self.piece)
            self.piece = bytearray()
            yield Piece(data, self.line, self.hints)
            self.line += data.count(b"\n")

    def finish(self) -> Iterator[Piece]:
        if self.skipped:
            yield self._refused()
            return
        self.piece += self.pending
        self.pending = bytearray()
        yield from self._flush()
