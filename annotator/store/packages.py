"""Writing a work package: a new project file holding one annotator's share of the documents.

The package is an ordinary project (it passes every check a project file
passes), made by the migrations like any other, then filled by copying rows
from the source project attached read-only: documents with their texts and
stored units keep their ids, the annotator's own layer keeps its spans, and
pending suggestions come along when asked for, as the annotator's.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.errors import NotAProjectError
from annotator.core.schema import LabelSchema
from annotator.store.apply_package import PACKAGE, match_documents
from annotator.store.connection import transaction
from annotator.store.creating import create_project
from annotator.store.errors import page_problems, sqlite_detail
from annotator.store.opening import open_project
from annotator.store.package_registry import copy_registry_into_package, registry_facts
from annotator.store.project import Project
from annotator.store.search_backlog import index_all_texts
from annotator.store.team_reads import GUIDELINES_SETTING, PACKAGE_SETTING

_DOC_COLUMNS = (
    "id, title, title_key, length, note, source, shared_source, raw_hash, text_hash, meta, "
    "regions, created, updated"
)
# A package goes to another person: a document's source as a dataset carries it
# (the path from its import folder, migration 0093) where there is one, not the
# path that names the lead's own folders.
_SHARED_COLUMNS = _DOC_COLUMNS.replace(
    "source, shared_source",
    "CASE WHEN shared_source != '' THEN shared_source ELSE source END, shared_source",
)
# The caller's rule for a document's source, as an SQL function of (source, shared_source).
_SOURCE_FUNCTION = "package_source"
_CHOSEN_SOURCE_COLUMNS = _DOC_COLUMNS.replace(
    "source, shared_source", f"{_SOURCE_FUNCTION}(source, shared_source), shared_source"
)
_SPAN_COLUMNS = (
    'id, doc_id, start, "end", label, origin, state, suggester, created, updated, confidence'
)
_RELATION_COLUMNS = (
    "id, doc_id, head, tail, type, created, state, origin, suggester, confidence, updated"
)


def write_package(
    source: Project,
    path: Path,
    *,
    annotator: str,
    doc_ids: Sequence[int],
    schema: LabelSchema,
    with_suggestions: bool,
    info: dict[str, Any],
    guidelines: str,
    shared_source: Callable[[str, str], str] | None = None,
) -> int:
    """Create the package file at `path`; returns how many documents it holds.

    `shared_source(source, shared_source)` is what a document's source becomes
    in the package (an export's rule, from the layer above); without it, the
    path from the import folder where there is one, else the stored source.

    It is written under a temporary name and renamed once whole and on disk:
    a failure (a full disk) leaves no half package behind to be handed out
    or to block the next attempt. Until then nothing in it is anyone's work,
    so its writes skip the per-commit flushes; one flush of the file comes
    before the rename.
    """
    partial = path.with_name(path.name + ".partial")
    _remove_file(partial)
    package = create_project(partial, schema=schema, annotator=annotator)
    try:
        _fill(package._conn, source, annotator, doc_ids, with_suggestions, shared_source)
        package.set_setting(PACKAGE_SETTING, info)
        package.set_setting(GUIDELINES_SETTING, guidelines)
        count = package.document_count()
        package.close()
        _flush(partial)
        os.replace(partial, path)
    except BaseException:
        package.close()
        _remove_file(partial)
        raise
    return count


def _flush(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_file(path: Path) -> None:
    """A project file and the files SQLite keeps beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fill(
    conn: Any,
    source: Project,
    annotator: str,
    doc_ids: Sequence[int],
    with_suggestions: bool,
    shared_source: Callable[[str, str], str] | None,
) -> None:
    """Copy the package's rows from the source project, attached read-only, in one transaction."""
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("CREATE TEMP TABLE package_ids (id INTEGER PRIMARY KEY)")
    conn.executemany("INSERT INTO package_ids (id) VALUES (?)", [(i,) for i in doc_ids])
    conn.execute("ATTACH DATABASE ? AS src", (str(Path(source.path).resolve()),))
    if shared_source is not None:
        conn.create_function(_SOURCE_FUNCTION, 2, shared_source, deterministic=True)
    try:
        with transaction(conn):
            _copy_documents(conn, annotator, shared_source is not None)
            _copy_layer(conn, annotator, with_suggestions)
            copy_registry_into_package(conn)
    finally:
        conn.execute("DETACH DATABASE src")


def _copy_documents(conn: Any, annotator: str, own_sources: bool) -> None:
    """The chosen documents with their texts, stored units and the annotator's own statuses."""
    chosen = _CHOSEN_SOURCE_COLUMNS if own_sources else _SHARED_COLUMNS
    conn.execute(
        f"INSERT INTO main.documents ({_DOC_COLUMNS}, status) SELECT {chosen}, "
        "coalesce((SELECT s.status FROM src.document_status s "
        "  WHERE s.doc_id = d.id AND s.annotator = ?), 'new') "
        "FROM src.documents d WHERE d.id IN (SELECT id FROM temp.package_ids)",
        (annotator,),
    )
    for table, columns in (
        ("document_bodies", "doc_id, body"),
        ("document_units", "doc_id, version, forms, starts, sentences"),
    ):
        conn.execute(
            f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM src.{table} "
            "WHERE doc_id IN (SELECT id FROM temp.package_ids)"
        )
    index_all_texts(conn)
    conn.execute(
        "INSERT INTO main.document_status (doc_id, annotator, status, updated) "
        "SELECT doc_id, ?, status, updated FROM src.document_status "
        "WHERE annotator = ? AND doc_id IN (SELECT id FROM temp.package_ids)",
        (annotator, annotator),
    )


def _copy_layer(conn: Any, annotator: str, with_suggestions: bool) -> None:
    """The annotator's spans, the pending suggestions if asked for, and relations among them."""
    conn.execute(
        "INSERT OR IGNORE INTO main.annotators (name, created) VALUES (?, strftime('%s'))",
        (annotator,),
    )
    conn.execute(
        f"INSERT INTO main.annotations ({_SPAN_COLUMNS}, annotator) SELECT {_SPAN_COLUMNS}, ? "
        "FROM src.annotations WHERE annotator = ? AND doc_id IN (SELECT id FROM temp.package_ids)",
        (annotator, annotator),
    )
    if with_suggestions:
        # Pending suggestions of the project (whoever ran the suggester) become
        # the annotator's to accept or reject; one of each (range, label).
        conn.execute(
            f"INSERT INTO main.annotations ({_SPAN_COLUMNS}, annotator) "
            f"SELECT {_SPAN_COLUMNS}, ? FROM src.annotations a WHERE a.state = 'pending' "
            "AND a.annotator NOT LIKE '@%' AND a.doc_id IN (SELECT id FROM temp.package_ids) "
            "AND a.id = (SELECT min(b.id) FROM src.annotations b WHERE b.doc_id = a.doc_id "
            '  AND b.start = a.start AND b."end" = a."end" AND b.label = a.label '
            "  AND b.state = 'pending') "
            "AND NOT EXISTS (SELECT 1 FROM main.annotations m WHERE m.doc_id = a.doc_id "
            '  AND m.start = a.start AND m."end" = a."end" AND m.label = a.label)',
            (annotator,),
        )
    conn.execute(
        f"INSERT INTO main.relations ({_RELATION_COLUMNS}, annotator) "
        f"SELECT {_RELATION_COLUMNS}, ? FROM src.relations r "
        "WHERE r.doc_id IN (SELECT id FROM temp.package_ids) "
        "AND r.head IN (SELECT id FROM main.annotations) "
        "AND r.tail IN (SELECT id FROM main.annotations)",
        (annotator,),
    )


def open_package(path: Path) -> Project:
    """Open a package through the same checks as any project, plus an integrity check.

    A damaged file is refused with NotAProjectError, whatever SQLite says
    about it, so a merge never starts from half a file.
    """
    try:
        package = open_project(path)
    except sqlite3.Error as exc:
        raise NotAProjectError(
            "{path} is damaged and cannot be read ({exc}).", path=path, exc=sqlite_detail(exc)
        ) from None
    try:
        rows = package._conn.execute("PRAGMA quick_check(5)").fetchall()
        if [row[0] for row in rows] != ["ok"]:
            raise NotAProjectError(
                "{path} is damaged: {value}.", path=path, value=page_problems(len(rows))
            )
    except sqlite3.Error as exc:
        package.close()
        raise NotAProjectError(
            "{path} is damaged and cannot be read ({exc}).", path=path, exc=sqlite_detail(exc)
        ) from None
    except NotAProjectError:
        package.close()
        raise
    return package


@contextmanager
def attached_package(project: Project, path: Path) -> Iterator[PackageFacts]:
    """The package file attached to the project's connection (as `package`) while merging.

    Yields what the package holds for this project: documents matched by
    text, those it lacks, and the counts a merge report gives.
    """
    with project._lock:
        conn = project._conn
        conn.execute(f"ATTACH DATABASE ? AS {PACKAGE}", (str(Path(path).resolve()),))
        try:
            yield _facts(conn)
        finally:
            conn.execute(f"DETACH DATABASE {PACKAGE}")


@dataclass(frozen=True)
class PackageFacts:
    """What a package brings: counts over the documents the project has."""

    unmatched: list[str]  # titles (or #id) of package documents the project lacks
    spans: int  # accepted spans
    relations: int  # accepted relations between the annotator's spans
    left_out: int  # relations touching a layer of the tool (the package's curated layer)
    links: int = 0  # registry links of the merged spans
    entities: int = 0  # registry entities the merge adds (store.package_registry)


def _facts(conn: sqlite3.Connection) -> PackageFacts:
    with transaction(conn):
        match_documents(conn)
        unmatched = [
            title or f"#{doc_id}"
            for doc_id, title in conn.execute(
                f"SELECT id, title FROM {PACKAGE}.documents "
                "WHERE id NOT IN (SELECT pkg_id FROM temp.package_docs) ORDER BY id"
            )
        ]
        spans = conn.execute(
            f"SELECT count(*) FROM {PACKAGE}.annotations a "
            "JOIN temp.package_docs m ON m.pkg_id = a.doc_id "
            "WHERE a.state = 'accepted' AND a.annotator NOT LIKE '@%'"
        ).fetchone()[0]
        relations, left_out = conn.execute(
            "SELECT sum(h.annotator NOT LIKE '@%' AND t.annotator NOT LIKE '@%' "
            "  AND r.state = 'accepted'), "
            "sum(h.annotator LIKE '@%' OR t.annotator LIKE '@%') "
            f"FROM {PACKAGE}.relations r JOIN temp.package_docs m ON m.pkg_id = r.doc_id "
            f"JOIN {PACKAGE}.annotations h ON h.id = r.head "
            f"JOIN {PACKAGE}.annotations t ON t.id = r.tail"
        ).fetchone()
        links, entities = registry_facts(conn)
    return PackageFacts(
        unmatched, int(spans), int(relations or 0), int(left_out or 0), links, entities
    )


def cross_layer_relations(project: Project, annotator: str) -> int:
    """Relations linking `annotator`'s layer with another layer on the matched documents."""
    with project._lock:
        row = project._conn.execute(
            "SELECT count(*) FROM relations r JOIN annotations h ON h.id = r.head "
            "JOIN annotations t ON t.id = r.tail "
            "WHERE r.doc_id IN (SELECT doc_id FROM temp.package_docs) "
            "AND (h.annotator = ?) != (t.annotator = ?)",
            (annotator, annotator),
        ).fetchone()
    return int(row[0])


@dataclass(frozen=True)
class LeftOutCopies:
    """What the last merge left out as untouched copies (store.apply_package), by reason."""

    still_pending: int  # spans whose suggestion still waits here, in another layer
    decided: int  # spans another layer here has accepted or rejected since
    relations: int  # relations on those spans, or repeating one here


def left_out_copies(project: Project) -> LeftOutCopies:
    """The untouched copies the last merge left out, counted by why (none goes unsaid)."""
    with project._lock:
        conn = project._conn
        waiting, decided = conn.execute(
            "SELECT count(*) FILTER (WHERE still_pending), count(*) FILTER (WHERE NOT still_pending) "
            "FROM temp.package_copies"
        ).fetchone()
        relations = conn.execute("SELECT count(*) FROM temp.package_copy_relations").fetchone()[0]
    return LeftOutCopies(int(waiting), int(decided), int(relations))


def name_usage(package: Project) -> tuple[dict[str, int], dict[str, int]]:
    """How many spans use each label and relations each type (read from the indexes)."""
    with package._lock:
        conn = package._conn
        labels = dict(conn.execute("SELECT label, count(*) FROM annotations GROUP BY label"))
        kinds = dict(conn.execute("SELECT type, count(*) FROM relations GROUP BY type"))
    return labels, kinds
