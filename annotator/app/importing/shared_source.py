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

    def shared(self, source: str, file: str) -> str:
        """`source` (which starts with `file`, a path the import read) from its import root.

        "" when the source does not name the file (a record that carried its own).
        """
        if not source.startswith(file):
            return ""
        place = source[len(file) :]  # ":12" or "#3" of a record, or ""
        full = os.path.abspath(file)
        root = self._root(full)
        if root is None:
            return ""
        return Path(os.path.relpath(full, root)).as_posix() + place

    def _root(self, full: str) -> str | None:
        """The folder the shared path is relative to: above the named folder, or the file's own."""
        if full in self._files:
            return os.path.dirname(full)
        inside = [f for f in self._folders if full.startswith(f.rstrip(os.sep) + os.sep)]
        if not inside:
            return None
        return os.path.dirname(min(inside, key=len).rstrip(os.sep)) or os.sep
