"""Corpus search on a real project: folding, filters, annotations of hits, pages as they come."""

from __future__ import annotations

import threading

from annotator.app.search.engine import SearchRun
from annotator.core.model import SourceDocument
from annotator.core.search_query import SearchQuery, parse_query
from annotator.store import CorpusReader
from tests.app._corpus_projects import ARTICLES, build_corpus, find


def _hits(reader, text: str, **options) -> list:
    return list(SearchRun(reader, parse_query(text, **options)).hits())


def test_quoc_hoi_finds_every_spelling_in_document_order(project) -> None:
    ids = build_corpus(project)
    hits = _hits(project, "quoc hoi")
    assert [(h.doc_id, h.line.hit) for h in hits] == [(ids[1], "Quốc hội"), (ids[2], "QUỐC HỘI")]
    assert [h.line.hit for h in _hits(project, "Quốc hội", match_case=True)] == ["Quốc hội"]


def test_hits_say_how_they_are_annotated(project) -> None:
    build_corpus(project)
    notes = [h.annotation_text() for h in _hits(project, "Tỉnh ủy")]
    assert notes == ["in ROLE", "ORG", "in ORG", ""]
    names = _hits(project, "Phan Việt Cường")
    assert [h.annotation_text() for h in names] == ["PER", "PER", "PER?"]
    assert [h.line.hit for h in names] == ["Phan Việt Cường", "PHAN VIỆT CƯỜNG", "Phan Việt Cường"]


def test_search_by_annotation_and_filters(project) -> None:
    ids = build_corpus(project)
    roles = _hits(project, 'label:ROLE "Bí thư"')
    assert [(h.doc_id, h.line.hit) for h in roles] == [(ids[0], "Bí thư Tỉnh ủy Quảng Nam")]
    assert len(_hits(project, "label:ROLE")) == 3
    assert len(_hits(project, "label:PER")) == 5  # the pending suggestion counts
    assert [h.doc_id for h in _hits(project, "Tỉnh ủy status:done")] == [ids[0], ids[0]]
    free = _hits(project, "Tỉnh ủy", annotated="unannotated")
    assert [(h.doc_id, h.start) for h in free] == [(ids[1], find(ARTICLES[1][1], "Tỉnh ủy", 1)[0])]
    assert [h.line.hit for h in _hits(project, "Tỉnh ủy", labels=("ORG",))] == ["Tỉnh ủy"] * 2
    assert _hits(project, "Tỉnh ủy", annotators=("nobody",)) == []


def test_matches_inside_a_syllable_are_counted_not_shown(project) -> None:
    build_corpus(project)
    run = SearchRun(project, SearchQuery(text="nam"))
    assert [h.line.hit for h in run.hits()] == ["Nam", "Nam", "Nam"]
    run = SearchRun(project, SearchQuery(text=r"Nam\w*", regex=True))
    assert [h.line.hit for h in run.hits()] == ["Nam", "Nam", "Nami", "Nam"]
    run = SearchRun(project, SearchQuery(text=r"am\b", regex=True))
    assert list(run.hits()) == [] and run.unaligned == 3


def test_the_first_page_comes_before_the_corpus_is_read(project, project_path) -> None:
    for i in range(600):
        project.add_document(SourceDocument(text=f"Bài {i}: Quốc hội họp phiên thứ {i}."))
    with CorpusReader(project_path) as reader:
        run = SearchRun(reader, SearchQuery(text="quoc hoi"))
        first = next(run.pages(page_size=20))
        assert len(first) == 20 and run.documents_read < 100
        cancel = threading.Event()
        run = SearchRun(reader, SearchQuery(text="quoc hoi"), cancel=cancel)
        pages = run.pages(page_size=10)
        next(pages)
        cancel.set()
        assert sum(len(p) for p in pages) < 590
        every = SearchRun(reader, SearchQuery(text="quoc hoi"))
        assert sum(len(p) for p in every.pages(page_size=50)) == 600


def test_within_one_document(project) -> None:
    ids = build_corpus(project)
    run = SearchRun(project, SearchQuery(text="Tỉnh ủy"), within=[ids[1]])
    assert [h.doc_id for h in run.hits()] == [ids[1], ids[1]]
