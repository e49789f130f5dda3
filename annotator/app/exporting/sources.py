"""What an export writes as a document's `source`: never the linguist's folders unless asked.

A shared dataset names each document's file the way it was imported from
the folder the import was given (`bao-2021/thang1/a.txt`, see
app.importing.shared_source); the full path stays in the project. A full
path with no such form (a document of an older project, or a record that
carried its own) goes out as its file name with the record's place
(`a.txt`, `tin.jsonl:12`). `ExportOptions.absolute_sources` writes full
paths, for a dataset that stays on the linguist's machine. Each kind is
counted in the export's report, so the summary says which was done.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath

from annotator.formats.filenames import source_file

# Formats whose files carry `source` as written (the others use at most its file name).
SOURCE_FORMATS = frozenset({"jsonl", "doccano-rel"})

FROM_FOLDER = "source_folder"
NAME_ONLY = "source_name"
FULL = "source_full"


_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def is_full_path(source: str) -> bool:
    """True for a path from a file system's root: /home/..., C:\\..., \\\\server\\..."""
    return source.startswith(("/", "\\")) or _DRIVE.match(source) is not None


def exported_source(source: str, shared: str, *, full: bool) -> tuple[str, str | None]:
    """(what the export writes, its report kind; None: the stored source, which names no folder)."""
    if full:
        return source, FULL if is_full_path(source) else None
    if shared:
        return shared, FROM_FOLDER if shared != source else None
    if not is_full_path(source):
        return source, None
    file = source_file(source)
    name = (PureWindowsPath if "\\" in file else PurePosixPath)(file).name
    return name + source[len(file) :], NAME_ONLY
