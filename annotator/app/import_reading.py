"""Finding and reading the files of an import; large imports are read by worker processes.

Reading a file (decode, normalise, find the article structure) costs more
than storing it, so a large import reads the next files in worker processes
while the calling process writes to the project. Results come back in file
order and only a few files wait in memory, however large the corpus is.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from annotator.app.import_report import IGNORED, SKIPPED, ImportReport, Outcome
from annotator.app.import_workers import read_in_workers, worker_count
from annotator.core.decoding import binary_reason
from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.formats.registry import HEAD_BYTES, ReadResult, known_extensions, reader_for
from annotator.nlp.stored_units import units_of

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_COMMIT_EVERY = 200


@dataclass(frozen=True)
class ImportOptions:
    """How to import: which files in folders, the size limit, a forced format, workers.

    `jobs=1` reads every file in the calling thread; `jobs=0` uses one worker
    process per CPU for large imports; `jobs=N` asks for N worker processes.
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
            # Ask for the size stat gave (plus one byte to see growth): asking for
            # max_bytes would allocate a buffer of that size for every file.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew since: read on, up to the limit
                data += handle.read(max_bytes + 1 - len(data))
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


def with_units(item: ReadResult) -> ReadResult:
    """A document with its tokens and sentence starts, stored beside its text (fast exports)."""
    if isinstance(item, SourceDocument) and item.units is None:
        return replace(item, units=units_of(item.text))
    return item


def read_file(path: str, options: ImportOptions) -> FileResult:
    """Read one file completely; every problem becomes part of the result.

    Runs in a worker process for large imports: it never touches the project.
    """
    try:
        items = tuple(with_units(item) for item in read_documents(Path(path), options=options))
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
    """Every file's result, in order; a large import is read by worker processes.

    The calling process then only stores documents while the workers read
    the next files (see import_workers); at most a few chunks of files wait
    in memory. `options.jobs == 1` reads everything in the calling thread.
    """
    workers = worker_count(options.jobs, len(paths))
    if workers == 0:
        for path in paths:
            yield read_file(str(path), options)
        return
    yield from read_in_workers(read_file, paths, options, workers)
