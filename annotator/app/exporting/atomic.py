"""Atomic export folders: everything is written to a hidden temporary folder, then swapped in.

An export that fails or is interrupted leaves no half-written dataset, and
the target holds either the old or the new dataset at every instant: an
overwrite exchanges the two folders in one step where the system can
(Linux `renameat2(RENAME_EXCHANGE)`, macOS `renamex_np(RENAME_SWAP)`). Where
it cannot, the old folder is renamed aside first and, should the program die
between the two renames, put back by the next export to that target.

While an export runs, its temporary folder is locked; the next export to the
same target removes temporary folders nobody holds (left by a crash or a
kill). The finished folder gets the permissions the user's umask asks for.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.core.errors import ExportError
from annotator.store import wal

PARTIAL_SUFFIX = ".partial"
OLD_SUFFIX = ".old"
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


@contextmanager
def atomic_directory(target: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary folder beside `target`; on success it becomes `target`.

    With `overwrite`, an existing target is replaced whole (see the module docstring).
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        clean_leftovers(target)
    except OSError as exc:
        raise _failed(exc, target) from exc
    _refuse_existing(target, overwrite)
    try:
        temp = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent)
        )
    except OSError as exc:
        raise _failed(exc, target) from exc
    lock = _try_hold(temp)
    try:
        try:
            yield temp
            _sync_tree(temp)
            os.chmod(temp, 0o777 & ~_umask())
            _commit(temp, target)
        except BaseException as exc:
            shutil.rmtree(temp, ignore_errors=True)
            if isinstance(exc, OSError):
                raise _failed(exc, target, temp) from exc
            raise
    finally:
        _release(lock)


def check_target(target: Path, *, overwrite: bool = False) -> None:
    """Fail now where `atomic_directory` would fail to start: the folder exists and may
    not be replaced, or its parent cannot be made or written to. A command that
    changes the project before it writes (the registry links first) asks this
    before changing anything."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        probe = tempfile.mkdtemp(
            prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent
        )
        os.rmdir(probe)
    except OSError as exc:
        raise _failed(exc, target) from exc
    _refuse_existing(target, overwrite)


def _refuse_existing(target: Path, overwrite: bool) -> None:
    if target.exists() and not overwrite:
        raise ExportError(
            "{target} already exists; choose another name or allow overwriting it", target=target
        )
    _refuse_holding_a_project(target)


def _refuse_holding_a_project(target: Path) -> None:
    """An overwrite never replaces a folder that holds an open project (or is inside one's file).

    Replacing the folder removes everything in it: `--out` naming the
    project's own folder deleted the project being exported.
    """
    if not target.is_dir():
        return
    folder = os.path.realpath(target)
    for project in wal.open_paths():
        if os.path.commonpath([folder, project]) == folder:
            raise ExportError(
                "{target} holds the open project {project}: replacing the folder would delete "
                "it. Nothing was written; choose another folder for the export.",
                target=target,
                project=project,
            )


def _failed(exc: OSError, target: Path, temp: Path | None = None) -> ExportError:
    where = _shown_file(exc.filename, target, temp)
    if exc.errno in _FULL:
        return ExportError(
            "The disk is full (or a file size limit was reached) while writing {target}{where}; "
            "nothing was written there and whatever it held before is unchanged. Free some "
            "space and try again.",
            target=target,
            where=where,
        )
    return ExportError(
        "{target} could not be written: {value}{where}. Nothing was written there and "
        "whatever it held before is unchanged.",
        target=target,
        value=exc.strerror or exc,
        where=where,
    )


def _shown_file(name: str | bytes | None, target: Path, temp: Path | None) -> str:
    """The file a failure names, as the user will know it: inside the target folder.

    The export is written in a hidden temporary folder (`.ds.xxxx.partial`)
    the user never sees and that is gone by the time the message is read, so
    a file in it is named by its place in the target instead.
    """
    if not name:
        return ""
    path = Path(os.fsdecode(name))
    if temp is not None:
        with contextlib.suppress(ValueError):
            path = target / path.relative_to(temp)
    return f" ({path})"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- the swap -----------------------------------------------------------------------


def _commit(temp: Path, target: Path) -> None:
    if not target.exists():
        os.replace(temp, target)
        return
    if _exchange(temp, target):
        shutil.rmtree(temp, ignore_errors=True)  # it now holds the old dataset
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=OLD_SUFFIX, dir=target.parent))
    old.rmdir()
    os.replace(target, old)
    try:
        os.replace(temp, target)
    except OSError:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step; False where the system or file system cannot."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if sys.platform.startswith("linux"):
            at_fdcwd, rename_exchange = -100, 2
            result = libc.renameat2(
                at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange
            )
        elif sys.platform == "darwin":
            result = libc.renamex_np(os.fsencode(a), os.fsencode(b), 0x2)  # RENAME_SWAP
        else:
            return False
    except (AttributeError, OSError):
        return False
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


# -- leftovers --------------------------------------------------------------------


def clean_leftovers(target: Path) -> None:
    """Put back an old dataset a dead overwrite left aside; remove dead temporary folders."""
    stale = [
        p
        for p in target.parent.glob(f".{target.name}.*")
        if p.is_dir() and p.name.endswith((PARTIAL_SUFFIX, OLD_SUFFIX))
    ]
    for folder in sorted(stale):
        lock = _try_hold(folder)
        if lock is None:
            continue  # another export is writing it right now
        try:
            if folder.name.endswith(OLD_SUFFIX) and not target.exists():
                os.replace(folder, target)  # the overwrite died between its two renames
            else:
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            _release(lock)


def _try_hold(folder: Path) -> int | None:
    """Lock `folder` for this process; None if another export holds it.

    Where folders cannot be locked (Windows), a folder counts as held while
    it is younger than a day.
    """
    try:
        import fcntl
    except ImportError:
        import time

        with contextlib.suppress(OSError):
            if time.time() - folder.stat().st_mtime < 86_400:
                return None
        return -1
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _release(lock: int | None) -> None:
    if lock is not None and lock >= 0:
        os.close(lock)


def _sync_tree(root: Path) -> None:
    """Flush written files to disk before the rename makes them visible."""
    for folder, _, files in os.walk(root):
        for name in files:
            with open(os.path.join(folder, name), "rb") as handle:
                os.fsync(handle.fileno())
