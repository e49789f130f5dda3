"""HTML character references of scraped text are decoded once, at import, before NFC."""

from __future__ import annotations

import unicodedata

from annotator.core.decoding import decode_bytes
from annotator.core.textnorm import decode_references, references_in_warning


def test_numeric_and_named_references_become_their_characters() -> None:
    text, count = decode_references("Tung tin &#39;Mr Bean&#39; &quot;NN&amp;PTNT&quot; &#x2013; x")
    assert text == "Tung tin 'Mr Bean' \"NN&PTNT\" \u2013 x"
    assert count == 6


def test_a_no_break_space_becomes_a_space() -> None:
    assert decode_references("Hà&nbsp;Nội") == ("Hà Nội", 1)


def test_what_is_no_reference_stays_as_written() -> None:
    raw = "AT&T, R&D, &foo; &#0; &#xD800; &#7; &amp without its semicolon"
    assert decode_references(raw) == (raw, 0)


def test_one_pass_only() -> None:
    assert decode_references("&amp;#39;") == ("&#39;", 1)


def test_a_decoded_accent_is_composed_by_nfc() -> None:
    """&#769; (combining acute) after a letter: decoded before NFC, so the word is one "ó"."""
    decoded = decode_bytes("To&#769;a án".encode())
    assert decoded.text == "Tóa án"
    assert unicodedata.is_normalized("NFC", decoded.text)


def test_plain_text_decoding_says_how_many_and_can_keep_them() -> None:
    data = "Tung tin &#39;Mr Bean&#39; qua đời".encode()
    decoded = decode_bytes(data)
    assert decoded.text == "Tung tin 'Mr Bean' qua đời"
    assert sum(map(references_in_warning, decoded.warnings)) == 2
    kept = decode_bytes(data, keep_references=True)
    assert kept.text == "Tung tin &#39;Mr Bean&#39; qua đời"
    assert not any(map(references_in_warning, kept.warnings))
