"""The items of the document list's source-file box: names a user reads, in the order
they read them.

A full path sorts by its folders, which the box does not show: `test.conll` of
one corpus came between two files of another. The box shows a file's name, so
it sorts by that name, in Vietnamese order (a before ă before â, d before đ,
tone marks after the letters, numbers by value: bai-2 before bai-10); a name
two folders share gets as many of its folders as tell the files apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cmp_to_key
from pathlib import PurePath

from PySide6.QtCore import QCollator, QLocale, Qt


def vietnamese_collator() -> QCollator:
    """Vietnamese order, case ignored, digits read as numbers."""
    collator = QCollator(QLocale(QLocale.Language.Vietnamese))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def in_vietnamese_order(names: Iterable[str]) -> list[str]:
    """`names` as a Vietnamese reader expects them: `Dũng` before `Đức`, `an` beside `An`.

    Sorting by `str.casefold` put every name starting with `Đ` after `Y`,
    since the code point of `đ` follows the Latin letters.
    """
    by_name = cmp_to_key(vietnamese_collator().compare)
    return sorted(names, key=lambda name: (by_name(name), name))


def shown_names(paths: list[str]) -> dict[str, str]:
    """Each path's name as the box shows it: the file's name, and where two paths share
    it, the fewest trailing folders that tell them apart (`phoner/train.conll`)."""
    parts = {path: PurePath(path).parts or (path,) for path in paths}
    by_name: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        by_name[parts[path][-1]].append(path)
    shown = {}
    for same in by_name.values():
        depth = 1
        while depth < max(len(parts[p]) for p in same) and len(
            {parts[p][-depth:] for p in same}
        ) < len(same):
            depth += 1
        for path in same:
            shown[path] = "/".join(parts[path][-depth:]).replace("//", "/")
    return shown


def file_items(files: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """(shown name, path, documents) of each file, in Vietnamese order of the shown name."""
    shown = shown_names([path for path, _ in files])
    by_name = cmp_to_key(vietnamese_collator().compare)
    items = [(shown[path], path, count) for path, count in files]
    items.sort(key=lambda item: (by_name(item[0]), item[1]))
    return items
