"""Tone-placement and lookalike folding used for tolerant gazetteer matching."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.vietnamese import fold_key, fold_tone_placement


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hóa", "hoá"),
        ("Thanh Hóa", "Thanh Hoá"),
        ("thủy", "thuỷ"),
        ("khỏe", "khoẻ"),
        ("Ủy ban", "Uỷ ban"),
        ("Hòa Bình", "Hoà Bình"),
        ("tùy", "tuỳ"),
        ("Khánh Hòa", "Khánh Hoà"),
    ],
)
def test_both_tone_placements_give_one_key(old: str, new: str) -> None:
    assert fold_tone_placement(old) == fold_tone_placement(new)
    assert fold_key(old) == fold_key(new)


@pytest.mark.parametrize(("a", "b"), [("hoàng", "hoàn"), ("hóa", "hòa"), ("Lê", "Lệ")])
def test_different_words_stay_different(a: str, b: str) -> None:
    assert fold_key(a) != fold_key(b)


def test_closed_syllables_and_shaped_vowels_keep_their_tone() -> None:
    for word in ("hoàng", "thuyền", "người", "được", "Quốc", "Nguyễn", "giữ"):
        assert fold_tone_placement(word) == word


def test_case_is_kept_by_placement_fold_and_dropped_by_key() -> None:
    assert fold_tone_placement("THANH HOÁ") == "THANH HOÁ"
    assert fold_key("THANH HÓA") == fold_key("thanh hoá")


def test_d_lookalikes_fold_to_vietnamese_d() -> None:
    assert fold_key("\u00d0ảng") == fold_key("Đảng")
    assert fold_key("\u00d0ảng") != fold_key("Dảng")


def test_nfd_input_folds_like_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Thanh Hoá")
    assert fold_key(nfd) == fold_key("Thanh Hóa")


def test_non_letters_are_untouched() -> None:
    assert fold_tone_placement("18-NQ/TW, 7.1.2022!") == "18-NQ/TW, 7.1.2022!"


@given(
    st.text(
        alphabet="aăâeêioôơuưyqgdhkntàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ",
        max_size=30,
    )
)
def test_fold_is_idempotent(text: str) -> None:
    once = fold_tone_placement(text)
    assert fold_tone_placement(once) == once
    assert fold_key(fold_key(text)) == fold_key(text)
