"""Finding a query in a text: folding keeps offsets, syllable bounds, cases and diacritics."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.search_query import parse_query
from annotator.core.search_text import (
    SearchError,
    TextQuery,
    find_hits,
    fold_text,
    kwic,
    left_sort_key,
    marked,
    place_snippet,
    right_sort_key,
)
from annotator.core.syllables import is_aligned

TEXT = (
    "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan Việt Cường; "
    "TP.HCM, Quốc hội và QUỐC HỘI, Nami Nam. Thủ tướng Chính phủ ký quyết định về hoá chất và hóa đơn."
)


def _found(query: TextQuery) -> list[str]:
    return [TEXT[s:e] for s, e in find_hits(TEXT, query)]


def test_quoc_finds_quoc_with_every_diacritic_and_case() -> None:
    assert _found(TextQuery("quoc hoi")) == ["Quốc hội", "QUỐC HỘI"]
    assert _found(TextQuery("đảng")) == ["Đảng"]
    assert _found(TextQuery("dang")) == ["Đảng"]


def test_match_case_and_diacritics_when_asked() -> None:
    assert _found(TextQuery("Quốc hội", match_case=True, match_diacritics=True)) == ["Quốc hội"]
    assert _found(TextQuery("quốc hội", match_diacritics=True)) == ["Quốc hội", "QUỐC HỘI"]
    assert _found(TextQuery("Quoc hoi", match_case=True)) == ["Quốc hội"]
    assert _found(TextQuery("quoc hoi", match_case=True)) == []


def test_tone_placement_is_folded_even_with_diacritics() -> None:
    assert _found(TextQuery("hóa", match_diacritics=True)) == ["hoá", "hóa"]


def test_hits_start_and_end_on_syllables() -> None:
    assert _found(TextQuery("nam")) == ["Nam"]  # not inside "Nami"
    assert _found(TextQuery("HCM")) == []  # not inside "TP.HCM"
    assert _found(TextQuery("tp.hcm")) == ["TP.HCM"]
    assert _found(TextQuery("Cường")) == ["Cường"]  # before the semicolon


def test_phrase_matches_across_line_breaks_and_double_spaces() -> None:
    text = "Bí thư\nTỉnh  ủy"
    assert find_hits(text, TextQuery("bi thu tinh uy")) == [(0, len(text))]


def test_regular_expressions_on_demand_and_a_clear_error() -> None:
    assert _found(TextQuery(r"T\w+ ủy", regex=True)) == ["Tỉnh ủy"]
    assert _found(TextQuery(r"x*", regex=True)) == []  # empty matches are no hits
    with pytest.raises(SearchError, match="not valid"):
        find_hits(TEXT, TextQuery("(unclosed", regex=True))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_folding_keeps_the_length_of_any_text(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    for case in (False, True):
        for diacritics in (False, True):
            assert len(fold_text(nfc, match_case=case, match_diacritics=diacritics)) == len(nfc)


def test_alignment_rejects_edges_inside_tokens() -> None:
    text = "ông Phan Việt Cường, N.Đ"
    assert is_aligned(text, 4, 19)
    assert not is_aligned(text, 5, 19)
    assert not is_aligned(text, 3, 19)  # starts on the space
    assert is_aligned(text, 21, 24) and not is_aligned(text, 23, 24)


def test_concordance_lines_and_their_sort_keys() -> None:
    text = "Sáng nay,\nBí thư Tỉnh ủy phát biểu"
    start = text.index("Bí thư")
    line = kwic(text, start, start + 6, width=9)
    assert line.left == "áng nay, " and line.hit == "Bí thư" and line.right == " Tỉnh ủy "
    assert left_sort_key(line) == "nay, ang"
    assert right_sort_key(line) == "tinh uy"


def test_query_syntax_label_status_annotator_and_phrase() -> None:
    query = parse_query('label:ROLE "Bí thư" status:done annotator:lan')
    assert (query.label, query.text, query.statuses, query.annotators) == (
        "ROLE",
        "Bí thư",
        ("done",),
        ("lan",),
    )
    assert parse_query('"Bí thư', regex=False).text == "Bí thư"
    assert parse_query("label:(a", regex=True).text == "label:(a"
    with pytest.raises(SearchError, match="status"):
        parse_query("status:finished x").check()


@settings(max_examples=600)
@given(
    st.text(alphabet=st.sampled_from(list("aĐế .,-/:()\n_'9")), max_size=30),
    st.integers(0, 30),
    st.integers(1, 30),
)
def test_alignment_agrees_with_the_tokens(text: str, start: int, length: int) -> None:
    from annotator.core.syllables import syllable_spans

    end = start + length
    tokens = syllable_spans(text)
    expected = (
        0 <= start < end <= len(text)
        and start in {s for s, _ in tokens}
        and end in {e for _, e in tokens}
    )
    assert is_aligned(text, start, end) == expected


def test_a_place_shows_the_words_around_its_span_on_its_own_line() -> None:
    text = "Tiêu đề\nMáy bay rời căn cứ không quân Myanmar lần đầu.\nDòng sau."
    at = text.index("Myanmar")
    line = place_snippet(text, at, at + 7)
    assert marked(line) == "Máy bay rời căn cứ không quân [Myanmar] lần đầu."


def test_a_place_in_a_long_line_is_cut_at_whole_words_with_an_ellipsis() -> None:
    left = "một hai ba bốn năm sáu bảy tám chín mười mười một mười hai "
    text = left + "Myanmar" + " " + left.strip()
    at = len(left)
    shown = marked(place_snippet(text, at, at + 7, width=20))
    assert shown.startswith("…") and shown.endswith("…"), shown
    assert "[Myanmar]" in shown
    words = set(text.split())
    assert all(w in words for w in shown.strip("…").replace("[", "").replace("]", "").split())


def test_a_place_does_not_begin_or_end_inside_a_capitalised_run() -> None:
    """Cut at a space alone, a held-back place began "…tướng Phạm Minh Chính"."""
    text = "Chiều nay tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp đoàn và nói về Myanmar rất lâu."
    at = text.index("Myanmar")
    width = at - text.index("Thủ") - 1  # the plain cut falls inside "Thủ"
    shown = marked(place_snippet(text, at, at + 7, width=width))
    assert shown.startswith("…Thủ tướng Phạm Minh Chính tiếp"), shown
    text = "Ông nói về Myanmar và gặp Thủ tướng Phạm Minh Chính hôm nay."
    at = text.index("Myanmar")
    width = text.index("Minh") + 2 - (at + 7)  # the plain cut falls inside "Minh"
    shown = marked(place_snippet(text, at, at + 7, width=width))
    assert shown.endswith("Phạm Minh Chính…"), shown
