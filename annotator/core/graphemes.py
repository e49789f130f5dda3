"""Where a reader sees one character: extended grapheme cluster boundaries (Unicode UAX #29).

A flag is two regional indicators, a thumbs-up with a skin tone is two code
points, a family is several people joined by zero-width joiners, and a
letter may carry a combining mark. Tokens must never cut such a cluster, so
the syllable tokeniser asks this module whether a boundary between two of
its tokens falls inside one. Standard library only: the character classes
come from `unicodedata`; Extended_Pictographic, which it lacks, is the
emoji-data ranges below. Hangul syllable rules are left out on purpose:
Hangul jamo are letters, and a token never ends between two letters.
Offsets stay code points; nothing here changes the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from annotator.core import mark_table

ZWJ = "\u200d"
# Code points that are Grapheme_Cluster_Break=Extend without being a mark:
# zero-width non-joiner, halfwidth katakana voiced marks, skin-tone modifiers, tags.
_EXTRA_EXTEND = ((0x200C, 0x200C), (0xFF9E, 0xFF9F), (0x1F3FB, 0x1F3FF), (0xE0020, 0xE007F))
# Letters that are SpacingMark (Thai and Lao sara am).
_EXTRA_SPACING = ((0x0E33, 0x0E33), (0x0EB3, 0x0EB3))
# Grapheme_Cluster_Break=Prepend: joins the character after it.
_PREPEND = (
    (0x0600, 0x0605), (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891),
    (0x08E2, 0x08E2), (0x0D4E, 0x0D4E), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x111C2, 0x111C3), (0x1193F, 0x1193F), (0x11941, 0x11941), (0x11A3A, 0x11A3A),
    (0x11A84, 0x11A89), (0x11D46, 0x11D46),
)  # fmt: skip
_REGIONAL = (0x1F1E6, 0x1F1FF)
# Extended_Pictographic (emoji-data.txt), what a zero-width joiner may join.
_PICTOGRAPHIC = (
    (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049),
    (0x2122, 0x2122), (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA),
    (0x231A, 0x231B), (0x2328, 0x2328), (0x2388, 0x2388), (0x23CF, 0x23CF),
    (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB),
    (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2605),
    (0x2607, 0x2612), (0x2614, 0x2685), (0x2690, 0x2705), (0x2708, 0x2712),
    (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721),
    (0x2728, 0x2728), (0x2733, 0x2734), (0x2744, 0x2744), (0x2747, 0x2747),
    (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
    (0x2763, 0x2767), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0),
    (0x27BF, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D),
    (0x3297, 0x3297), (0x3299, 0x3299), (0x1F000, 0x1F0FF), (0x1F10D, 0x1F10F),
    (0x1F12F, 0x1F12F), (0x1F16C, 0x1F171), (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F1AD, 0x1F1E5), (0x1F201, 0x1F20F), (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A), (0x1F23C, 0x1F23F), (0x1F249, 0x1F3FA),
    (0x1F400, 0x1F53D), (0x1F546, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F774, 0x1F77F),
    (0x1F7D5, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8FF), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
    (0x1F947, 0x1FAFF), (0x1FC00, 0x1FFFD),
)  # fmt: skip
# Marks live in these planes only (Basic Multilingual, Supplementary Multilingual, Special-purpose).
_MARK_PLANES = (range(0x0300, 0x20000), range(0xE0100, 0xE01F0))


def _in(ranges: Iterable[tuple[int, int]], code: int) -> bool:
    return any(low <= code <= high for low, high in ranges)


@cache
def joins_previous(char: str) -> bool:
    """Extend, SpacingMark or ZWJ: never a cluster boundary before it (rules GB9, GB9a)."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Me", "Mc")
        or char == ZWJ
        or _in(_EXTRA_EXTEND, code)
        or _in(_EXTRA_SPACING, code)
    )


@cache
def _is_control(char: str) -> bool:
    """Control: a cluster boundary on both sides of it (GB4, GB5)."""
    if char == ZWJ or char == "\u200c" or _in(_PREPEND, ord(char)) or _in(_EXTRA_EXTEND, ord(char)):
        return False
    return unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")


def _is_regional(char: str) -> bool:
    return _REGIONAL[0] <= ord(char) <= _REGIONAL[1]


def _is_pictographic(char: str) -> bool:
    return _in(_PICTOGRAPHIC, ord(char))


def _char_class(ranges: Iterable[tuple[int, int]]) -> str:
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


def compute_mark_ranges() -> list[tuple[int, int]]:
    """Every combining mark (Mn, Mc, Me) as ranges of code points, from `unicodedata`.

    It asks for the category of some 130,000 code points (about 150 ms), so an
    import takes the table `mark_table` holds for its Unicode version instead.
    """
    ranges: list[tuple[int, int]] = []
    for plane in _MARK_PLANES:
        for code in plane:
            if unicodedata.category(chr(code)) in ("Mn", "Me", "Mc"):
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    return ranges


