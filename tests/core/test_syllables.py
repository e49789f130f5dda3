"""Syllable tokens and selection snapping."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.syllables import SyllableIndex, syllable_spans

TEXT = "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Phan Việt Cường (N.Đ) ngày 7.1.2022 theo 18-NQ/TW."


def surfaces(text: str) -> list[str]:
    return [text[s:e] for s, e in syllable_spans(text)]


def test_tokens_keep_inner_punctuation_of_names_and_numbers() -> None:
    tokens = surfaces(TEXT)
    for inner in ("N.Đ", "7.1.2022", "18-NQ/TW"):
        assert inner in tokens
    assert tokens[-1] == "."
    assert "," in tokens


def test_snap_grows_half_syllables_and_trims_spaces() -> None:
    ix = SyllableIndex(TEXT)
    start = TEXT.index("Phan") + 2  # inside "Phan"
    end = TEXT.index("Cường") + 2
    s, e = ix.snap(start - 3, end)  # starts in the space before
    assert TEXT[s:e] == "Phan Việt Cường"


def test_snap_drops_outer_punctuation_but_keeps_inner() -> None:
    ix = SyllableIndex(TEXT)
    s0 = TEXT.index("(N.Đ)")
    s, e = ix.snap(s0, s0 + len("(N.Đ)"))
    assert TEXT[s:e] == "N.Đ"


def test_snap_of_only_punctuation_is_none() -> None:
    ix = SyllableIndex(TEXT)
    comma = TEXT.index(",")
    assert ix.snap(comma, comma + 1) is None


def test_boundaries_step_by_syllable() -> None:
    ix = SyllableIndex(TEXT)
    pos = TEXT.index("Việt")
    assert ix.next_boundary(pos) == pos + len("Việt")
    assert ix.previous_boundary(pos + 2) == pos
    assert ix.token_at(pos + 1) == (pos, pos + 4)


@given(st.text(max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_snap_always_lands_on_token_edges(text: str, a: int, b: int) -> None:
    ix = SyllableIndex(text)
    a, b = min(a, len(text)), min(b, len(text))
    snapped = ix.snap(a, b)
    if snapped is None:
        return
    s, e = snapped
    assert 0 <= s < e <= len(text)
    starts = {t[0] for t in ix.tokens}
    ends = {t[1] for t in ix.tokens}
    assert s in starts and e in ends
    assert text[s:e] == text[s:e].strip()
