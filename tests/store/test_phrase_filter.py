"""A phrase search finds through the index (words, then their sequence) what a full scan finds."""

from __future__ import annotations

import random

from annotator.app.search.engine import SearchRun
from annotator.core.model import SourceDocument
from annotator.core.search_query import parse_query
from annotator.store.corpus_search import candidate_ids, fts_phrase
from annotator.store.phrase_filter import holding_phrase, phrase_words

_WORDS = ["Nguyễn", "Văn", "Cường", "nguyen", "VĂN", "cuong", "Đảng", "dang", "ủy", "Uy", "ban"]
_GAPS = [" ", "  ", ", ", "-", "_", "\n", ". ", "", "x"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randrange(1, 30)))


def test_the_index_and_the_sequence_check_lose_no_hit_a_full_scan_finds(project) -> None:
    rng = random.Random(90)
    ids = project.add_documents([SourceDocument(text=_text(rng)) for _ in range(300)])
    every = [doc_id for _, doc_id in ids if doc_id is not None]
    # The index folds every mark but keeps đ apart from d (unicode61), as it always did:
    # "dang" finds only what the index calls "dang", so đ is searched as typed, with marks.
    searches = [(p, False) for p in ("nguyen van cuong", "Văn Cường", "uy ban", "van")]
    searches += [(p, True) for p in ("Văn Cường", "Đảng ủy", "Đảng ủy ban", "VĂN")]
    for phrase, diacritics in searches:
        query = parse_query(phrase, match_diacritics=diacritics)
        indexed = [(h.doc_id, h.start, h.end) for h in SearchRun(project, query).hits()]
        scanned = SearchRun(project, query, within=every).hits()
        assert indexed == [(h.doc_id, h.start, h.end) for h in scanned], phrase
        assert indexed or phrase == "Đảng ủy ban", phrase  # the search has something to find


def test_the_sequence_check_keeps_the_last_id_and_drops_the_rest(project) -> None:
    holds = project.add_document(SourceDocument(text="Ông Nguyễn-Văn Cường dự họp."))
    apart = project.add_document(SourceDocument(text="Cường và Văn gặp ông Nguyễn."))
    glued = project.add_document(SourceDocument(text="NguyễnVăn Cường."))
    last = project.add_document(SourceDocument(text="Văn Cường, Nguyễn."))
    words = phrase_words(fts_phrase("nguyen van cuong") or "")
    assert words == ["nguyen", "van", "cuong"]
    conn = project._conn
    assert holding_phrase(conn, [holds, apart, glued, last], words) == [holds, last]
    assert holding_phrase(conn, [apart], words) == [apart]  # the caller pages on it
    assert holding_phrase(conn, [], words) == []
    found = candidate_ids(
        conn, phrase=fts_phrase("nguyen van cuong"), label=None, statuses=(), after=0, limit=10
    )
    assert found == [holds, last]  # `glued` lacks the word "nguyen"; `apart` is dropped
