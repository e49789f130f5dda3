"""Moving spans between texts that differ only in whitespace (layers imported from other tools)."""

from __future__ import annotations

import pytest

from annotator.core.errors import OffsetError
from annotator.core.offsets import SpacingMap


def test_span_moves_from_a_respaced_corpus_text_to_the_article() -> None:
    article = SpacingMap("Ông Phan Việt Cường, Bí thư Tỉnh ủy Quảng Nam.\nHôm nay")
    corpus = SpacingMap("Ông Phan Việt Cường , Bí thư Tỉnh ủy Quảng Nam . Hôm nay")
    start = corpus.text.index("Bí")
    end = corpus.text.index(" Quảng")
    moved = corpus.to_other(article, start, end)
    assert moved is not None
    assert article.text[moved[0] : moved[1]] == "Bí thư Tỉnh ủy"
    # A span with outer spaces keeps only its characters.
    outer = corpus.to_other(article, corpus.text.index(" Quảng"), corpus.text.index(" ."))
    assert outer is not None and article.text[outer[0] : outer[1]] == "Quảng Nam"


def test_a_span_of_spaces_only_maps_to_nothing_and_other_texts_are_refused() -> None:
    a, b = SpacingMap("a  b"), SpacingMap("a b")
    assert a.to_other(b, 1, 3) is None
    with pytest.raises(OffsetError):
        a.to_other(SpacingMap("a c"), 0, 1)
