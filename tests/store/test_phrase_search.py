"""A phrase search through the contentless index finds what a full scan of the texts finds."""

from __future__ import annotations

import random

from annotator.app.search.engine import SearchRun
from annotator.core.model import SourceDocument
from annotator.core.search_query import parse_query
from annotator.store.corpus_search import candidate_ids, fts_phrase

_WORDS = ["Nguyễn", "Văn", "Cường", "nguyen", "VĂN", "cuong", "Đảng", "dang", "ủy", "Uy", "ban"]
_GAPS = [" ", "  ", ", ", "-", "_", "\n", ". ", "", "x"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randrange(1, 30)))


def test_the_index_loses_no_hit_a_full_scan_finds(project) -> None:
    rng = random.Random(90)
    ids = project.add_documents([SourceDocument(text=_text(rng)) for _ in range(300)])
    every = [doc_id for _, doc_id in ids if doc_id is not None]
    # The index folds every mark, and đ is d to it (store.texts.searchable), as the
    # scan's folding has it: "dang" finds "Đảng" and "dang" alike.
    searches = [(p, False) for p in ("nguyen van cuong", "Văn Cường", "uy ban", "van")]
    searches += [(p, False) for p in ("dang", "dang uy", "Đảng ủy", "ĐANG")]
    searches += [(p, True) for p in ("Văn Cường", "Đảng ủy", "Đảng ủy ban", "VĂN")]
    for phrase, diacritics in searches:
        query = parse_query(phrase, match_diacritics=diacritics)
        indexed = [(h.doc_id, h.start, h.end) for h in SearchRun(project, query).hits()]
        scanned = SearchRun(project, query, within=every).hits()
        assert indexed == [(h.doc_id, h.start, h.end) for h in scanned], phrase
        assert indexed or phrase == "Đảng ủy ban", phrase  # the search has something to find


def test_the_index_finds_the_words_in_sequence_only(project) -> None:
    holds = project.add_document(SourceDocument(text="Ông Nguyễn-Văn Cường dự họp."))
    project.add_document(SourceDocument(text="Cường và Văn gặp ông Nguyễn."))  # apart
    project.add_document(SourceDocument(text="NguyễnVăn Cường."))  # no word "nguyen"
    last = project.add_document(SourceDocument(text="Văn Cường, Nguyễn Văn Cường."))
    found = candidate_ids(
        project._conn,
        phrase=fts_phrase("nguyen van cuong"),
        label=None,
        statuses=(),
        after=0,
        limit=10,
    )
    assert found == [holds, last]
