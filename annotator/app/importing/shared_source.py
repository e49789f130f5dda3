"""A document's source as a shared dataset may carry it: from the folder the import was given.

An import stores the full path of each file (`source`), which the window
shows and the project keeps; but `/home/lan/Documents/du-an/bao-2021/a.txt`
names a linguist's folders. The shared form starts at the folder (or file)
the import was given, keeping that folder's own name: `bao-2021/a.txt`, and
a record's place after it (`bao-2021/tin.jsonl:12`). Exports write it
unless asked for full paths (app.exporting.sources).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from annotator.formats.filenames import source_file


class ImportRoots:
    """The folders and files an import was given, to find what each file lies below."""

    def __init__(self, paths: Iterable[Path | str]) -> None:
        self._folders: list[str] = []
        self._files: set[str] = set()
        for raw in paths:
            path = os.path.abspath(raw)
            if os.path.isdir(path):
                self._folders.append(path)
            else:
                self._files.add(path)
        # A file named alone may be read with a companion beside it (brat's .txt and .ann).
        self._companion_folders = {os.path.dirname(f) for f in self._files}

    def shared(self, source: str, file: str) -> str:
        """`source` (which names `file`, a path the import read, or its companion) from its root.

        "" when the source names no file below what the import was given (a
        record that carried a source of its own).
        """
        named = file if source.startswith(file) else source_file(source)
        if not named or (named is not file and not os.path.isabs(named)):
            return ""
        place = source[len(named) :]  # ":12" or "#3" of a record, or ""
        full = os.path.abspath(named)
        root = self._root(full)
        if root is None:
            return ""
        return Path(os.path.relpath(full, root)).as_posix() + place

    def _root(self, full: str) -> str | None:
        """The folder the shared path is relative to: above the named folder, or the file's own."""
        if full in self._files or os.path.dirname(full) in self._companion_folders:
            return os.path.dirname(full)
        inside = [f for f in self._folders if full.startswith(f.rstrip(os.sep) + os.sep)]
        if not inside:
            return None
        return os.path.dirname(min(inside, key=len).rstrip(os.sep)) or os.sep
