"""Named migrations of the project file, each applied in its own transaction."""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import AnnotatorError, NotAProjectError
from annotator.store import migrations_corpus as corpus
from annotator.store import migrations_memory as memory
from annotator.store import migrations_storage as storage
from annotator.store import migrations_team as team
from annotator.store import search_backlog
from annotator.store.checkpoints import keep_log_small
from annotator.store.connection import transaction
from annotator.store.errors import DiskFullError, translate
from annotator.store.logscan import Stamp


@dataclass(frozen=True)
class Migration:
    """One step of the file format; `name` is recorded once it has run."""

    name: str
    apply: Callable[[sqlite3.Connection], None]


def _script(script: str) -> Callable[[sqlite3.Connection], None]:
    """A migration step that only runs its frozen SQL."""
    return functools.partial(_run_script, script=script)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript would COMMIT the open transaction; run statement by statement.
    buffer = ""
    for line in (script + ";").splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                conn.execute(buffer)
            buffer = ""


# AUTOINCREMENT: a span or relation id is never reused, so an id in the action
# log always means the same annotation.
_CORE_TABLES = """
CREATE TABLE annotators (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created REAL NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    title_key TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'in_progress', 'done', 'reviewed')),
    span_count INTEGER NOT NULL DEFAULT 0,
    pending_count INTEGER NOT NULL DEFAULT 0,
    length INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    raw_hash TEXT NOT NULL DEFAULT '',
    text_hash TEXT NOT NULL UNIQUE,
    meta TEXT NOT NULL DEFAULT '{}',
    regions TEXT NOT NULL DEFAULT '[]',
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX documents_status ON documents (status, id);
CREATE INDEX documents_title ON documents (title);
CREATE TABLE document_texts (
    doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE labels (
    name TEXT PRIMARY KEY,
    color TEXT NOT NULL DEFAULT '#888888',
    key TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE relation_types (
    name TEXT PRIMARY KEY,
    head_labels TEXT NOT NULL DEFAULT '[]',
    tail_labels TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT '',
    key TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" > start),
    label TEXT NOT NULL,
    annotator TEXT NOT NULL REFERENCES annotators (name),
    origin TEXT NOT NULL CHECK (origin IN ('manual', 'suggested', 'imported', 'model')),
    state TEXT NOT NULL CHECK (state IN ('accepted', 'pending', 'rejected')),
    suggester TEXT,
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX annotations_doc ON annotations (doc_id, start, "end");
CREATE INDEX annotations_label ON annotations (label);
CREATE TABLE relations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    head INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    tail INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    annotator TEXT NOT NULL REFERENCES annotators (name),
    created REAL NOT NULL
);
CREATE INDEX relations_doc ON relations (doc_id);
CREATE INDEX relations_head ON relations (head);
CREATE INDEX relations_tail ON relations (tail);
CREATE INDEX relations_type ON relations (type);
CREATE TABLE action_log (
    id INTEGER PRIMARY KEY,
    time REAL NOT NULL,
    annotator TEXT NOT NULL,
    doc_ids TEXT NOT NULL DEFAULT '[]',
    op TEXT NOT NULL,
    inverse TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo', 'import', 'discard')),
    ref INTEGER
);
CREATE INDEX action_log_annotator ON action_log (annotator, id)
"""

# Span counts live on the document row and are kept by triggers, so every
# write path (operations, imports, cascades) keeps them right.
_SPAN_COUNT_TRIGGERS = """
CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations BEGIN
    UPDATE documents SET span_count = span_count + (NEW.state = 'accepted'),
        pending_count = pending_count + (NEW.state = 'pending')
    WHERE id = NEW.doc_id;
END;
CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations BEGIN
    UPDATE documents SET span_count = span_count - (OLD.state = 'accepted'),
        pending_count = pending_count - (OLD.state = 'pending')
    WHERE id = OLD.doc_id;
END;
CREATE TRIGGER annotations_count_update AFTER UPDATE OF state ON annotations
WHEN OLD.state != NEW.state BEGIN
    UPDATE documents SET
        span_count = span_count - (OLD.state = 'accepted') + (NEW.state = 'accepted'),
        pending_count = pending_count - (OLD.state = 'pending') + (NEW.state = 'pending')
    WHERE id = NEW.doc_id;
END
"""

