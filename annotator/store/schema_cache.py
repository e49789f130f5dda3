"""The schema that migrations create, kept between runs under a key made of the migrations' code.

The gate (store.gate) compares every project file with what its applied
migrations create, replayed on an in-memory database: never a frozen copy
in the repository, so a new migration is covered the moment it is added.
Replaying them costs more than the rest of `annotator info`, so the result
is kept in the user's cache folder, named by a fingerprint of everything
the replay depends on: the SQLite version, each migration's name and its
step (the SQL of a script step; the source file of a step written in
Python, and of the modules that hold the migrations). Any change to a
migration changes the fingerprint, and the next run replays them again. A
cache entry that cannot be read, or that names another fingerprint, is
ignored and rewritten; a cache folder that cannot be written costs only the
replay.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from annotator.core.user_config import user_folder

CACHE_ENV = "ANNOTATOR_CACHE_DIR"
# Modules whose constants and helpers the migration steps use.
_MIGRATION_MODULES = (
    "annotator.store.migrations",
    "annotator.store.migrations_corpus",
    "annotator.store.migrations_review",
    "annotator.store.migrations_storage",
    "annotator.store.migrations_team",
)

Definitions = tuple[tuple[str, str, str, str], ...]
# Entries kept: one per version of the migrations a user has run lately
# (several checkouts or installs side by side); older ones are removed.
KEEP_ENTRIES = 8


def cache_dir() -> Path:
    """$ANNOTATOR_CACHE_DIR, else the platform's cache folder (XDG_CACHE_HOME, LOCALAPPDATA)."""
    return user_folder(CACHE_ENV, "LOCALAPPDATA", "XDG_CACHE_HOME", ".cache")


@functools.cache
def _file_bytes(module_name: str) -> bytes:
    module = sys.modules.get(module_name)
    path = getattr(module, "__file__", None)
    if not path:
        return module_name.encode()
    try:
        return Path(path).read_bytes()
    except OSError:
        return module_name.encode()


def _step_source(step: Callable[..., Any]) -> bytes:
    """What a migration step runs: a script's SQL, else the source of the step's module."""
    if isinstance(step, functools.partial):
        parts = [_step_source(step.func), repr(step.args).encode()]
        parts += [f"{k}={v!r}".encode() for k, v in sorted(step.keywords.items())]
        return b"\0".join(parts)
    name = getattr(step, "__module__", "") or ""
    return f"{name}.{getattr(step, '__qualname__', '')}".encode() + b"\0" + _file_bytes(name)


def fingerprint(migrations: Sequence[Any]) -> str:
    """A hash of the SQLite version, the migration modules and each migration's name and step."""
    digest = hashlib.sha256(sqlite3.sqlite_version.encode())
    for module_name in _MIGRATION_MODULES:
        digest.update(b"\1" + _file_bytes(module_name))
    for migration in migrations:
        digest.update(b"\2" + migration.name.encode() + b"\0" + _step_source(migration.apply))
    return digest.hexdigest()


def _read(path: Path, key: str) -> Definitions | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != key:
        return None
    rows = data.get("definitions")
    if not isinstance(rows, list):
        return None
    if not all(
        isinstance(r, list) and len(r) == 4 and all(isinstance(x, str) for x in r) for r in rows
    ):
        return None
    return tuple((r[0], r[1], r[2], r[3]) for r in rows)


def _write(path: Path, key: str, rows: Definitions) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(
            json.dumps({"fingerprint": key, "definitions": [list(r) for r in rows]}),
            encoding="utf-8",
        )
        os.replace(temporary, path)
    except OSError:
        return  # no cache: the next run replays the migrations again
    _prune(path.parent)


def _prune(folder: Path, keep: int = KEEP_ENTRIES) -> None:
    """Remove all but the `keep` newest entries, so old versions do not pile up.

    An error (another run pruning or writing at the same time) stops the
    pruning: only cache entries are at stake, and the next write tries again.
    """
    with contextlib.suppress(OSError):
        entries = sorted(
            folder.glob("*.json"), key=lambda entry: entry.stat().st_mtime, reverse=True
        )
        for old in entries[keep:]:
            old.unlink(missing_ok=True)


def cached_definitions(migrations: Sequence[Any], replay: Callable[[], Definitions]) -> Definitions:
    """`replay()` (what `migrations` create), read from the cache when it holds this fingerprint."""
    key = fingerprint(migrations)
    path = cache_dir() / "schema" / f"{key}.json"
    rows = _read(path, key)
    if rows is None:
        rows = replay()
        _write(path, key, rows)
    return rows