def mark_ranges(unidata_version: str = unicodedata.unidata_version) -> list[tuple[int, int]]:
    """The stored table when it was made from this Unicode version, else computed afresh."""
    if unidata_version == mark_table.UNIDATA_VERSION:
        return list(mark_table.MARK_RANGES)
    return compute_mark_ranges()


def write_mark_table(path: Path) -> None:
    """Write `mark_table.py` for the running Python's Unicode version (run after upgrading)."""
    rows = "".join(f"    ({low:#06x}, {high:#06x}),\n" for low, high in compute_mark_ranges())
    path.write_text(
        '"""The combining marks (Mn, Mc, Me) as code-point ranges, made by\n'
        "`annotator.core.graphemes.write_mark_table`; a test checks it against `unicodedata`.\n"
        '"""\n\n'
        f'UNIDATA_VERSION = "{unicodedata.unidata_version}"\n'
        f"MARK_RANGES = (\n{rows})  # fmt: skip\n",
        encoding="utf-8",
    )


_MARKS = mark_ranges()
# A regular-expression class of the combining marks, which a word keeps inside it.
MARK_CLASS = f"[{_char_class(_MARKS)}]"
# Blocks where no character can join a cluster: Latin (Vietnamese), Greek, Cyrillic,
# punctuation, CJK, Hangul, single pictographs. The quick test may span everything else.
_PLAIN_BLOCKS = (
    (0x0000, 0x02FF), (0x0370, 0x0482), (0x1E00, 0x1FFF), (0x2010, 0x20CF), (0x2100, 0x2CEE),
    (0x3000, 0x3029), (0x3040, 0x3098), (0x30A0, 0x9FFF), (0xAC00, 0xD7FF), (0xFF00, 0xFF9D),
    (0x1F300, 0x1F3FA), (0x1F400, 0x1FAFF),
)  # fmt: skip


def _coarse(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges, with each gap that holds no plain block filled: a short class, quick to search.

    A character class of the ~2,000 marks one by one makes a search of a long
    text several times slower than cutting it into tokens.
    """
    out: list[tuple[int, int]] = []
    for low, high in sorted(ranges):
        gap = (out[-1][1] + 1, low - 1) if out else None
        if gap and not any(a <= gap[1] and gap[0] <= b for a, b in _PLAIN_BLOCKS):
            out[-1] = (out[-1][0], max(high, out[-1][1]))
        else:
            out.append((low, high))
    return out


# A superset of the characters that can make a cluster longer than one code point.
_CLUSTERING = re.compile(
    f"[{_char_class(_coarse([*_MARKS, *_EXTRA_EXTEND, *_EXTRA_SPACING, *_PREPEND, _REGIONAL, (0x200D, 0x200D)]))}]"
)


def may_cluster(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] may hold a character that joins its neighbour into one cluster.

    Ordinary Vietnamese prose holds none, so callers skip all boundary work
    after one search. A yes may be wrong (the test is coarse); a no never is.
    """
    stop = len(text) if end is None else end
    return _CLUSTERING.search(text, start, stop) is not None


def inside_cluster(text: str, pos: int) -> bool:
    """Whether the boundary before text[pos] falls inside an extended grapheme cluster."""
    if pos <= 0 or pos >= len(text):
        return False
    before, after = text[pos - 1], text[pos]
    if _is_control(before) or _is_control(after):
        return False
    if joins_previous(after) or _in(_PREPEND, ord(before)):
        return True
    if before == ZWJ and _is_pictographic(after):
        return _pictographic_before_joiner(text, pos - 1)
    if _is_regional(before) and _is_regional(after):
        return _regional_run_before(text, pos) % 2 == 1
    return False


def _pictographic_before_joiner(text: str, joiner: int) -> bool:
    """GB11: the joiner follows a pictograph and any Extend characters after it."""
    k = joiner - 1
    while k >= 0 and joins_previous(text[k]) and text[k] != ZWJ and not _is_spacing(text[k]):
        k -= 1
    return k >= 0 and _is_pictographic(text[k])


def _is_spacing(char: str) -> bool:
    return unicodedata.category(char) == "Mc" or _in(_EXTRA_SPACING, ord(char))


def _regional_run_before(text: str, pos: int) -> int:
    """How many regional indicators stand right before `pos` (GB12, GB13 pair them)."""
    k = pos
    while k > 0 and _is_regional(text[k - 1]):
        k -= 1
    return pos - k


def merge_clusters(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tokens, with two that touch inside one grapheme cluster joined into one."""
    out: list[tuple[int, int]] = []
    for start, end in tokens:
        if out and out[-1][1] == start and inside_cluster(text, start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def clusters(text: str) -> list[str]:
    """The text cut into extended grapheme clusters (for tests and callers that count characters)."""
    out: list[str] = []
    for pos, char in enumerate(text):
        if out and inside_cluster(text, pos):
            out[-1] += char
        else:
            out.append(char)
    return out