# remove_diacritics 2 folds every Vietnamese letter, including those with two
# marks ("ộ" -> "o"), so "quoc" finds "Quốc"; exact matches are ranked first
# by the search query itself (see store.search). Texts are indexed by the
# import code after each batch's savepoints (store.texts.index_texts; 0090 replaced this table):
# FTS5 flushes its pending index at every savepoint, which made a trigger on
# every document three times slower. Texts never change after import.
_FULL_TEXT = """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    text, content='document_texts', content_rowid='doc_id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER document_texts_fts_delete AFTER DELETE ON document_texts BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', OLD.doc_id, OLD.text);
END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')
"""


# Undo replays the log, so a row changed or removed afterwards would corrupt
# history: the file itself refuses it, whatever program writes to it.
_APPEND_ONLY_LOG = """
CREATE TRIGGER action_log_no_update BEFORE UPDATE ON action_log BEGIN
    SELECT RAISE(ABORT, 'the action log is append-only: its rows are never changed');
END;
CREATE TRIGGER action_log_no_delete BEFORE DELETE ON action_log BEGIN
    SELECT RAISE(ABORT, 'the action log is append-only: its rows are never deleted');
END
"""


# Tokens and sentence starts derived from a text at import (nlp.stored_units);
# opaque to the store, removed with their document.
_DOCUMENT_UNITS = """
CREATE TABLE document_units (
    doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    forms TEXT NOT NULL,
    starts BLOB NOT NULL,
    sentences BLOB NOT NULL
)
"""


