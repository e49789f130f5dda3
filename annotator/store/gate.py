"""The gate every project file passes before anything in it can run: a file is untrusted input.

Triggers, views and table definitions stored in a project file run inside
the connection that opens it (on open, and on every write). Before any
statement that could run such code, the gate compares the file's
`sqlite_master` with what the file's own applied migrations create, applied
at run time to an in-memory database (never a frozen copy, so new
migrations are covered the moment they are added). Anything else (a planted
trigger, a recursive view, an unknown table, one of ours redefined) is
refused, named in the message.

Defence in depth around it: `trusted_schema=OFF` while the file is
inspected; an authorizer that refuses any statement fired by a trigger or
view that is not one of ours (on Python 3.11, which cannot switch SQLite's
defensive mode on, it also refuses `PRAGMA writable_schema`); defensive mode
where the Python build has it (3.12+); and a time limit on every statement of
the opening sequence.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from annotator.core.errors import NotAProjectError
from annotator.store.errors import UnsafeProjectError
from annotator.store.migrations import Migration, ensure_bookkeeping, run_migrations

# How long any one step of opening a file may take. A project of ours opens
# in milliseconds; a recursive view or a blob bomb would run for minutes.
OPEN_TIME_LIMIT = 10.0
_PROGRESS_STEPS = 20_000

# Tables SQLite itself adds to a file (ANALYZE, PRAGMA optimize).
_SQLITE_OWN = {
    ("table", "sqlite_stat1", "sqlite_stat1", "create table sqlite_stat1(tbl,idx,stat)"),
    (
        "table",
        "sqlite_stat4",
        "sqlite_stat4",
        "create table sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    ),
}
_QUOTES_AND_SPACE = re.compile(r"[\s\"\[\]`]+")

SchemaRow = tuple[str, str, str, str]


def _normal(row: Sequence[object]) -> SchemaRow:
    """A sqlite_master row with the SQL's quoting and spacing made uniform.

    sqlite-utils versions quote identifiers differently ([key] or "key");
    that is the only difference allowed between a file and the migrations.
    """
    kind, name, table, sql = (str(x) if x is not None else "" for x in row)
    return kind, name, table, _QUOTES_AND_SPACE.sub(" ", sql).strip().lower().replace(" (", "(")


def read_master(conn: sqlite3.Connection) -> list[SchemaRow]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return [_normal(row) for row in rows]


@functools.lru_cache(maxsize=32)
def expected_schema(migrations: tuple[Migration, ...]) -> frozenset[SchemaRow]:
    """What `migrations`, applied in order to an empty file, put in sqlite_master."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        ensure_bookkeeping(conn)
        run_migrations(conn, migrations)
        return frozenset(read_master(conn))
    finally:
        conn.close()


def applied_migrations(
    conn: sqlite3.Connection, known: Sequence[Migration], path: Path
) -> tuple[Migration, ...]:
    """The file's applied migrations, in the order it applied them."""
    names = [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY id")]
    by_name = {m.name: m for m in known}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise NotAProjectError(
            f"{path} was written by a newer version of the annotator "
            f"(it has format steps {unknown}); update the program to open it."
        )
    return tuple(by_name[name] for name in names)


def check_schema(conn: sqlite3.Connection, path: Path, known: Sequence[Migration]) -> None:
    """Refuse the file unless its schema is exactly what its migrations create."""
    master = read_master(conn)
    kinds = {(kind, name) for kind, name, _, _ in master}
    if ("table", "migrations") not in kinds or ("table", "project_meta") not in kinds:
        raise NotAProjectError(f"{path} is not an annotation project (it has no format record).")
    _check_bookkeeping(master, path)
    expected = expected_schema(applied_migrations(conn, known, path))
    actual = Counter(master)
    extra = sorted((actual - Counter(expected)).keys() - _SQLITE_OWN)
    missing = sorted(expected - actual.keys())
    if extra or missing:
        raise UnsafeProjectError(_unsafe_message(path, extra, missing))


def _check_bookkeeping(master: list[SchemaRow], path: Path) -> None:
    """The two tables read to find the migrations must be ours before they are read."""
    bookkeeping = expected_schema(())
    for row in master:
        if row[1] in ("migrations", "project_meta") and row not in bookkeeping:
            raise UnsafeProjectError(_unsafe_message(path, [row], []))


def _describe(row: SchemaRow) -> str:
    kind, name, table, _ = row
    return f"{kind} {name}" + (f" (on {table})" if kind in ("trigger", "index") else "")


def _unsafe_message(path: Path, extra: list[SchemaRow], missing: list[SchemaRow]) -> str:
    missing_names = {(kind, name) for kind, name, _, _ in missing}
    changed = [r for r in extra if (r[0], r[1]) in missing_names]
    added = [r for r in extra if (r[0], r[1]) not in missing_names]
    parts = []
    if added:
        parts.append(
            "it holds "
            + ", ".join(_describe(r) for r in added)
            + " that this program never creates"
        )
    if changed:
        parts.append(
            ", ".join(_describe(r) for r in changed) + " differ from what this program creates"
        )
    gone = [r for r in missing if (r[0], r[1]) not in {(c[0], c[1]) for c in changed}]
    if gone:
        parts.append(", ".join(_describe(r) for r in gone) + " are missing")
    return (
        f"{path} was not opened: " + "; ".join(parts) + ". SQL stored in a project file would "
        "run in your session (on open and on every edit), so nothing in it was run or changed. "
        f"Ask whoever sent it for a clean copy, or make one: annotator clean-copy {path} CLEAN.db"
    )


# -- connection hardening ---------------------------------------------------------

_DENIED_PRAGMAS = frozenset({"writable_schema"})


def restrict_sql(conn: sqlite3.Connection, allowed_sources: frozenset[str]) -> None:
    """Refuse any statement fired by a trigger or view that is not in `allowed_sources`."""

    def authorize(
        action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None
    ) -> int:
        if source is not None and source not in allowed_sources:
            return sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _DENIED_PRAGMAS:
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorize)


def harden(conn: sqlite3.Connection) -> None:
    """Settings for a connection that has not yet proven the file is ours."""
    conn.execute("PRAGMA trusted_schema = OFF")
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12+
    if setconfig is not None:
        setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)  # type: ignore[attr-defined]
    restrict_sql(conn, frozenset())


def trusted_triggers(migrations: tuple[Migration, ...]) -> frozenset[str]:
    return frozenset(name for kind, name, _, _ in expected_schema(migrations) if kind == "trigger")


@contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float = OPEN_TIME_LIMIT) -> Iterator[None]:
    """Interrupt any statement on `conn` that runs past `seconds` (SQLITE_INTERRUPT)."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _PROGRESS_STEPS)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)
