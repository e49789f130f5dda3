"""What can go wrong with a project file, as typed errors a linguist can act on.

SQLite reports a full disk, a read-only folder, a lock held by another
program or a damaged page as `sqlite3.Error` with a terse message; `translate`
turns each into an `AnnotatorError` subclass that says what happened to the
file, what was kept and what to do next. Programming errors (a broken
constraint, a typo in SQL) are left as they are.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from annotator.core.errors import AnnotatorError, NotAProjectError
from annotator.core.messages import Message, by_count, message, template

# A file named in a message: its path, or these words when it has none.
THE_FILE = template("the project file")


class ProjectFileError(AnnotatorError):
    """The project file cannot be used as asked; the message says why and what to do."""


class DiskFullError(ProjectFileError):
    """The disk (or the file's size limit) is full; the change was rolled back whole."""


class DiskError(ProjectFileError):
    """Reading or writing the file failed at the disk (I/O error, removed drive, size limit)."""


class ReadOnlyProjectError(ProjectFileError):
    """The file, its folder or its disk cannot be written."""


class ProjectLockedError(ProjectFileError):
    """Another program held the project's write lock for longer than we waited."""


class ProjectDamagedError(ProjectFileError):
    """A page of the file is unreadable (damaged); nothing was changed."""


class ProjectGoneError(ProjectFileError):
    """The open project's file was deleted, moved or replaced; edits are no longer saved."""


class UnsafeProjectError(NotAProjectError):
    """The file holds SQL (triggers, views, tables) that this program did not create."""


class ProjectTooSlowError(ProjectFileError):
    """Opening the file took longer than any project of ours should; it was stopped."""


def _name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def sqlite_detail(exc: sqlite3.Error) -> str:
    """SQLite's reason for a broken file in words the window translates.

    SQLite's own text ("database disk image is malformed") is English whatever
    the interface language, and says nothing a linguist can act on; the
    other reasons are kept as SQLite gives them.
    """
    name = _name(exc)
    if name.startswith("SQLITE_CORRUPT"):
        return message(
            "SQLite cannot read its structure: the file may have been cut short, or changed "
            "by another program"
        )
    if name == "SQLITE_NOTADB":
        return message("SQLite does not recognise it as a database")
    return str(exc)


def page_problems(count: int) -> Message:
    """What SQLite's check of every page found, counted (its own lines are English)."""
    return by_count(
        count,
        "SQLite's check of its pages found 1 problem",
        "SQLite's check of its pages found {n} problems",
    )


def _file(path: Path | str | None) -> str | Message:
    return str(path) if path else Message(THE_FILE)


def disk_full(path: Path | str | None = None) -> DiskFullError:
    if path:
        return DiskFullError(
            "The disk is full, so the last change could not be saved to {file}; it was undone "
            "whole and everything saved before it is intact. Free some disk space and do it "
            "again.",
            file=str(path),
        )
    return DiskFullError(
        "The disk is full, so the last change could not be saved; it was undone whole and "
        "everything saved before it is intact. Free some disk space and do it again."
    )


# SQLite's error names (prefixes) -> the error a user sees, and what it says.
_MESSAGES: tuple[tuple[tuple[str, ...], type[AnnotatorError], str], ...] = (
    (
        ("SQLITE_IOERR",),
        DiskError,
        template(
            "Reading or writing {file} failed at the disk ({exc}). The disk may be full, "
            "removed, or the file may have reached a size limit. The last change was not saved "
            "and everything saved before it is intact; check the disk and try again."
        ),
    ),
    (
        ("SQLITE_READONLY",),
        ReadOnlyProjectError,
        template(
            "{file} cannot be written: the file, its folder or its disk is read-only. Nothing "
            "was changed. Copy the project to a folder you can write to, or open it only to "
            "read and export."
        ),
    ),
    (
        ("SQLITE_CANTOPEN",),
        ReadOnlyProjectError,
        template(
            "{file} cannot be opened: the file or its folder cannot be read, or the folder does "
            "not allow the project's working files (-wal, -shm) to be created. Check the "
            "permissions, or copy the project to a folder you can write to."
        ),
    ),
    (
        ("SQLITE_INTERRUPT",),
        ProjectTooSlowError,
        template(
            "{file} took too long to open and was stopped: a project file of this program opens "
            "in well under a second. It may be damaged or built to stall; it was not changed."
        ),
    ),
    (
        ("SQLITE_AUTH",),
        UnsafeProjectError,
        template(
            "{file} tried to run SQL stored in the file itself, which this program never does; "
            "the statement was refused and nothing was changed."
        ),
    ),
    (
        ("SQLITE_NOMEM", "SQLITE_TOOBIG"),
        ProjectDamagedError,
        template("{file} holds a value too large to read ({exc}); it was not changed."),
    ),
)


def translate(exc: sqlite3.Error, path: Path | str | None) -> AnnotatorError | None:
    """The AnnotatorError a user should see for `exc` on the file `path`, or None.

    None means the error is not about the file or its disk (a bug): it is
    raised unchanged.
    """
    name = _name(exc)
    if name == "SQLITE_FULL":
        return disk_full(path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return locked(path, 0)
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return damaged(path, sqlite_detail(exc))
    for prefixes, kind, text in _MESSAGES:
        if name.startswith(prefixes):
            return kind(text, file=_file(path), exc=str(exc))
    return None


def disk_trouble(exc: sqlite3.Error) -> bool:
    """A full disk or a failing one (SQLite's own codes), told apart from a damaged file."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    return name == "SQLITE_FULL" or name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN"))


def raise_translated(exc: BaseException, target: Path) -> None:
    """Raise the plain message for an SQLite error this module knows; return for any other."""
    if isinstance(exc, sqlite3.Error):
        friendly = translate(exc, target)
        if friendly is not None:
            raise friendly from exc


def damaged(path: Path | str | None, detail: str) -> ProjectDamagedError:
    return ProjectDamagedError(
        "{file} is damaged: part of it cannot be read ({detail}). Nothing was changed. "
        "Restore it from a backup (for example a .bak file beside it, or a copy), or "
        "export what can still be read with `annotator export` after a copy is checked.",
        file=_file(path),
        detail=detail,
    )


def verify_pages(conn: sqlite3.Connection, path: Path | str | None) -> None:
    """SQLite's quick check of every page; ProjectDamagedError naming the first problem."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise damaged(path, page_problems(len(problems)))


def locked(path: Path | str | None, waited: float) -> ProjectLockedError:
    if waited >= 1:
        return ProjectLockedError(
            "Another program (an import, another window, or another person's session) kept "
            "{file} locked for {seconds} s, so this change was not saved; everything saved "
            "before it is intact. Wait until it has finished, then do it again.",
            file=_file(path),
            seconds=f"{waited:.0f}",
        )
    return ProjectLockedError(
        "Another program (an import, another window, or another person's session) kept "
        "{file} locked, so this change was not saved; everything saved before it is intact. "
        "Wait until it has finished, then do it again.",
        file=_file(path),
    )


def _owner_path(owner: object) -> Path | str | None:
    path = getattr(owner, "path", None)
    if path is None:
        path = getattr(getattr(owner, "_conn", None), "path", None)
    return path


def _reraise(exc: sqlite3.Error, owner: object) -> NoReturn:
    """Raise what a user should see for `exc` (itself, if it is not about the file)."""
    friendly = translate(exc, _owner_path(owner))
    if friendly is None:
        raise exc
    raise friendly from exc


def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def generator(self: object, *args: Any, **kwargs: Any) -> Iterator[Any]:
            try:
                yield from method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                _reraise(exc, self)

        return generator

    @functools.wraps(method)
    def call(self: object, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            _reraise(exc, self)

    return call


ClassT = TypeVar("ClassT", bound=type)


def translate_errors(cls: ClassT) -> ClassT:
    """Class decorator: public methods raise `translate`d errors instead of sqlite3.Error."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(member):
            continue
        setattr(cls, name, _wrap(member))
    return cls
