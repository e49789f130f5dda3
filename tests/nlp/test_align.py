"""Aligning underthesea's string tokens back to offsets."""

from __future__ import annotations

import unicodedata

from annotator.nlp.align import align_tokens, fold


def test_fold_ignores_tone_placement_case_and_normal_form():
    assert fold("Hoá") == fold("hóa")
    assert fold("thuỷ") == fold("THỦY")
    assert fold(unicodedata.normalize("NFD", "Nguyễn")) == fold("Nguyễn")
    assert fold("Ðà") == fold("Đà")
    assert fold("a b") == "ab"


def test_tokens_renormalised_by_the_tokenizer_still_align():
    text = "Khánh Hoà có thuỷ điện"
    tokens = ["Khánh Hòa", "có", "thủy điện"]
    spans = align_tokens(text, tokens)
    assert [text[a:b] for a, b in spans] == ["Khánh Hoà", "có", "thuỷ điện"]


def test_syllables_joined_by_one_space_match_several_spaces():
    text = "Phan   Việt\tCường"
    assert align_tokens(text, ["Phan Việt Cường"]) == [(0, len(text))]


def test_a_token_that_cannot_be_found_is_none_and_the_rest_still_aligns():
    text = "ông Ba đi họp"
    spans = align_tokens(text, ["ông", "XYZ", "Ba", "đi", "họp"])
    assert spans[1] is None
    assert [text[a:b] for a, b in filter(None, spans)] == ["ông", "Ba", "đi", "họp"]


def test_alignment_stays_inside_the_given_range():
    text = "Hà Nội. Hà Nội."
    spans = align_tokens(text, ["Hà Nội", "."], start=8, end=len(text))
    assert spans == [(8, 14), (14, 15)]
