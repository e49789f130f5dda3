"""The array syllable bounds are the regex's tokens, token for token, on real and random text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.syllable_arrays import DIGIT_JOINERS, JOINERS, syllable_bounds
from annotator.core.syllables import syllable_spans, syllable_table
from annotator.core.textnorm import normalize_text


def _pairs(text: str) -> list[tuple[int, int]]:
    starts, ends = syllable_bounds(text)
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def test_inner_punctuation_joins_only_between_letters_or_digits():
    text = "TP.HCM, 18-NQ/TW a..b .x x. _a_ N.Đ 7.1.2022 “Top10”"
    assert _pairs(text) == syllable_spans(text)
    assert [text[a:b] for a, b in _pairs(text)][:4] == ["TP.HCM", ",", "18-NQ/TW", "a"]


def test_glued_words_are_cut_as_the_pattern_cuts_them():
    """Digit joiners and full stops read their neighbours, up to the text's ends."""
    for text in (
        "Klimovo,vùng 1,5 T1,T2 Ảnh:AP 15:30 Lan.Thủ P.Cầu Nội.1962 TP.HCM 2004.Ông",
        "a.B",
        "a.Bc",
        "1,a",
        ",1,",
        "Hà.Nội",
        ".Ab",
    ):
        assert _pairs(text) == syllable_spans(text), text
    text = "Lan.Thủ Q.1"
    assert [text[a:b] for a, b in _pairs(text)] == ["Lan", ".", "Thủ", "Q.1"]


def test_empty_and_blank_texts_have_no_tokens():
    assert _pairs("") == []
    assert _pairs(" \n\t\u00a0") == []


# Characters that make tokens interesting: Vietnamese letters, digits, every joiner,
# spaces of several kinds, symbols, underscore, combining marks, astral characters
# and a lone surrogate (JSON may hold one).
_ALPHABET = st.sampled_from(
    list("aĐđệỡ9٣²_ \n\t\u00a0\u2003ЖжǅA")
    + list(JOINERS + DIGIT_JOINERS)
    + list("()“”!?…😀\u0301\u200d\ud800ｶ🇻🇳🏽")
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_random_text_gives_the_regex_tokens(text):
    assert _pairs(text) == syllable_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_gives_the_regex_tokens(text):
    assert _pairs(text) == syllable_spans(text)


def test_the_shared_corpora_give_the_same_tokens(shared_dir: Path):
    files = sorted((shared_dir / "corpus").rglob("*.txt"))
    assert len(files) > 100
    for path in files:
        text = normalize_text(path.read_text(encoding="utf-8", errors="replace"))
        forms, starts = syllable_table(text)
        begins, ends = syllable_bounds(text)
        assert begins.tolist() == starts, path
        assert [text[a:b] for a, b in zip(begins.tolist(), ends.tolist(), strict=True)] == forms