# Tables first made with sqlite-utils: the same SQL, written out, so that
# opening a project (which runs the migrations in memory to know the schema
# to expect) does not import it. The text is what files already hold.
_PROJECT_META_TABLE = """CREATE TABLE IF NOT EXISTS "project_meta" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT
)"""
_MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS "migrations" (
   "id" INTEGER PRIMARY KEY,
   "name" TEXT NOT NULL,
   "applied" REAL NOT NULL
)"""
_SETTINGS_TABLE = """CREATE TABLE "settings" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT NOT NULL
)"""
_BLOBS_TABLE = """CREATE TABLE "blobs" (
   "key" TEXT PRIMARY KEY,
   "data" BLOB NOT NULL,
   "meta" TEXT NOT NULL DEFAULT '{}',
   "updated" REAL NOT NULL
)"""


def _core_tables(conn: sqlite3.Connection) -> None:
    _run_script(conn, _CORE_TABLES)
    conn.execute(_SETTINGS_TABLE)
    conn.execute(_BLOBS_TABLE)


def _span_counts(conn: sqlite3.Connection) -> None:
    _run_script(conn, _SPAN_COUNT_TRIGGERS)
    conn.execute(
        "UPDATE documents SET "
        "span_count = (SELECT count(*) FROM annotations a "
        "  WHERE a.doc_id = documents.id AND a.state = 'accepted'), "
        "pending_count = (SELECT count(*) FROM annotations a "
        "  WHERE a.doc_id = documents.id AND a.state = 'pending')"
    )


# The stamp of the current log generation (store.wal): one row, updated in
# place, so the log says which state of the file it extends. The project's
# number also goes into the SQLite header (user_version), where the file guard
# reads it before each write (store.fileguard).
_WAL_STAMP = """
CREATE TABLE wal_stamp (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value TEXT NOT NULL
)
"""


def _wal_stamp(conn: sqlite3.Connection) -> None:
    _run_script(conn, _WAL_STAMP)
    stamp = Stamp.first()
    conn.execute("INSERT INTO wal_stamp (id, value) VALUES (1, ?)", (stamp.text(),))
    conn.execute(f"PRAGMA user_version = {project_number(stamp.project):d}")


def project_number(project_id: str) -> int:
    """The 31-bit number of a project id, as kept in the SQLite header."""
    return int(project_id, 16) & 0x7FFFFFFF or 1


def review_migrations() -> tuple[Migration, ...]:
    """0030-0039, kept in their own module (store.migrations_review)."""
    from annotator.store import migrations_review as review

    return (
        Migration("0030_unique_live_spans", review.merge_duplicate_spans),
        Migration("0031_action_log_sessions", review.log_sessions),
        Migration("0032_review_counts", review.review_counts),
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_core_tables", _core_tables),
    Migration("0002_span_count_triggers", _span_counts),
    Migration("0003_full_text_search", _script(_FULL_TEXT)),
    Migration("0004_append_only_action_log", _script(_APPEND_ONLY_LOG)),
    Migration("0005_document_units", _script(_DOCUMENT_UNITS)),
    Migration("0006_relation_states", _script(corpus.RELATION_STATES)),
    Migration("0010_source_tokens", _script(corpus.SOURCE_TOKENS)),
    Migration("0011_record_keys", _script(corpus.RECORD_KEYS)),
    *review_migrations(),
    Migration("0050_team_layers", _script(team.TEAM_LAYERS)),
    Migration("0051_layer_stash", _script(team.LAYER_STASH)),
    Migration("0052_assignments", _script(team.ASSIGNMENTS)),
    Migration("0020_wal_stamp", _wal_stamp),
    Migration("0060_registry", _script(corpus.REGISTRY)),
    Migration("0053_stashed_links", _script(team.STASHED_LINKS)),
    *(Migration(name, step) for name, step in storage.STEPS),
    Migration("0095_search_backlog", _script(search_backlog.BACKLOG)),
    Migration("0096_search_unreadable", _script(search_backlog.UNREADABLE)),
    Migration("0097_index_lookalike_d", storage.index_lookalike_d),
    Migration("0093_shared_sources", _script(storage.SHARED_SOURCES)),
    Migration("0098_title_keys_lookalike_d", storage.title_keys_lookalike_d),
    Migration("0099_memory_lifts", _script(memory.MEMORY_LIFTS)),
)


def ensure_bookkeeping(conn: sqlite3.Connection) -> None:
    """The two tables every version has: project_meta and migrations."""
    conn.execute(_PROJECT_META_TABLE)
    conn.execute(_MIGRATIONS_TABLE)
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS migrations_name ON migrations (name)")


def applied_names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY id")]


def pending_migrations(
    conn: sqlite3.Connection, migrations: Sequence[Migration], path: Path
) -> list[Migration]:
    """Migrations not yet applied; refuses a file written by a newer version."""
    done = applied_names(conn)
    known = {m.name for m in migrations}
    unknown = [name for name in done if name not in known]
    if unknown:
        raise NotAProjectError(
            "{path} was written by a newer version of the annotator (it has format steps "
            "{unknown}); update the program to open it.",
            path=path,
            unknown=unknown,
        )
    return [m for m in migrations if m.name not in done]


def backup_file(conn: sqlite3.Connection, path: Path, before: str) -> Path:
    """Copy the project with the SQLite backup API before it is migrated to `before`.

    The copy is written to a `.partial` file and renamed only once complete, so
    a full disk leaves no empty or half backup (the partial one is removed and
    the error raised). Its name says which step it precedes: an interrupted
    migration run again replaces its own backup instead of adding one more.
    """
    target = path.with_name(f"{path.name}.before-{before}.bak")
    partial = target.with_name(target.name + ".partial")
    try:
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error | OSError):
            raise _backup_failed(path, target, exc) from exc
        raise
    return target


def _backup_failed(path: Path, target: Path, exc: BaseException) -> AnnotatorError:
    if isinstance(exc, sqlite3.Error):
        friendly = translate(exc, target)
        if friendly is not None and not isinstance(friendly, DiskFullError):
            return friendly
    return DiskFullError(
        "{path} needs upgrading to this version's format, but its backup copy {name} "
        "could not be written ({exc}); the disk may be full. Nothing was changed: free "
        "some disk space and open it again.",
        path=path,
        name=target.name,
        exc=exc,
    )


def remove_stale_backups(path: Path) -> None:
    """Remove half-written backups (`.bak.partial`) an interrupted run left beside `path`."""
    for stale in path.parent.glob(f"{path.name}.before-*.bak.partial"):
        stale.unlink(missing_ok=True)


def run_migrations(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> None:
    """Apply each migration in its own transaction and record its name.

    The log is emptied along the way (checkpoints.keep_log_small), not only
    at the end, so a new project fits on a nearly full disk.
    """
    for migration in migrations:
        keep_log_small(conn)
        with transaction(conn):
            migration.apply(conn)
            conn.execute(
                "INSERT INTO migrations (name, applied) VALUES (?, ?)",
                (migration.name, time.time()),
            )
            conn.execute(
                "INSERT OR REPLACE INTO project_meta (key, value) VALUES ('format_version', ?)",
                (str(len(applied_names(conn))),),
            )
