"""Reading the files of an import; large imports are read by worker processes.

Reading a file (decode, normalise, find the article structure) costs more
than storing it, so a large import reads the next files in worker processes
while the calling process writes to the project. Results come back in file
order and only a few files wait in memory, however large the corpus is.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from annotator.app.importing.workers import read_in_workers, worker_count
from annotator.core.decoding import binary_reason
from annotator.core.errors import ImportFailure
from annotator.core.messages import Message, message
from annotator.core.model import SourceDocument
from annotator.core.textpack import pack
from annotator.formats.plaintext import PLAINTEXT
from annotator.formats.records import HINT_BYTES
from annotator.formats.references import keeping_references
from annotator.formats.registry import (
    HEAD_BYTES,
    Reader,
    ReadResult,
    known_extensions,
    reader_for,
)

# A plain-text article larger than this is surely not one article.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# A corpus file read whole (JSON, VLSP, brat, spaCy, Parquet).
DEFAULT_MAX_CORPUS_BYTES = 200 * 1024 * 1024
# One record (line, document) of a file read in pieces (JSONL, CoNLL, PhoNER).
DEFAULT_MAX_RECORD_BYTES = 20 * 1024 * 1024
DEFAULT_COMMIT_EVERY = 200
# What a size limit is about, for its message.
ARTICLE = "article"
CORPUS = "corpus"
# Duplicates: the same text with other annotations is kept (corpus records),
# or skipped as today for articles.
KEEP = "keep"
SKIP = "skip"
DUPLICATE_MODES = (KEEP, SKIP)


@dataclass(frozen=True)
class ImportOptions:
    """How to import: which files, size limits, a forced format, labels, duplicates, workers.

    `max_bytes` limits a plain-text article; `max_corpus_bytes` a corpus file
    read whole; `max_record_bytes` one record of a file read in pieces.
    `new_labels` is "add" (unknown labels join the schema) or "refuse";
    `label_map` renames labels ((old, new) pairs), never applied unasked.
    `duplicates="keep"` keeps a corpus record whose text is already in the
    project (plain-text articles are always skipped as duplicates).
    `jobs=1` reads every file in the calling thread; `jobs=0` uses one worker
    process per CPU for large imports; `jobs=N` asks for N worker processes.
    `keep_references=True` stores HTML character references ("&#39;", "&amp;")
    as written instead of decoding them, in plain text and in the tokens and
    fields of record formats alike (formats.references: one route for all).
    """

    include: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    format: str | None = None
    commit_every: int = DEFAULT_COMMIT_EVERY
    jobs: int = 0
    max_corpus_bytes: int = DEFAULT_MAX_CORPUS_BYTES
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    new_labels: str = "add"
    label_map: tuple[tuple[str, str], ...] = ()
    duplicates: str = KEEP
    keep_references: bool = False

    def patterns(self) -> tuple[str, ...]:
        """The include patterns, or one per extension some reader knows."""
        return self.include or tuple(f"*{ext}" for ext in known_extensions())


@dataclass(frozen=True)
class FileResult:
    """What reading one file (or one piece of it) gave: documents and per-record failures,
    or why it failed. `part` numbers the pieces of a file read in pieces; `last` marks its end.
    """

    path: str
    items: tuple[SourceDocument | ImportFailure, ...] = ()
    failure: str | None = None
    part: int = 0
    last: bool = True


def file_size(path: Path) -> int:
    """The size of a regular file; ImportFailure for links to nowhere, folders and devices."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise ImportFailure(
                "unreadable: broken link to {readlink}", readlink=os.readlink(path)
            ) from None
        raise ImportFailure("unreadable: no such file or folder") from None
    except OSError as exc:
        raise ImportFailure("unreadable: {value}", value=exc.strerror or exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailure("unreadable: this is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailure("unreadable: not a regular file (device, pipe or socket)")
    return info.st_size


def read_head(path: Path, size: int) -> bytes:
    """The first `size` bytes of a file (to choose its reader)."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise ImportFailure("unreadable: {value}", value=exc.strerror or exc) from None


def read_file_bytes(
    path: Path, *, max_bytes: int, what: str = ARTICLE, size: int | None = None
) -> bytes:
    """The bytes of one regular file, refusing links to nowhere, folders and big files.

    The size is checked before reading, and reading stops one byte past the
    limit, so an oversized (or growing) file is never loaded into memory.
    `size`: what `file_size(path)` just said (it is not asked again).
    """
    info_size = file_size(path) if size is None else size
    if info_size > max_bytes:
        raise ImportFailure(_too_large(info_size, max_bytes, what))
    try:
        with path.open("rb") as handle:
            # Ask for the size stat gave (plus one byte to see growth): asking for
            # max_bytes would allocate a buffer of that size for every file.
            data = handle.read(info_size + 1)
            if len(data) > info_size:  # it grew since: read on, up to the limit
                data += handle.read(max_bytes + 1 - len(data))
    except PermissionError:
        raise ImportFailure("unreadable: permission denied") from None
    except OSError as exc:
        raise ImportFailure("unreadable: {value}", value=exc.strerror or exc) from None
    if len(data) > max_bytes:
        raise ImportFailure(_too_large(len(data), max_bytes, what))
    return data


def _too_large(size: int, max_bytes: int, what: str) -> Message:
    sizes = {"size": f"{size / 1_048_576:.1f}", "limit": f"{max_bytes / 1_048_576:g}"}
    if what == ARTICLE:
        return message(
            "too large: {size} MB is over the {limit} MB limit for one plain-text article "
            "(raise it with --max-size if this really is one)",
            **sizes,
        )
    return message(
        "too large: {size} MB is over the {limit} MB limit for a corpus file read whole "
        "(raise it with --max-corpus-size)",
        **sizes,
    )


def choose_reader(path: Path, head: bytes, options: ImportOptions) -> Reader:
    """The reader of a file from its leading bytes; a binary file is named as such."""
    try:
        return reader_for(path, head, options.format)
    except ImportFailure:
        reason = binary_reason(head[:HEAD_BYTES])
        if reason:
            raise ImportFailure(reason) from None
        raise


def read_documents(
    path: Path, *, options: ImportOptions
) -> Iterator[SourceDocument | ImportFailure]:
    """Documents of one file read whole; raises ImportFailure for the whole file.

    A file no larger than an article is read at once and its reader chosen
    from all of it (so markup first appearing late is found); a larger one
    is looked at first, and read whole only if it is a corpus file within
    the corpus limit.
    """
    size = file_size(path)
    if size <= options.max_bytes:
        data = read_file_bytes(path, max_bytes=options.max_bytes, size=size)
        reader = choose_reader(path, data, options)
    else:
        reader = choose_reader(path, read_head(path, HINT_BYTES), options)
        if reader is PLAINTEXT:
            raise ImportFailure(_too_large(size, options.max_bytes, ARTICLE))
        data = read_file_bytes(path, max_bytes=options.max_corpus_bytes, what=CORPUS)
    yield from reader.read(path, data)


def with_units(item: ReadResult) -> ReadResult:
    """A document with its sentence starts, stored beside its text (fast exports), and its
    text packed as the store keeps it: both made here, in the worker process."""
    (done,) = with_units_all([item])
    return done


def with_units_all(items: Iterable[ReadResult]) -> tuple[ReadResult, ...]:
    """`with_units` of each item.

    Each document also gets the hash of its text (`SourceDocument.digest`) and
    its packed text (`SourceDocument.packed`), so the writer need not make them.

    The units (and numpy with them) are imported here, by the processes that
    read: the writer of a large import never needs them.
    """
    from annotator.nlp.stored_units import units_of_texts

    out = list(items)
    todo = [
        i for i, item in enumerate(out) if isinstance(item, SourceDocument) and item.units is None
    ]
    units = dict(zip(todo, units_of_texts([out[i].text for i in todo]), strict=True))  # type: ignore[union-attr]
    for i, item in enumerate(out):
        if not isinstance(item, SourceDocument):
            continue
        text = item.text
        out[i] = replace(
            item,
            units=units.get(i, item.units),
            digest=(text, hashlib.sha256(text.encode("utf-8")).hexdigest()),
            packed=item.packed if item.packed is not None else (text, pack(text)),
        )
    return tuple(out)


def read_file(path: str, options: ImportOptions) -> FileResult:
    """Read one file completely; every problem becomes part of the result.

    Runs in a worker process for large imports: it never touches the project.
    """
    try:
        with keeping_references(options.keep_references):
            items = with_units_all(read_documents(Path(path), options=options))
    except ImportFailure as exc:
        return FileResult(path, failure=exc.message)
    except RecursionError:
        return FileResult(path, failure=message("unreadable: nested too deeply to be read"))
    except (ValueError, TypeError, KeyError, IndexError, LookupError, OSError) as exc:
        # A reader that breaks on odd input must not stop the whole import.
        return FileResult(
            path,
            failure=message(
                "unreadable: the file could not be parsed ({error})",
                error=f"{type(exc).__name__}: {exc}",
            ),
        )
    if not items:
        return FileResult(path, failure=message("empty file: no documents in it"))
    return FileResult(path, items=items)


def read_files(paths: list[Path], *, options: ImportOptions) -> Generator[FileResult, None, None]:
    """Every file's result, in order; a large import is read by worker processes.

    The calling process then only stores documents while the workers read
    the next files (see workers); at most a few chunks of files wait
    in memory. `options.jobs == 1` reads everything in the calling thread.
    """
    workers = worker_count(options.jobs, len(paths))
    if workers == 0:
        for path in paths:
            yield read_file(str(path), options)
        return
    yield from read_in_workers(read_file, paths, options, workers)
