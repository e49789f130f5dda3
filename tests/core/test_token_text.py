"""Tokens kept as one joined string read as the list of token strings they stand for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.syllable_arrays import syllable_tables
from annotator.core.token_text import TokenText, token_text

# Tokens never hold a space of any kind (line breaks included); empty ones never occur.
_TOKEN = st.text(
    alphabet=st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cs")),
    min_size=1,
    max_size=6,
)
_TOKENS = st.lists(_TOKEN, max_size=12)


@settings(max_examples=200, deadline=None)
@given(_TOKENS, st.integers(-14, 14), st.integers(-14, 14))
def test_a_token_text_reads_as_its_list(forms: list[str], a: int, b: int) -> None:
    tokens = token_text(forms)
    assert isinstance(tokens, TokenText)
    assert len(tokens) == len(forms)
    assert list(tokens) == forms and tokens == forms
    assert tokens[a:b] == forms[a:b]
    assert tokens[a:b:2] == forms[a:b:2]
    if -len(forms) <= a < len(forms):
        assert tokens[a] == forms[a]
    else:
        with pytest.raises(IndexError):
            tokens[a]


@settings(max_examples=200, deadline=None)
@given(_TOKENS, st.data())
def test_lines_are_the_tokens_each_followed_by_the_ending(forms: list[str], data) -> None:
    first = data.draw(st.integers(0, len(forms)))
    last = data.draw(st.integers(first, len(forms)))
    ending = data.draw(st.sampled_from(["\tO\n", "\tB-PER\n", "\n"]))
    expected = "".join(form + ending for form in forms[first:last])
    assert token_text(forms).lines(first, last, ending) == expected


def test_a_chunk_cut_together_gives_each_text_its_own_token_text() -> None:
    texts = ["Ông Nguyễn Văn A, chủ tịch.", "", "Hà Nội 12.000 người", " "]
    tables = syllable_tables(texts)
    forms = [table[0] for table in tables]
    assert all(isinstance(f, TokenText) for f in forms)
    assert forms == [
        ["Ông", "Nguyễn", "Văn", "A", ",", "chủ", "tịch", "."],
        [],
        ["Hà", "Nội", "12.000", "người"],
        [],
    ]
    # Each text's string holds its own tokens only, not its neighbours'.
    assert forms[2].joined == "Hà\nNội\n12.000\nngười\n"
    assert token_text(forms[0]) is forms[0]
