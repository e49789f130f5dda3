"""Turning the raw bytes of an article file into normalised text, or a specific reason why not.

Accepted: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, and the
Vietnamese legacy code page Windows-1258 when the result reads as Vietnamese.
Nothing else is guessed: a wrong guess would store mojibake that every later
annotation would be anchored to.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from annotator.core.errors import ImportFailure
from annotator.core.messages import Message, by_count, message
from annotator.core.textnorm import (
    DROPPED_INVISIBLES,
    composed_warnings,
    count_invisibles,
    decode_references,
    direction_warnings,
    drop_invisibles,
    reference_warnings,
)

# Leading bytes of common non-text files, with a name a user recognises.
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (also .docx, .xlsx, .odt)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document (.doc, .xls)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\x7fELF", "program (ELF executable)"),
    (b"MZ", "Windows program"),
    (b"{\\rtf", "RTF document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that do not belong in text (tab, newlines, form feed are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c") + b"\x7f"
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_SHARE_BINARY = 0.01
# Encodings in which every byte below 0x80 stands for that ASCII character.
_BYTE_TRANSPARENT = frozenset({"utf-8", "cp1258"})
_UTF8_MULTIBYTE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)

_VIET_VOWELS = "aăâeêioôơuưy"
_VIET_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", v + t)
    for base in _VIET_VOWELS
    for v in (base, base.upper())
    for t in _VIET_TONES
) | frozenset("đĐ" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Non-letters that Windows code pages commonly carry in Vietnamese text.
_LEGACY_PUNCTUATION = frozenset("“”‘’–—…•«»°€₫§©®±×÷·¸´¨ ")
_MIN_VIETNAMESE_SHARE = 0.97

_HTML_TAG_RE = re.compile(
    r"<\s*/?\s*(?:!doctype|html|head|body|div|p|br|span|a|img|script|style|table|tr|td|ul|li|h[1-6]|meta|iframe)\b[^<>]{0,300}>",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DecodedText:
    """The normalised text of a file, how it was read and what to tell the user."""

    text: str
    encoding: str
    raw_hash: str
    warnings: tuple[str, ...] = ()


def raw_hash(data: bytes) -> str:
    """sha256 of the raw bytes, kept so a user can trace a document to its file."""
    return hashlib.sha256(data).hexdigest()


def text_hash(text: str) -> str:
    """sha256 of the stored (NFC) text: what identical-document detection compares."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def binary_reason(data: bytes) -> Message | None:
    """Why `data` (or its first bytes) is a binary file, or None if it may be text."""
    for magic, name in MAGIC_NUMBERS:
        if data.startswith(magic):
            return message("binary file: looks like a {kind}, not plain text", kind=name)
    if any(data.startswith(bom) for bom, enc in _BOMS if enc != "utf-8"):
        return None
    # A stray NUL in text is dropped like any invisible; many of them mean
    # UTF-16 without a byte-order mark, or a binary file.
    if data.count(b"\x00") > _CONTROL_SHARE_BINARY * len(data):
        return message(
            "binary file: contains NUL bytes (if this is UTF-16 text, save it "
            "as UTF-8 or as UTF-16 with a byte-order mark)"
        )
    if data:
        controls = _control_bytes(data)
        if controls / len(data) > _CONTROL_SHARE_BINARY:
            return by_count(
                controls,
                "binary file: 1 control byte in {size} bytes",
                "binary file: {n} control bytes in {size} bytes",
                size=len(data),
            )
    return None


def _control_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _without_control_chars(data: bytes, text: str, encoding: str) -> tuple[str, list[str]]:
    """The text without invisible control characters, and a warning that counts them."""
    # In UTF-8 and Windows-1258 a control character is its own byte, so bytes
    # without any (translate is cheap) need no search of the decoded text.
    if encoding in _BYTE_TRANSPARENT and not _control_bytes(data):
        return text, []
    controls = len(_CONTROL_CHARS_RE.findall(text))
    if not controls:
        return text, []
    warning = by_count(
        controls,
        "dropped 1 invisible control character",
        "dropped {n} invisible control characters",
    )
    return _CONTROL_CHARS_RE.sub("", text), [warning]


