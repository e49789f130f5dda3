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
    "documents": "id, title, status, span_count, pending_count, length, note, text_hash, meta",
    "document_texts": "doc_id, text",
    "labels": "name, color, key, description, ord",
    "relation_types": "name, head_labels, tail_labels, description, key, ord",
    "annotations": 'id, doc_id, start, "end", label, annotator, origin, state, suggester, created',
    "relations": "id, doc_id, head, tail, type, annotator, created",
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
