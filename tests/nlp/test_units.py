"""Paragraphs, sentences, words and POS/chunk tags with offsets."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.textnorm import normalize_text
from annotator.nlp.units import (
    paragraph_spans,
    pos_chunk_tags,
    sentence_spans,
    syllable_spans,
    word_spans,
)

ARTICLE = (
    "Bầu cử Quốc hội khoá XV\n"
    "\n"
    "  Ông N.Đ Phan Việt Cường, Chủ tịch UBND tỉnh Khánh Hoà, dự họp ngày 7.1.2022. "
    'Theo Nghị quyết 18-NQ/TW, “thuỷ lợi” và "hoá chất" được bàn 😀.\n'
    "TAGS: bầu cử, Quốc hội"
)


def _surfaces(text, spans):
    return [text[a:b] for a, b in spans]


def test_paragraphs_are_non_empty_trimmed_lines():
    paras = paragraph_spans(ARTICLE)
    assert len(paras) == 3
    assert _surfaces(ARTICLE, paras)[1].startswith("Ông N.Đ")
    assert all(not ARTICLE[a].isspace() and not ARTICLE[b - 1].isspace() for a, b in paras)


def test_sentences_never_cross_a_line_and_split_inside_a_paragraph():
    sents = _surfaces(ARTICLE, sentence_spans(ARTICLE))
    assert sents[0] == "Bầu cử Quốc hội khoá XV"
    assert sents[1].endswith("7.1.2022.")
    assert sents[2].startswith("Theo Nghị quyết")
    assert sents[-1] == "TAGS: bầu cử, Quốc hội"
    assert all("\n" not in s for s in sents)


def test_syllable_spans_is_the_core_tokenizer():
    assert _surfaces("N.Đ đi", syllable_spans("N.Đ đi")) == ["N.Đ", "đi"]


def test_words_keep_old_tone_placement_initials_numbers_and_quotes():
    words = _surfaces(ARTICLE, word_spans(ARTICLE))
    for expected in ("N.Đ", "Phan Việt Cường", "Khánh Hoà", "7.1.2022", "“", "”", "thuỷ lợi", "😀"):
        assert expected in words
    assert "TAGS" in words


def test_words_of_nfd_sourced_text_match_the_nfc_ones():
    nfd = unicodedata.normalize("NFD", ARTICLE)
    text = normalize_text(nfd)
    assert text == ARTICLE
    assert word_spans(text) == word_spans(ARTICLE)


def test_keep_whole_spans_are_covered_by_whole_words():
    text = ARTICLE
    start = text.index("Việt Cường, Chủ")
    keep = [(start, start + len("Việt Cường")), (text.index("UBND tỉnh"), text.index(", dự"))]
    words = word_spans(text, keep_whole=keep)
    for s, e in keep:
        assert (s, e) in words
    for w_start, w_end in words:
        for s, e in keep:
            assert not (w_start < s < w_end or w_start < e < w_end)


def test_repeated_punctuation_and_a_very_long_line_do_not_break_words():
    text = "!" * 10000 + " ông Ba " + "xã " * 30000
    words = word_spans(text)
    assert words[-1][1] == len(text.rstrip())
    assert text[words[0][0] : words[0][1]].startswith("!")


def test_pos_and_chunk_tags_come_one_per_word():
    words = word_spans(ARTICLE)
    tags = pos_chunk_tags(ARTICLE, words)
    assert len(tags) == len(words)
    by_word = dict(zip(_surfaces(ARTICLE, words), tags, strict=True))
    assert by_word["Phan Việt Cường"][0] == "Np"
    assert by_word[","] == ("CH", "O")


_ALPHABET = st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạóòỏõọủ AÁĐHNQT.,;:!?-/“”\"'()0123456789\n\t😀")
    + ["hoá", "thuỷ", "N.Đ", "18-NQ/TW", "7.1.2022", "o\u0301", "TAGS:"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_word_spans_are_ordered_disjoint_inside_and_trimmed(raw):
    text = normalize_text(raw)
    words = word_spans(text)
    previous_end = 0
    for start, end in words:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
    covered = "".join(text[a:b] for a, b in words)
    assert "".join(text.split()) == "".join(covered.split())


def test_words_are_never_smaller_than_a_syllable():
    text = "Theo Nghị quyết 18-NQ/TW và Quyết định số 123/QĐ-UBND, ông đi."
    words = _surfaces(text, word_spans(text))
    assert "18-NQ/TW" in words and "123/QĐ-UBND" in words
    sylls = syllable_spans(text)
    starts, ends = {a for a, _ in sylls}, {b for _, b in sylls}
    assert all(a in starts and b in ends for a, b in word_spans(text))


def test_no_sentence_break_after_initials_or_inside_a_syllable():
    text = "Ông N.Đ. Hùng nói. Ông N.Đ.Hùng đáp. Theo TS. Lan, ông Ba đi."
    assert _surfaces(text, sentence_spans(text)) == [
        "Ông N.Đ. Hùng nói.",
        "Ông N.Đ.Hùng đáp.",
        "Theo TS. Lan, ông Ba đi.",
    ]


GLUED_LIST = (
    "Quốc hội cho ý kiến:\n"
    "1. Luật bảo hiểm xã hội2. Luật kinh doanh bất động sản3. Luật hàng không dân dụng Việt Nam4. "
    "Luật công nghệ thông tin.\n"
    "Đội thắng 2 - 1. Sau trận, đội về nước."
)


def test_each_item_of_a_glued_list_is_a_sentence_that_starts_at_its_number():
    sents = _surfaces(GLUED_LIST, sentence_spans(GLUED_LIST))
    assert sents == [
        "Quốc hội cho ý kiến:",
        "1. Luật bảo hiểm xã hội",
        "2. Luật kinh doanh bất động sản",
        "3. Luật hàng không dân dụng Việt Nam",
        "4. Luật công nghệ thông tin.",
        "Đội thắng 2 - 1.",  # a number after a space inside a line still ends one
        "Sau trận, đội về nước.",
    ], sents


def test_stored_sentence_starts_agree_with_the_sentences_of_a_glued_list():
    from annotator.nlp.units import sentence_starts_of

    assert sentence_starts_of(GLUED_LIST) == [a for a, _ in sentence_spans(GLUED_LIST)]


def test_no_word_runs_across_a_glued_list_number():
    words = _surfaces(GLUED_LIST, word_spans(GLUED_LIST))
    for item in ("bảo hiểm xã hội", "bất động sản", "Việt Nam", "công nghệ thông tin"):
        assert item in words, words
    assert "2" in words and "3" in words and "4" in words
    assert not any(w[-1].isdigit() and not w.isdigit() for w in words), words