def decode_bytes(data: bytes, *, keep_references: bool = False) -> DecodedText:
    """Decode and normalise one file's bytes; ImportFailure says why it cannot be read.

    HTML character references ("&#39;", "&amp;") are decoded before NFC
    (textnorm.decode_references), unless `keep_references` asks for the text as written.
    """
    if not data:
        raise ImportFailure("empty file: it has no content")
    reason = binary_reason(data)
    if reason:
        raise ImportFailure(reason)
    text, encoding = _decode(data)
    text, warnings = _without_control_chars(data, text, encoding)
    references = 0
    if not keep_references:
        text, references = decode_references(text)
    invisibles = count_invisibles(text)
    decoded, text = text, _trim(normalize_fast(text))
    if not text.strip():
        raise ImportFailure("empty file: it contains only whitespace")
    if invisibles and invisibles > count_invisibles(text):
        warnings.append(DROPPED_INVISIBLES)
    if encoding != "cp1258":  # its own warning below says the text was composed
        warnings.extend(composed_warnings(decoded, text))
    warnings.extend(direction_warnings(text))
    warnings.extend(reference_warnings(references))
    warnings.extend(content_warnings(text))
    if encoding == "cp1258":
        warnings.append(
            message("read as Windows-1258 (legacy Vietnamese), converted to Unicode NFC")
        )
    return DecodedText(
        text=text, encoding=encoding, raw_hash=raw_hash(data), warnings=tuple(warnings)
    )


def normalize_fast(raw: str) -> str:
    """The same text as core.textnorm.normalize_text, without building an offset map.

    Import normalises whole files and needs no map, and the per-character
    loop there would make importing a large corpus slow.
    """
    text = drop_invisibles(raw).replace("\r\n", "\n").replace("\r", "\n")
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _trim(text: str) -> str:
    """Drop blank lines at the start and whitespace at the end: they carry no content."""
    return text.lstrip("\n").rstrip()


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise ImportFailure(
                    "undecodable: the file starts with a {encoding} byte-order mark but is not valid "
                    "{encoding} at byte {value}",
                    encoding=encoding.upper(),
                    value=err.start + len(bom),
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    valid_sequences = len(_UTF8_MULTIBYTE_RE.findall(data))
    invalid_high = sum(1 for b in data if b >= 0x80) - sum(
        len(m) for m in _UTF8_MULTIBYTE_RE.findall(data)
    )
    where = _position(data, utf8_error.start)
    if valid_sequences and valid_sequences >= invalid_high:
        raise ImportFailure(
            "undecodable: mostly UTF-8 but byte 0x{byte:02X} at {where} is not valid UTF-8; "
            "the file may be damaged or mix two encodings",
            byte=data[utf8_error.start],
            where=where,
        )
    return _decode_cp1258(data, where), "cp1258"


def _decode_cp1258(data: bytes, where: Message) -> str:
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as err:
        raise ImportFailure(
            "undecodable: not UTF-8 (first bad byte at {where}) and byte 0x{byte:02X} does "
            "not exist in Windows-1258; convert the file to UTF-8 and import it again",
            where=where,
            byte=data[err.start],
        ) from None
    share = vietnamese_letter_share(text)
    if share < _MIN_VIETNAMESE_SHARE:
        raise ImportFailure(
            "undecodable: not UTF-8 (first bad byte at {where}), and read as Windows-1258 it "
            "does not look like Vietnamese ({share:.0%} Vietnamese letters); convert the "
            "file to UTF-8 and import it again",
            where=where,
            share=share,
        )
    return text


def _position(data: bytes, offset: int) -> Message:
    line = data.count(b"\n", 0, offset) + 1
    return message("line {line} (byte {offset})", line=line, offset=offset)


def vietnamese_letter_share(text: str) -> float:
    """Share of letters and non-ASCII characters that belong in Vietnamese text."""
    nfc = unicodedata.normalize("NFC", text)
    considered = 0
    good = 0
    for ch in nfc:
        if ch.isascii() and not ch.isalpha():
            continue
        considered += 1
        if ch in VIETNAMESE_LETTERS or ch in _LEGACY_PUNCTUATION:
            good += 1
    return good / considered if considered else 0.0


def content_warnings(text: str) -> list[str]:
    """Things worth telling the user about imported text that is still kept as is."""
    warnings: list[str] = []
    if "<" not in text:
        return warnings
    tags = _HTML_TAG_RE.findall(text)
    if tags:
        sample = ", ".join(sorted({t[:20] for t in tags})[:3])
        warnings.append(
            by_count(
                len(tags),
                "looks like HTML (1 tag: {sample}); kept as literal text, not rendered",
                "looks like HTML ({n} tags such as {sample}); kept as literal text, not rendered",
                sample=sample,
            )
        )
    return warnings
