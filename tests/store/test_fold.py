"""Title keys: the translate table drops exactly the combining marks the definition drops."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.vietnamese import D_LETTERS
from annotator.store.repository import fold


def _reference(text: str) -> str:
    """Đ and its lookalikes as D (the letters listed once, in core.vietnamese), marks dropped."""
    for letter, plain in D_LETTERS:
        text = text.replace(letter, plain)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_fold_is_the_definition(text):
    assert fold(text) == _reference(text)


def test_vietnamese_titles_fold_to_plain_letters():
    assert fold("Bí thư Tỉnh ủy Quảng Nam") == "bi thu tinh uy quang nam"
    assert fold(unicodedata.normalize("NFD", "Đắk Lắk")) == "dak lak"
    assert fold("\u00d0ắk L\u0103k") == fold("Ðắk Lắk") == "dak lak"  # Ð, legacy encodings' Đ
