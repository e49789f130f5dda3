"""The one place where offsets change units: code points <-> UTF-16 <-> UTF-8.

The database stores code points into the NFC text. Qt counts UTF-16 code units
and files count bytes; they differ after any astral character (emoji, rare CJK)
and, for bytes, after any non-ASCII character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.core.errors import OffsetError

# Characters outside the BMP; a regex scan is ten times faster than a Python loop.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def validate_span(text_length: int, start: int, end: int) -> None:
    """Raise OffsetError unless 0 <= start < end <= text_length."""
    if not (0 <= start < end <= text_length):
        raise OffsetError(
            "span [{start}, {end}) does not fit a text of {text_length} characters",
            start=start,
            end=end,
            text_length=text_length,
        )


class Utf16Map:
    """Converts positions of one text between code points and UTF-16 units.

    Built once per document: O(k) memory for k astral characters, O(log k) per
    conversion, and a no-op fast path for the common text with none.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code-point indices of astral characters, each taking two UTF-16 units.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 positions just after each astral character's second unit.
        self._astral_u16 = [cp + n + 2 for n, cp in enumerate(self._astral)]
        self.utf16_length = self.length + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code-point position `cp` (0..len)."""
        if not 0 <= cp <= self.length:
            raise OffsetError(
                "position {cp} is outside a text of {length} characters", cp=cp, length=self.length
            )
        return cp + bisect_right(self._astral, cp - 1)

    def to_codepoint(self, u16: int) -> int:
        """Code-point position of UTF-16 position `u16`.

        A position that falls between the two halves of a surrogate pair
        rounds down to the start of that character.
        """
        if not 0 <= u16 <= self.utf16_length:
            raise OffsetError(
                "UTF-16 position {u16} is outside a text of {utf16_length} units",
                u16=u16,
                utf16_length=self.utf16_length,
            )
        before = bisect_right(self._astral_u16, u16)
        cp = u16 - before
        if before < len(self._astral) and self._astral[before] < cp:
            return self._astral[before]
        return cp


def codepoint_to_utf16(text: str, cp: int) -> int:
    """UTF-16 position of a code-point position in `text`."""
    return Utf16Map(text).to_utf16(cp)


def utf16_to_codepoint(text: str, u16: int) -> int:
    """Code-point position of a UTF-16 position in `text`."""
    return Utf16Map(text).to_codepoint(u16)


def codepoint_to_utf8(text: str, cp: int) -> int:
    """Byte offset in UTF-8 of code-point position `cp`."""
    if not 0 <= cp <= len(text):
        raise OffsetError(
            "position {cp} is outside a text of {count} characters", cp=cp, count=len(text)
        )
    return len(text[:cp].encode("utf-8"))


def utf8_to_codepoint(text: str, byte_offset: int) -> int:
    """Code-point position of a UTF-8 byte offset; it must fall on a character start."""
    data = text.encode("utf-8")
    if not 0 <= byte_offset <= len(data):
        raise OffsetError(
            "byte offset {byte_offset} is outside a text of {count} bytes",
            byte_offset=byte_offset,
            count=len(data),
        )
    if byte_offset < len(data) and (data[byte_offset] & 0xC0) == 0x80:
        raise OffsetError(
            "byte offset {byte_offset} falls inside a character", byte_offset=byte_offset
        )
    return len(data[:byte_offset].decode("utf-8"))


class SpacingMap:
    """Moves spans between two texts that differ only in whitespace.

    A corpus file often holds an article re-spaced ("Hà Nội , ngày" for
    "Hà Nội, ngày"). Both texts have the same characters once spaces are
    removed (`key`); a span keeps its first and last non-space character.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions = [i for i, ch in enumerate(text) if not ch.isspace()]
        self.key = "".join(text[i] for i in self.positions)

    def to_other(self, other: SpacingMap, start: int, end: int) -> tuple[int, int] | None:
        """[start, end) of this text in `other` (same key); None if it covers no character."""
        if self.key != other.key:
            raise OffsetError("the two texts differ in more than whitespace")
        first = bisect_left(self.positions, start)
        last = bisect_left(self.positions, end) - 1
        if first > last:
            return None
        return other.positions[first], other.positions[last] + 1
