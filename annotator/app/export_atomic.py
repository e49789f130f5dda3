"""Atomic export folders: everything is written to a hidden temporary folder, then renamed.

An export that fails or is interrupted leaves no half-written dataset: the
temporary folder is removed, and the target is only ever replaced whole.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.core.errors import ExportError

PARTIAL_SUFFIX = ".partial"


@contextmanager
def atomic_directory(target: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary folder beside `target`; on success it becomes `target`.

    With `overwrite`, an existing target is replaced in one rename (the old
    one is removed only after the new one is in place).
    """
    target = Path(target)
    if target.exists() and not overwrite:
        raise ExportError(f"{target} already exists; choose another name or allow overwriting it")
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent)
    )
    try:
        yield temp
        _sync_tree(temp)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    _commit(temp, target)


def _commit(temp: Path, target: Path) -> None:
    if not target.exists():
        os.replace(temp, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    old.rmdir()
    os.replace(target, old)
    try:
        os.replace(temp, target)
    except OSError:
        os.replace(old, target)
        shutil.rmtree(temp, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _sync_tree(root: Path) -> None:
    """Flush written files to disk before the rename makes them visible."""
    for folder, _, files in os.walk(root):
        for name in files:
            with open(os.path.join(folder, name), "rb") as handle:
                os.fsync(handle.fileno())
