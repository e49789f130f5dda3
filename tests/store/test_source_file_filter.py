"""The document list's file filter: a corpus reader's `path:line` belongs to `path`, nothing else does."""

from __future__ import annotations

from annotator.core.model import SourceDocument
from annotator.store.document_filter import DocumentFilter
from annotator.store.document_list import file_of


def test_a_line_number_after_the_path_is_dropped() -> None:
    assert file_of("/corpus/train.conll:12") == "/corpus/train.conll"
    assert file_of("C:/corpus/train.conll:7") == "C:/corpus/train.conll"


def test_sources_without_a_line_number_are_their_own_file() -> None:
    assert file_of("/articles/bai-1.txt") == "/articles/bai-1.txt"
    assert file_of("C:/articles/bai.txt") == "C:/articles/bai.txt"
    assert file_of("/corpus/train.conll:12a") == "/corpus/train.conll:12a"
    assert file_of(":12") == ":12"


def test_the_filter_keeps_exactly_the_documents_of_one_file(project) -> None:
    sources = [
        "/c/train.conll:1",
        "/c/train.conll:40",
        "/c/train.conll",  # the file itself, read whole
        "/c/train.conll.bak:3",  # a name that starts the same
        "/c/train.conll:4x",
        "/c/train.co:3",
    ]
    for n, source in enumerate(sources):
        project.add_document(SourceDocument(text=f"Câu {n}.", title=f"{n}", source=source))
    rows = project.document_rows(DocumentFilter(source_file="/c/train.conll"), limit=100)
    assert [int(row.title) for row in rows] == [0, 1, 2]
    assert project.document_count(DocumentFilter(source_file="/c/train.conll")) == 3
    files = dict(project.source_files())
    assert files["/c/train.conll"] == 3 and files["/c/train.conll.bak"] == 1
    assert files["/c/train.conll:4x"] == 1
