"""Every failure a user can meet ends as one clear line and a non-zero exit, never a traceback.

Commands raise `AnnotatorError` (or `OSError` for a file the user named);
the top-level group (cli/lazy.py) prints its message as click's `Error: ...` and exits 1.
Opening a project for a command goes through `open_for`, which prints the
opening's notices and reports waits for another program's lock.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import Any

import click

from annotator.core.errors import AnnotatorError

# How long a command waits for another program's write lock before giving up.
LOCK_WAIT_SECONDS = 120.0


def os_message(exc: OSError) -> str:
    """An OSError in words: what happened to which file."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return (
            f"The disk is full (or a file size limit was reached){where}; nothing more was written."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"{exc.strerror}{where}: choose a folder you can write to."
    return f"{exc.strerror or exc}{where}"


def _report_wait(path: Path):
    shown = {"last": -5.0}

    def report(waited: float, limit: float) -> bool:
        if waited - shown["last"] >= 5.0:
            shown["last"] = waited
            click.echo(
                f"Waiting for another program to finish writing to {path} "
                f"({waited:.0f} s, giving up after {limit:.0f} s)…",
                err=True,
            )
        return True

    return report


def open_for(path: Path, *, access: str = "write", annotator: str | None = None) -> Any:
    """Open PROJECT for a command; its notices go to stderr, lock waits are reported there."""
    from annotator.store import open_project
    from annotator.store.lockwait import LockWait

    wait = LockWait(limit=LOCK_WAIT_SECONDS, report=_report_wait(path))
    try:
        project = open_project(path, annotator, access=access, wait=wait)  # type: ignore[arg-type]
    except AnnotatorError as exc:
        hint = "" if path.exists() else f" Create it first: annotator new {path}"
        raise click.ClickException(f"{exc}{hint}") from None
    for notice in project.notices:
        click.echo(f"Note: {notice}", err=True)
    if access == "write":
        warn_if_someone_elses_package(project)
    return project


def warn_if_someone_elses_package(project: Any) -> None:
    """Warn (stderr) when PROJECT is a work package made for another annotator than the signer.

    The window asks whose name the edits carry; a command cannot ask, so it
    says what would happen: merged back, the edits would sit beside the
    package owner's own work, as someone else's.
    """
    info = project.package_info()
    owner = str(info.get("annotator", "")).strip() if isinstance(info, dict) else ""
    me = project.annotator
    if not owner or owner == me:
        return
    click.echo(
        f"Warning: {Path(project.path).name} is a work package made for {owner}, but edits made "
        f"here are signed {me}: merged back, they sit beside {owner}'s work as another "
        f"annotator's. Sign as {owner} (--annotator {owner} where a command takes it, or that "
        "name in the window's Preferences), or annotate your own package.",
        err=True,
    )


def warn_about_package(path: Path) -> None:
    """`warn_if_someone_elses_package` for a command that opens the project itself."""
    project = open_for(path, access="read")
    try:
        warn_if_someone_elses_package(project)
    finally:
        project.close()


def echo_notices(notices: list[str]) -> None:
    for notice in notices:
        click.echo(f"Note: {notice}", err=sys.stderr is not None)
