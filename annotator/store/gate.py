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
inspected, with an authorizer that refuses anything a trigger or view would
do; a time limit on every statement of the opening sequence; SQLite's
defensive mode where the Python build has it (3.12+), and on 3.11, which
cannot switch it on, an authorizer that refuses `PRAGMA writable_schema` for
the life of the connection; and before every write, a new check of the
schema if another program changed it while the file was open (SchemaWatch).
"""

from __future__ import annotations

import functools
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from annotator.core.errors import NotAProjectError
from annotator.core.messages import Message, message
from annotator.store.errors import UnsafeProjectError
from annotator.store.migrations import Migration, ensure_bookkeeping, run_migrations
from annotator.store.schema_cache import cached_definitions

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


def normal(row: Sequence[object]) -> SchemaRow:
    return _normal(row)


def read_master(conn: sqlite3.Connection) -> list[SchemaRow]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return [_normal(row) for row in rows]


def expected_schema(migrations: tuple[Migration, ...]) -> frozenset[SchemaRow]:
    """What `migrations`, applied in order to an empty file, put in sqlite_master."""
    return frozenset(_normal(row) for row in expected_definitions(migrations))


@functools.lru_cache(maxsize=32)
def expected_definitions(migrations: tuple[Migration, ...]) -> tuple[SchemaRow, ...]:
    """The raw sqlite_master rows (type, name, table, SQL) that `migrations` create.

    Replayed at run time, and kept between runs under a fingerprint of the
    migrations' code (store.schema_cache), so opening a file costs no replay.
    """
    return cached_definitions(migrations, functools.partial(replay_migrations, migrations))


def replay_migrations(migrations: tuple[Migration, ...]) -> tuple[SchemaRow, ...]:
    """The sqlite_master rows `migrations` create, applied to an empty in-memory database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        ensure_bookkeeping(conn)
        run_migrations(conn, migrations)
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        return tuple((str(k), str(n), str(t), "" if q is None else str(q)) for k, n, t, q in rows)
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
            "{path} was written by a newer version of the annotator (it has format steps "
            "{unknown}); update the program to open it.",
            path=path,
            unknown=unknown,
        )
    return tuple(by_name[name] for name in names)


def check_schema(conn: sqlite3.Connection, path: Path, known: Sequence[Migration]) -> None:
    """Refuse the file unless its schema is exactly what its migrations create."""
    master = read_master(conn)
    kinds = {(kind, name) for kind, name, _, _ in master}
    if ("table", "migrations") not in kinds or ("table", "project_meta") not in kinds:
        raise NotAProjectError(
            "{path} is not an annotation project (it has no format record).", path=path
        )
    check_bookkeeping(master, path)
    expected = expected_schema(applied_migrations(conn, known, path))
    actual = Counter(master)
    extra = sorted((actual - Counter(expected)).keys() - _SQLITE_OWN)
    missing = sorted(expected - actual.keys())
    if extra or missing:
        raise UnsafeProjectError(_unsafe_message(path, extra, missing))


def check_bookkeeping(master: list[SchemaRow], path: Path) -> None:
    """The two tables read to find the migrations must be ours before they are read."""
    bookkeeping = expected_schema(())
    for row in master:
        if row[1] in ("migrations", "project_meta") and row not in bookkeeping:
            raise UnsafeProjectError(_unsafe_message(path, [row], []))


def _describe(row: SchemaRow) -> str:
    kind, name, table, _ = row
    return f"{kind} {name}" + (f" (on {table})" if kind in ("trigger", "index") else "")


def _unsafe_message(path: Path, extra: list[SchemaRow], missing: list[SchemaRow]) -> Message:
    missing_names = {(kind, name) for kind, name, _, _ in missing}
    changed = [r for r in extra if (r[0], r[1]) in missing_names]
    added = [r for r in extra if (r[0], r[1]) not in missing_names]
    gone = [r for r in missing if (r[0], r[1]) not in {(c[0], c[1]) for c in changed}]
    parts = []
    if added:
        listed = ", ".join(_describe(r) for r in added)
        parts.append(
            message("it holds {objects}, which this program never creates", objects=listed)
        )
    if changed:
        listed = ", ".join(_describe(r) for r in changed)
        if len(changed) == 1:
            parts.append(message("{objects} differs from what it creates", objects=listed))
        else:
            parts.append(message("{objects} differ from what it creates", objects=listed))
    if gone:
        listed = ", ".join(_describe(r) for r in gone)
        if len(gone) == 1:
            parts.append(message("{objects} is missing", objects=listed))
        else:
            parts.append(message("{objects} are missing", objects=listed))
    problems = parts[0]
    for part in parts[1:]:
        problems = message("{problems}; {more}", problems=problems, more=part)
    return message(
        "{path} was not opened: {problems}. SQL stored in a project file would run in your "
        "session (on open and on every edit), so nothing in it was run or changed. Ask whoever "
        "sent it for a clean copy, or make one: annotator clean-copy {path} CLEAN.db",
        path=path,
        problems=problems,
    )


# -- connection hardening ---------------------------------------------------------

_DENIED_PRAGMAS = frozenset({"writable_schema"})
Authorizer = Callable[[int, str | None, str | None, str | None, str | None], int]


def _authorizer(*, strict: bool) -> Authorizer:
    def authorize(
        action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None
    ) -> int:
        # `source` names the trigger or view (or common table expression) a
        # statement runs for; none of the gate's own statements has one.
        if strict and source is not None:
            return sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _DENIED_PRAGMAS:
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    return authorize


def harden(conn: sqlite3.Connection, *, strict: bool = True) -> None:
    """Settings for a connection to a file not yet proven to be ours.

    `strict`: nothing a trigger or view does is allowed (for the statements
    that inspect the file). A reader that only runs the store's own queries
    uses `strict=False`: stored SQL cannot fire on reads.
    """
    conn.execute("PRAGMA trusted_schema = OFF")
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12+
    if setconfig is not None:
        setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)  # type: ignore[attr-defined]
    conn.set_authorizer(_authorizer(strict=strict))


def trust_checked(conn: sqlite3.Connection) -> None:
    """After `check_schema` passed: every trigger and table is one of ours.

    Our own full-text trigger is an "unsafe" use of a virtual table in
    SQLite's terms, so schema trust goes back on; `writable_schema` stays
    refused (SQLite's defensive mode does that on Python 3.12+).
    """
    conn.execute("PRAGMA trusted_schema = ON")
    conn.set_authorizer(_authorizer(strict=False))


class SchemaWatch:
    """Before each write: if another program changed the schema since it was checked, check again.

    A trigger planted into the file while it is open would fire on our next
    write; `PRAGMA schema_version` changes with any schema change, and costs
    microseconds to read.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, known: Sequence[Migration]) -> None:
        self.path = path
        self.known = tuple(known)
        self.version = self._version(conn)

    @staticmethod
    def _version(conn: sqlite3.Connection) -> int:
        return int(conn.execute("PRAGMA schema_version").fetchone()[0])

    def check(self, conn: sqlite3.Connection) -> None:
        version = self._version(conn)
        if version != self.version:
            check_schema(conn, self.path, self.known)
            self.version = version


@contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float = OPEN_TIME_LIMIT) -> Iterator[None]:
    """Interrupt any statement on `conn` that runs past `seconds` (SQLITE_INTERRUPT)."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _PROGRESS_STEPS)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)
