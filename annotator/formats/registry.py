"""The registry of file-format readers and writers, chosen by name, extension or content.

Each format module in this package registers itself at import time with
`register_reader` / `register_writer`; the registry imports every module of the
package the first time it is asked, so a new format only needs its own module.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFailure
from annotator.core.messages import message
from annotator.core.model import SourceDocument
from annotator.formats.records import Boundary, Hints

# `sniff` receives at least this many leading bytes (the whole file when it
# is small enough to be read whole), so markup that first appears late in a
# file is found.
HEAD_BYTES = 4096

SniffFn = Callable[[Path, bytes], bool]
# A reader yields documents; for one bad record in a multi-record file it may
# yield an ImportFailure and go on with the next record.
ReadResult = SourceDocument | ImportFailure
ReadFn = Callable[[Path, bytes], Iterator[ReadResult]]
# How a multi-record file is cut into records, decided from its head:
# (path, head) -> (where records end, hints every piece carries), or None to
# read that file whole (formats.records).
RecordsFn = Callable[[Path, bytes], tuple[Boundary, Hints] | None]


@dataclass(frozen=True)
class Reader:
    """Turns the bytes of one file into source documents.

    `sniff(path, head)` says whether the leading bytes look like this format;
    `read(path, data)` yields documents with normalised text; it raises
    ImportFailure with a specific reason when the whole file is unusable, and
    yields one for a single bad record of a multi-record file.
    A reader with higher `priority` wins when several accept the same file.
    A reader of multi-record files also gives `records`: the file is then
    cut into pieces of whole records as it is read (formats.records), and
    `read(path, data, piece=piece)` reads one piece (its hints say what the
    file shares).
    `companion(path)` names the file read together with `path` (brat's
    `.txt` beside its `.ann`), so an import reads the pair once.
    """

    name: str
    extensions: tuple[str, ...]
    sniff: SniffFn
    read: ReadFn
    description: str = ""
    priority: int = 0
    records: RecordsFn | None = None
    companion: Callable[[Path], Path | None] | None = None

    def matches_extension(self, path: Path) -> bool:
        return path.name.lower().endswith(_suffixes(self.extensions))


@dataclass(frozen=True)
class Writer:
    """Writes documents of a project to one file or folder in a format.

    `write` is called with keyword arguments chosen by the format module;
    the registry only names and lists writers. A format written as one file
    per split, document after document, also gives `render(doc, options)`,
    one document's text: exports then render chunks of documents in
    parallel and write them in order.
    """

    name: str
    extensions: tuple[str, ...]
    write: Callable[..., Any]
    description: str = ""
    render: Callable[[Any, Any], str] | None = None

    def file_name(self, split: str) -> str:
        """The file of one split, for formats with `render`."""
        return f"{split}{self.extensions[0]}"


def line_writer(
    name: str, extension: str, render: Callable[[Any, Any], str], description: str
) -> Writer:
    """A writer of one `<split><extension>` file per split, each document rendered in order."""

    def write(splits: Any, *, directory: Path, options: Any) -> list[Path]:
        written = []
        for split, docs in splits:
            path = Path(directory) / f"{split}{extension}"
            with path.open("w", encoding="utf-8", newline="\n") as out:
                for doc in docs:
                    out.write(render(doc, options))
            written.append(path)
        return written

    return Writer(name, (extension,), write, description, render)


_READERS: dict[str, Reader] = {}
_WRITERS: dict[str, Writer] = {}
_loaded = False


def _dotted(ext: str) -> str:
    return ext.lower() if ext.startswith(".") else "." + ext.lower()


@functools.cache
def _suffixes(extensions: tuple[str, ...]) -> tuple[str, ...]:
    # Computed once per reader: imports test every file against every reader.
    return tuple(_dotted(ext) for ext in extensions if ext)


def register_reader(reader: Reader, *, replace: bool = False) -> Reader:
    """Add a reader; a second reader with the same name is an error unless `replace`."""
    if reader.name in _READERS and not replace and _READERS[reader.name] != reader:
        raise ValueError(f"a reader named {reader.name!r} is already registered")
    _READERS[reader.name] = reader
    return reader


def register_writer(writer: Writer, *, replace: bool = False) -> Writer:
    """Add a writer; a second writer with the same name is an error unless `replace`."""
    if writer.name in _WRITERS and not replace and _WRITERS[writer.name] != writer:
        raise ValueError(f"a writer named {writer.name!r} is already registered")
    _WRITERS[writer.name] = writer
    return writer


def _load_builtin_formats() -> None:
    """Import every module of annotator.formats once, so each can register itself."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    package = importlib.import_module("annotator.formats")
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_") or info.name == "registry":
            continue
        importlib.import_module(f"annotator.formats.{info.name}")


def readers() -> tuple[Reader, ...]:
    """All readers, highest priority first (ties in registration order)."""
    _load_builtin_formats()
    return tuple(sorted(_READERS.values(), key=lambda r: -r.priority))


def writers() -> tuple[Writer, ...]:
    """All writers in registration order."""
    _load_builtin_formats()
    return tuple(_WRITERS.values())


def reader_named(name: str) -> Reader:
    """The reader called `name`; ImportFailure listing the known names otherwise."""
    for reader in readers():
        if reader.name == name.lower():
            return reader
    known = ", ".join(sorted(r.name for r in readers()))
    raise ImportFailure("unknown format {name!r}; known formats: {known}", name=name, known=known)


def writer_named(name: str) -> Writer:
    """The writer called `name`; ValueError listing the known names otherwise."""
    for writer in writers():
        if writer.name == name.lower():
            return writer
    known = ", ".join(sorted(w.name for w in writers()))
    raise ValueError(f"unknown export format {name!r}; known formats: {known}")


def reader_for(path: Path, head: bytes, format: str | None = None) -> Reader:
    """Choose the reader for a file: by `format` name if given, else extension then content.

    Readers registered for the file's extension are asked first, highest
    priority first; if none accepts the leading bytes, the most general one
    (lowest priority) reads it so its error message says what is wrong. A file
    with an unclaimed extension goes to the first reader that accepts its content.
    """
    if format:
        return reader_named(format)
    path = Path(path)
    candidates = readers()
    by_extension = [r for r in candidates if r.matches_extension(path)]
    for reader in by_extension:
        if reader.sniff(path, head):
            return reader
    if by_extension:
        # The most general reader of the extension (lowest priority) explains
        # best what is wrong with a file no specialised reader recognised.
        return by_extension[-1]
    for reader in candidates:
        if reader.sniff(path, head):
            return reader
    raise ImportFailure(
        "no reader accepts this file ({suffix}); use --format to choose one of: {choices}",
        suffix=path.suffix or message("(no extension)"),
        choices=", ".join(sorted(r.name for r in candidates)),
    )


def known_extensions() -> tuple[str, ...]:
    """Every extension some reader claims, with a leading dot, sorted."""
    return tuple(sorted({_dotted(e) for r in readers() for e in r.extensions if e}))
