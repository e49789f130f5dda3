"""đ is d to the full-text index: a query typed without diacritics finds "Đà Nẵng" and "Đảng".

The index folds every mark (remove_diacritics 2) but, to SQLite, đ is a letter
of its own; texts and queries go to it with đ written d (store.texts.searchable),
and migration 0092 indexes the texts of older projects again that way.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.core.operations import DeleteDocument
from annotator.store import create_project, open_project
from annotator.store.corpus_search import candidate_ids, fts_phrase
from annotator.store.migrations import MIGRATIONS
from annotator.store.texts import searchable

TEXTS = (
    "Ban Chấp hành Trung ương Đảng họp tại Đà Nẵng.",
    "Ông Đinh Tiến Dũng đang làm việc ở Hà Nội.",
    "Hội đồng nhân dân tỉnh bế mạc kỳ họp.",
)


def _found(project, query: str) -> list[int]:
    return sorted(doc_id for doc_id, _ in project.search(query, limit=100))


def _phrase(project, query: str) -> list[int]:
    ids = candidate_ids(
        project._conn, phrase=fts_phrase(query), label=None, statuses=(), after=0, limit=100
    )
    return sorted(ids)


def test_words_typed_without_diacritics_find_d_with_a_bar(project) -> None:
    first, second, third = (project.add_document(SourceDocument(text=t)) for t in TEXTS)
    assert _found(project, "da nang") == [first]
    assert _found(project, "dang") == [first, second]  # Đảng and đang alike
    assert _found(project, "dinh tien dung") == [second]
    assert _found(project, "ĐÀ NẴNG") == [first]
    assert _found(project, "hoi dong") == [third]
    assert _phrase(project, "da nang") == [first]
    assert _phrase(project, "trung uong dang") == [first]
    assert _phrase(project, "dang hop") == [first] and _phrase(project, "dang ha noi") == []


def test_a_deleted_document_leaves_nothing_of_its_d_words_behind(project) -> None:
    first, second, _ = (project.add_document(SourceDocument(text=t)) for t in TEXTS)
    session = project.session()
    session.apply(DeleteDocument(first))
    assert _found(project, "da nang") == [] and _found(project, "dang") == [second]
    session.undo()
    assert _found(project, "da nang") == [first]
    session.apply(DeleteDocument(first))
    session.apply(DeleteDocument(second))
    assert _found(project, "dang") == []
    # 'delete' was given the very tokens that went in: no posting of them is left.
    rows = project._conn.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()
    assert rows == (1,)


def test_searchable_keeps_every_position() -> None:
    text = "Đảng, đoàn và ĐĐ."
    assert searchable(text) == "Dảng, doàn và DD." and len(searchable(text)) == len(text)


def test_an_older_project_is_indexed_again_with_d_as_d(project_path: Path) -> None:
    before = tuple(m for m in MIGRATIONS if m.name < "0092")
    with create_project(project_path, migrations=before) as old:
        ids = [old.add_document(SourceDocument(text=t)) for t in TEXTS]
        # The index of that version kept đ: a query without diacritics missed it.
        conn = old._conn
        conn.execute("BEGIN")
        conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
        conn.executemany(
            "INSERT INTO documents_fts (rowid, text) VALUES (?, ?)",
            list(zip(ids, TEXTS, strict=True)),
        )
        conn.execute("COMMIT")
        assert _found(old, "da nang") == []
    with open_project(project_path) as upgraded:
        assert _found(upgraded, "da nang") == [ids[0]]
        assert _found(upgraded, "dang") == ids[:2]
        # The old entries are gone, so deleting removes exactly what is indexed.
        upgraded.session().apply(DeleteDocument(ids[0]))
        assert _found(upgraded, "da nang") == [] and _found(upgraded, "dang") == [ids[1]]
