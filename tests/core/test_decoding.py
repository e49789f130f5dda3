"""Decoding article bytes: accepted encodings, refused ones and their reasons."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.decoding import (
    binary_reason,
    decode_bytes,
    normalize_fast,
    text_hash,
    vietnamese_letter_share,
)
from annotator.core.errors import ImportFailure
from annotator.core.textnorm import normalize_text

# Marks Windows-1258 has no precomposed letters for: tones stay separate bytes.
_TONES = "\u0300\u0301\u0303\u0309\u0323"

ARTICLE = (
    "Bí thư Tỉnh ủy Phan Việt Cường chủ trì hội nghị.\n"
    "Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng phát biểu về việc lấy phiếu tín nhiệm."
)


def test_utf8_without_bom_is_read_and_hashed():
    data = ARTICLE.encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.text == ARTICLE
    assert decoded.encoding == "utf-8"
    assert decoded.raw_hash == hashlib.sha256(data).hexdigest()
    assert decoded.warnings == ()


def test_utf8_bom_is_dropped():
    decoded = decode_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    assert decoded.text == ARTICLE
    assert not decoded.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_utf16_and_utf32_with_bom(bom, codec):
    decoded = decode_bytes(bom + ARTICLE.replace("\n", "\r\n").encode(codec))
    assert decoded.text == ARTICLE
    assert decoded.encoding == codec


def test_utf16_without_bom_is_reported_as_binary_with_advice():
    with pytest.raises(ImportFailure, match="NUL bytes.*UTF-16"):
        decode_bytes(ARTICLE.encode("utf-16-le"))


def test_windows_1258_is_decoded_and_composed_to_nfc():
    # cp1258 writes tones as separate combining marks: "ệ" is ê + U+0323.
    data = _encode_cp1258(ARTICLE)
    assert data != ARTICLE.encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1258"
    assert decoded.text == ARTICLE
    assert unicodedata.is_normalized("NFC", decoded.text)
    assert any("Windows-1258" in w for w in decoded.warnings)


def test_nfd_utf8_is_normalised_and_hash_matches_nfc():
    nfd = unicodedata.normalize("NFD", ARTICLE)
    decoded = decode_bytes(nfd.encode("utf-8"))
    assert decoded.text == ARTICLE
    assert text_hash(decoded.text) == text_hash(ARTICLE)
    assert decoded.raw_hash != hashlib.sha256(ARTICLE.encode()).hexdigest()


def test_crlf_zero_width_and_trailing_blank_lines_are_cleaned():
    raw = "\n\nTiêu đề\u200b\r\nThân bài.\r\n\r\n  \n"
    assert decode_bytes(raw.encode("utf-8")).text == "Tiêu đề\nThân bài."


def test_latin1_french_is_not_guessed_as_vietnamese():
    data = "Le président a reçu la délégation à Paris; façade, naïve, cœur, île.".encode(
        "latin-1", errors="replace"
    )
    with pytest.raises(ImportFailure, match="undecodable.*does not look like Vietnamese"):
        decode_bytes(data * 3)


def test_cyrillic_code_page_is_refused():
    data = "Президент провёл совещание в Москве".encode("cp1251")
    with pytest.raises(ImportFailure, match="^undecodable"):
        decode_bytes(data)


def test_damaged_utf8_is_reported_with_line():
    data = ARTICLE.encode("utf-8") + b"\nthem mot dong \xff hong\n"
    with pytest.raises(ImportFailure, match=r"mostly UTF-8 but byte 0xFF at line 3"):
        decode_bytes(data)


def test_byte_missing_from_windows_1258_is_named():
    with pytest.raises(ImportFailure, match="0x81 does not exist in Windows-1258"):
        decode_bytes(b"Hoi nghi \x81 tinh")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"SQLite format 3\x00\x10\x00", "SQLite"),
    ],
)
def test_known_binary_formats_are_named(data, what):
    with pytest.raises(ImportFailure, match=f"binary file: looks like a {what}"):
        decode_bytes(data)
    assert binary_reason(data) is not None


def test_many_control_bytes_mean_binary():
    data = bytes(range(1, 32)) * 10 + b"abc"
    with pytest.raises(ImportFailure, match="binary file: .* control bytes"):
        decode_bytes(data)


def test_a_few_control_characters_are_dropped_with_a_warning():
    decoded = decode_bytes(("x" * 500 + "\x1a" + ARTICLE).encode("utf-8"))
    assert "\x1a" not in decoded.text
    assert any("control" in w for w in decoded.warnings)


def test_a_stray_nul_in_text_is_dropped_not_taken_for_binary():
    decoded = decode_bytes(("Chủ tịch\x00 nước\n" + ARTICLE + "\x00").encode("utf-8"))
    assert "\x00" not in decoded.text and decoded.text.startswith("Chủ tịch nước")
    assert any("control" in w for w in decoded.warnings)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, "\u200b\n".encode()])
def test_empty_and_whitespace_only_files(data):
    with pytest.raises(ImportFailure, match="^empty file"):
        decode_bytes(data)


def test_html_is_kept_literally_with_a_warning():
    raw = '<p>Chủ tịch UBND tỉnh <img src="x.png"> phát biểu</p>'
    decoded = decode_bytes(raw.encode("utf-8"))
    assert decoded.text == raw
    assert any("HTML" in w and "literal" in w for w in decoded.warnings)


def test_angle_brackets_in_prose_are_not_html():
    decoded = decode_bytes("Tỷ lệ tăng trưởng < 5% và > 3%.".encode())
    assert decoded.warnings == ()


def test_vietnamese_letter_share():
    assert vietnamese_letter_share(ARTICLE) == 1.0
    assert vietnamese_letter_share("Москва") == 0.0
    assert vietnamese_letter_share("1234 !!") == 0.0


def _encode_cp1258(text: str) -> bytes:
    """How a Windows-1258 editor saves text: a letter, then its tone as a combining byte."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
            out += (base + "".join(c for c in decomposed if c in _TONES)).encode("cp1258")
    return bytes(out)


@given(
    st.text(
        alphabet=st.sampled_from(
            list("aeoyuđAĐ \n\r\t.")
            + list(_TONES)
            + [
                "\u0302",
                "\u031b",
                "\ufeff",
                "\u200b",
                "\x00",
                "\u00ad",
                "ệ",
                "ư",
                "가",
                "\u1100",
                "\u1161",
            ]
        )
    )
)
def test_fast_normalisation_equals_the_offset_mapping_one(raw):
    assert normalize_fast(raw) == normalize_text(raw)


def test_dropped_invisible_characters_are_said_not_silent():
    # A zero-width space between two words joins them: the user is told the text changed.
    decoded = decode_bytes("Ông Phan\u200bViệt Cường\u00ad họp.".encode())
    assert decoded.text == "Ông PhanViệt Cường họp."
    assert [w for w in decoded.warnings if "invisible characters dropped" in w]


def test_invisible_characters_that_stay_say_nothing():
    # A leading byte-order mark is the encoding's, and a joiner inside a word is text.
    for raw in ("\ufeffxin chào", "a\u200dz bình thường"):
        decoded = decode_bytes(raw.encode())
        assert not [w for w in decoded.warnings if "invisible" in w], raw
