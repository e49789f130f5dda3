"""SQLite's quick check of a project file, run in a thread beside the work that needs it.

An export refuses a damaged file whole rather than writing part of it; the
check reads every page (about half a second for 10,000 annotated
documents), which used to come before the export's first document. Run on
its own read-only connection, it overlaps with the export (SQLite releases
Python's lock while it reads), and the export asks for its verdict before
the dataset is put in place.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from annotator.store.connection import connect_read_only
from annotator.store.errors import translate, verify_pages
from annotator.store.gate import harden

THREAD_NAME = "project-page-check"


class PageCheck:
    """The quick check of the file at `path`, started at once; `result()` waits for it."""

    def __init__(self, path: Path) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path,), name=THREAD_NAME, daemon=True
        )
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            has_log = path.with_name(path.name + "-wal").exists()
            conn = connect_read_only(path, immutable=not has_log)
            try:
                harden(conn, strict=False)
                verify_pages(conn, path)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            self._error = translate(exc, path) or exc
        except Exception as exc:  # raised in the caller's thread by result()
            self._error = exc

    def result(self) -> None:
        """Wait for the check; raise ProjectDamagedError (or what opening the file raised)."""
        self._thread.join()
        if self._error is not None:
            raise self._error

    def wait(self) -> None:
        """Wait for the check to end, its verdict unasked (the caller is already failing).

        Its read-only connection must close before the project's: SQLite
        removes the log files with the last connection to close, and one
        that only reads cannot, so a check outliving an export that failed
        early left `-wal` and `-shm` files beside a project it never changed.
        """
        self._thread.join()


class CheckedAlready:
    """The page check of a project that is no file: it ran before the work began."""

    def result(self) -> None:
        return None

    def wait(self) -> None:
        return None


def start_for(project: Any) -> PageCheck | CheckedAlready:
    """Start checking every page of `project`'s file; `result()` and `wait()` wait for it.

    The check runs beside the caller's work on its own connection when the
    project is a file; otherwise (a project in memory) it runs here, first.
    """
    verify = getattr(project, "verify", None)
    if verify is None:
        return CheckedAlready()
    path = getattr(project, "path", None)
    if path is None or not Path(path).is_file():
        verify()
        return CheckedAlready()
    return PageCheck(Path(path))
