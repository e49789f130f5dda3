"""Shared helpers for store tests: sample documents and row snapshots."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from annotator.core.model import SourceDocument
from annotator.core.textnorm import normalize_text

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store" / "article.txt"


def article_text() -> str:
    return normalize_text(FIXTURE.read_text(encoding="utf-8"))


def find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def article(suffix: str = "") -> SourceDocument:
    """The fixture article with a PER, a ROLE and a HOLDS relation between them."""
    text = article_text() + suffix
    per = find(text, "Phan Việt Cường")
    role = find(text, "Bí thư Tỉnh ủy")
    return SourceDocument(
        text=text,
        title="Lấy phiếu tín nhiệm" + suffix,
        source="article.txt",
        spans=((*per, "PER"), (*role, "ROLE")),
        relations=((0, 1, "HOLDS"),),
    )


# Columns that legitimately change on undo (modification times) are left out.
_SNAPSHOT = {
    "documents": "id, title, status, span_count, pending_count, pending_relations, length, note, "
    "text_hash, meta",
    "document_bodies": "doc_id, body",
    "labels": "name, color, key, description, ord, crosses_paragraphs",
    "relation_types": "name, head_labels, tail_labels, description, key, ord",
    "annotations": 'id, doc_id, start, "end", label, annotator, origin, state, suggester, created',
    "relations": "id, doc_id, head, tail, type, annotator, created, state",
    "document_status": "doc_id, annotator, status",
    "registry_entities": "id, uid, type, name",
    "registry_names": "entity_id, name, key",
    "registry_links": "span_id, entity_id, status",
}


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every annotation-bearing row of the project file, read by a separate connection."""
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1").fetchall()
            for table, cols in _SNAPSHOT.items()
        }
    finally:
        conn.close()


def write_first_version_article(conn: sqlite3.Connection) -> int:
    """The fixture article written as the first file version stored it (raw rows).

    Today's code writes columns later migrations added, so a test of an upgrade
    builds the old file by hand rather than through the current import path.
    """
    source = article()
    conn.execute("INSERT OR IGNORE INTO annotators (name, created) VALUES ('old', 1)")
    cursor = conn.execute(
        "INSERT INTO documents (title, text_hash, length, created, updated) VALUES (?, ?, ?, 1, 1)",
        (source.title, "hash-" + source.title, len(source.text)),
    )
    doc_id = int(cursor.lastrowid or 0)
    conn.execute("INSERT INTO document_texts (doc_id, text) VALUES (?, ?)", (doc_id, source.text))
    ids = []
    for start, end, label in source.spans:
        cursor = conn.execute(
            'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
            "created, updated) VALUES (?, ?, ?, ?, 'old', 'imported', 'accepted', 1, 1)",
            (doc_id, start, end, label),
        )
        ids.append(int(cursor.lastrowid or 0))
    for head, tail, rel_type in source.relations:
        conn.execute(
            "INSERT INTO relations (doc_id, head, tail, type, annotator, created) "
            "VALUES (?, ?, ?, ?, 'old', 1)",
            (doc_id, ids[head], ids[tail], rel_type),
        )
    conn.commit()
    return doc_id
