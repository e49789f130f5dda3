"""Finding and reading the files of an import, with a read-ahead thread for large imports.

Reading a file (decode, normalise, find the article structure) costs about as
much as storing it, so a large import reads the next files in a background
thread while the calling thread writes to the project. Results come back in
file order and only a few files wait in memory, however large the corpus is.
"""

from __future__ import annotations

import fnmatch
import os
import queue
import stat
import threading
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.app.import_report import IGNORED, SKIPPED, ImportReport, Outcome
from annotator.core.decoding import binary_reason
from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.formats.registry import HEAD_BYTES, known_extensions, reader_for

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_COMMIT_EVERY = 200
# Files read ahead of the store by a background thread, and the import size
# from which that thread is worth starting.
READ_AHEAD = 32
READ_AHEAD_MIN_FILES = 50


@dataclass(frozen=True)
class ImportOptions:
    """How to import: which files in folders, the size limit, a forced format, workers.

    `jobs=1` reads every file in the calling thread (no read-ahead thread).
    """

    include: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    format: str | None = None
    commit_every: int = DEFAULT_COMMIT_EVERY
    jobs: int = 0

    def patterns(self) -> tuple[str, ...]:
        """The include patterns, or one per extension some reader knows."""
        return self.include or tuple(f"*{ext}" for ext in known_extensions())


@dataclass(frozen=True)
class FileResult:
    """What reading one file gave: documents and per-record failures, or why it failed."""

    path: str
    items: tuple[SourceDocument | ImportFailure, ...] = ()
    failure: str | None = None


def collect_files(
    paths: Iterable[Path | str], *, options: ImportOptions, report: ImportReport
) -> list[Path]:
    """The files to import, in a stable order; folders are walked, hidden entries skipped.

    Only names are collected here, so a 10,000-file folder costs little memory.
    A path named explicitly is always tried, whatever its extension.
    """
    found: list[Path] = []
    matches = _matcher(options.patterns())
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(_walk(path, matches, report))
        else:
            found.append(path)
    return found


def _matcher(patterns: tuple[str, ...]):  # type: ignore[no-untyped-def]
    lowered = tuple(p.lower() for p in patterns)
    # "*.txt" patterns are plain suffix tests; anything else goes through fnmatch.
    suffixes = tuple(
        p[1:] for p in lowered if p.startswith("*") and not any(c in p[1:] for c in "*?[")
    )
    others = tuple(p for p in lowered if p[1:] not in suffixes or not p.startswith("*"))
    described = " ".join(patterns)

    def matches(name: str) -> str | None:
        low = name.lower()
        if low.endswith(suffixes) or any(fnmatch.fnmatchcase(low, p) for p in others):
            return None
        return f"does not match {described}"

    return matches


def _walk(root: Path, matches, report: ImportReport) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    def unreadable(error: OSError) -> None:
        where = error.filename or str(root)
        report.add(Outcome(str(where), SKIPPED, f"unreadable folder: {error.strerror or error}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            mismatch = matches(name)
            if mismatch is None:
                yield path
            else:
                report.add(Outcome(str(path), IGNORED, mismatch))


def read_file_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of one regular file, refusing links to nowhere, folders and big files.

    The size is checked before reading, and reading stops one byte past the
    limit, so an oversized (or growing) file is never loaded into memory.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise ImportFailure(f"unreadable: broken link to {os.readlink(path)}") from None
        raise ImportFailure("unreadable: no such file or folder") from None
    except OSError as exc:
        raise ImportFailure(f"unreadable: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailure("unreadable: this is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailure("unreadable: not a regular file (device, pipe or socket)")
    if info.st_size > max_bytes:
        raise ImportFailure(_too_large(info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ImportFailure("unreadable: permission denied") from None
    except OSError as exc:
        raise ImportFailure(f"unreadable: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ImportFailure(_too_large(len(data), max_bytes))
    return data


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"too large: {size / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:g} MB limit "
        "(raise it with --max-size if this really is one article)"
    )


def read_documents(
    path: Path, *, options: ImportOptions
) -> Iterator[SourceDocument | ImportFailure]:
    """Documents of one file through the registry; raises ImportFailure for the whole file."""
    data = read_file_bytes(path, max_bytes=options.max_bytes)
    head = data[:HEAD_BYTES]
    try:
        reader = reader_for(path, head, options.format)
    except ImportFailure:
        reason = binary_reason(head)
        if reason:
            raise ImportFailure(reason) from None
        raise
    yield from reader.read(path, data)


def read_file(path: str, options: ImportOptions) -> FileResult:
    """Read one file completely; every problem becomes part of the result.

    Runs in the read-ahead thread: it never touches the project.
    """
    try:
        items = tuple(read_documents(Path(path), options=options))
    except ImportFailure as exc:
        return FileResult(path, failure=str(exc))
    except (ValueError, TypeError, KeyError, IndexError, LookupError, OSError) as exc:
        # A reader that breaks on odd input must not stop the whole import.
        return FileResult(
            path, failure=f"unreadable: the file could not be parsed ({type(exc).__name__}: {exc})"
        )
    if not items:
        return FileResult(path, failure="empty file: no documents in it")
    return FileResult(path, items=items)


def read_files(paths: list[Path], *, options: ImportOptions) -> Generator[FileResult, None, None]:
    """Every file's result, in order, read ahead by a background thread for large imports.

    SQLite releases the interpreter lock while it writes, so reading the next
    files overlaps with storing the previous ones. At most `READ_AHEAD` files
    wait in memory; closing the iterator early (cancel, error) stops the thread.
    """
    if options.jobs == 1 or len(paths) < READ_AHEAD_MIN_FILES:
        for path in paths:
            yield read_file(str(path), options)
        return
    results: queue.Queue[FileResult | None] = queue.Queue(maxsize=READ_AHEAD)
    stop = threading.Event()

    def produce() -> None:
        try:
            for path in paths:
                result = read_file(str(path), options)
                while not stop.is_set():
                    try:
                        results.put(result, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
        finally:
            _put_end(results, stop)

    thread = threading.Thread(target=produce, name="import-reader", daemon=True)
    thread.start()
    try:
        while (result := results.get()) is not None:
            yield result
    finally:
        stop.set()
        thread.join()


def _put_end(results: queue.Queue[FileResult | None], stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            results.put(None, timeout=0.1)
            return
        except queue.Full:
            continue
